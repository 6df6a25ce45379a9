/**
 * How much room to leave round the map when it is fitted to the screen. The
 * open legend sits over the canvas's lower left; a map fitted under it loses a
 * theme or two behind the key, so the fit keeps the map to the legend's right.
 * Clearing it is worth it only when the map stays nearly as large: a wide map
 * squeezed beside the key would be too small to read, and there the user
 * hides the key instead (one click). A legend that would leave the map too
 * little room (a narrow window) is ignored too.
 */
import type { FitViewOptions } from '@xyflow/react';

export type Padding = NonNullable<FitViewOptions['padding']>;

export interface Box {
  left: number;
  right: number;
  width: number;
}

/** The fit's usual margin: a tenth of the canvas each way. */
export const FIT_PADDING = 0.1;
/** Beyond this share of the canvas's width, a legend is not worth fitting around. */
const MOST_OF_WIDTH = 0.35;
const GAP = 16;

export function fitPadding(canvas: Box, legend: Box | null): Padding {
  if (!legend || canvas.width <= 0) return FIT_PADDING;
  const covered = legend.right - canvas.left;
  if (covered <= 0 || covered > canvas.width * MOST_OF_WIDTH) return FIT_PADDING;
  // The top clears the lens bar, which spans the canvas's upper left.
  return { top: '64px', right: '4%', bottom: '5%', left: `${Math.round(covered + GAP)}px` };
}

/** Fit beside the legend only if the map keeps at least this share of the size it would have over the whole canvas. */
const KEEP_SIZE = 0.85;

/** Choose between fitting beside the legend and over the whole canvas, from the zoom each would give. */
export function worthClearing(zoomBeside: number, zoomWhole: number): boolean {
  return zoomBeside >= zoomWhole * KEEP_SIZE;
}
