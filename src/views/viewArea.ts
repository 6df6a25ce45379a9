/**
 * The part of the map a saved view shows, and the viewport that shows that
 * part on a canvas of any size. A view keeps React Flow's viewport
 * (screen = map × zoom + x) and the size of the canvas it was saved on; the
 * area between them is what a projector of another size, or a printed page,
 * must show.
 */
import type { SavedView } from '../model/types.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** A rectangle of the map, in map coordinates (the same shape as draw's Box). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The map area (map coordinates) a view shows; without its saved canvas size, `fallback` (the canvas showing it) stands in. */
export function viewArea(view: Pick<SavedView, 'viewport' | 'frame'>, fallback: Size): Box {
  const { x, y, zoom } = view.viewport;
  const frame = view.frame ?? fallback;
  // 0 - x, not -x: a view at the origin is at 0, not -0.
  return { x: 0 - x / zoom, y: 0 - y / zoom, width: frame.width / zoom, height: frame.height / zoom };
}

/** The viewport showing all of `area` on a canvas of `size`, centred, as large as fits (zoom kept in bounds). */
export function viewportShowing(area: Box, size: Size, minZoom = 0.05, maxZoom = 3): Viewport {
  if (!(area.width > 0 && area.height > 0 && size.width > 0 && size.height > 0)) return { x: 0, y: 0, zoom: 1 };
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(size.width / area.width, size.height / area.height)));
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  return { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom };
}

/** Where to move the canvas to show a saved view: the same area as when it was saved, on this canvas. */
export function viewportFor(view: Pick<SavedView, 'viewport' | 'frame'>, canvas: Size): Viewport {
  if (!view.frame || (view.frame.width === canvas.width && view.frame.height === canvas.height)) return { ...view.viewport };
  return viewportShowing(viewArea(view, canvas), canvas);
}
