/**
 * How much room to leave round the map when it is fitted to the screen. The
 * open legend sits over the canvas's lower left; a map fitted under it loses a
 * theme or two (or the very factor someone means to click) behind the key, so
 * the fit keeps the map clear of it: to its right (good for tall maps) or
 * above it (good for wide ones), whichever leaves the map larger. Clearing it
 * is worth it only when the map stays nearly as large: a map squeezed into
 * what the key leaves would be too small to read, and there the user hides
 * the key instead (one click). A legend that would leave the map too little
 * room (a narrow or short window) is ignored too.
 */
import type { FitViewOptions } from '@xyflow/react';

export type Padding = NonNullable<FitViewOptions['padding']>;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** The fit's usual margin: a tenth of the canvas each way. */
export const FIT_PADDING = 0.1;
/** Beyond this share of the canvas's width (or height), fitting beside (or above) the legend is not worth it. */
const MOST_OF_WIDTH = 0.35;
const MOST_OF_HEIGHT = 0.6;
const GAP = 16;
/** The top clears the lens bar, which spans the canvas's upper left. */
const TOP = '64px';

/** The ways to fit the map clear of an open legend: beside it, above it, or neither when there is no room. */
export function fitPaddings(canvas: Box, legend: Box | null): Padding[] {
  if (!legend || canvas.width <= 0 || canvas.height <= 0) return [];
  const ways: Padding[] = [];
  const across = legend.right - canvas.left;
  if (across > 0 && across <= canvas.width * MOST_OF_WIDTH) {
    ways.push({ top: TOP, right: '4%', bottom: '5%', left: `${Math.round(across + GAP)}px` });
  }
  const up = canvas.bottom - legend.top;
  if (up > 0 && up <= canvas.height * MOST_OF_HEIGHT) {
    ways.push({ top: TOP, right: '4%', bottom: `${Math.round(up + GAP)}px`, left: '4%' });
  }
  return ways;
}

/** Fit clear of the legend only if the map keeps at least this share of the size it would have over the whole canvas. */
const KEEP_SIZE = 0.85;

/** Choose between fitting beside the legend and over the whole canvas, from the zoom each would give. */
export function worthClearing(zoomClear: number, zoomWhole: number): boolean {
  return zoomClear >= zoomWhole * KEEP_SIZE;
}

/** The padding to fit with: the way clear of the legend that leaves the map largest, if that is worth it. */
export function choosePadding(ways: readonly Padding[], zoomWith: (padding: Padding) => number): Padding {
  let best: Padding = FIT_PADDING;
  let bestZoom = -Infinity;
  for (const way of ways) {
    const zoom = zoomWith(way);
    if (zoom > bestZoom) [best, bestZoom] = [way, zoom];
  }
  return best !== FIT_PADDING && worthClearing(bestZoom, zoomWith(FIT_PADDING)) ? best : FIT_PADDING;
}

/** The map's bounds in its own units, and a view of it (React Flow's: screen = map × zoom + offset, from the canvas's corner). */
export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Whether the legend's box (on screen) meets the map's bounds as drawn in this view: then it covers part of the
 * map, and a legend nobody asked for folds to its strip (MapCanvas.tsx), whether the view came from a fit or was
 * the map's saved view.
 */
export function legendCoversMap(legend: Box, canvas: Pick<Box, 'left' | 'top'>, bounds: MapRect, view: { x: number; y: number; zoom: number }): boolean {
  const left = canvas.left + bounds.x * view.zoom + view.x;
  const top = canvas.top + bounds.y * view.zoom + view.y;
  const right = left + bounds.width * view.zoom;
  const bottom = top + bounds.height * view.zoom;
  return legend.left < right && left < legend.right && legend.top < bottom && top < legend.bottom;
}
