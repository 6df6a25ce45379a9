/**
 * A picture of links as data: what the link canvas paints, handed to a
 * worker so that the painting itself happens off the main thread. Without a
 * GPU, Chromium paints a canvas on the page's main thread; on a 5,000-node
 * map zoomed in to read, the thousand or so links crossing the screen took
 * 200-500 ms to paint, a frozen page in the middle of a pan or a zoom.
 */
import type { Prim } from '../../draw/prims.ts';
import { paintPrims, type Ink, type Paper } from './paintPrims.ts';

/** Shapes painted with the same ink, in order: each link's own list of shapes, kept as it is so the worker is sent it only once. */
export interface PictureLayer {
  shapes: (readonly Prim[])[];
  ink?: Ink;
}

export interface PictureRequest {
  /** Which request this answers. */
  seq: number;
  /** The picture's size in device pixels. */
  width: number;
  height: number;
  /** From map coordinates to the picture's pixels (a, b, c, d, e, f as in setTransform). */
  matrix: readonly [number, number, number, number, number, number];
  /** Each layer's shapes, by number: numbers the worker has been sent before, or is sent in `learn`. */
  layers: { shapes: number[]; ink?: Ink }[];
  learn: [number, readonly Prim[]][];
  /** Numbers no longer needed. */
  forget: number[];
}

export interface PictureReply {
  seq: number;
  bitmap: ImageBitmap | null;
}

export function paintLayers(ctx: Paper, layers: readonly PictureLayer[]) {
  for (const layer of layers) for (const prims of layer.shapes) paintPrims(ctx, prims, layer.ink);
}
