/** Messages between the canvas and the layout worker. Everything here survives structured cloning. */
import type { Id, MapDocument } from '../model/types.ts';
import type { LayoutAlgorithm, LayoutProgress, Positions } from './types.ts';

export interface LayoutRequest {
  doc: MapDocument;
  algorithm: LayoutAlgorithm;
  nodeIds?: Id[];
  pinned?: Id[];
}

export type LayoutReply =
  | { type: 'progress'; progress: LayoutProgress }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };
