/** What the layout module promises its callers: algorithms, options, node box. */
import type { Id, Position } from '../model/types.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH as DRAWN_WIDTH } from '../draw/nodeSize.ts';

export const LAYOUT_ALGORITHMS = ['layered', 'clustered', 'radial', 'organic', 'tidy', 'elk-layered'] as const;
export type LayoutAlgorithm = (typeof LAYOUT_ALGORITHMS)[number];

export function isLayoutAlgorithm(name: string): name is LayoutAlgorithm {
  return (LAYOUT_ALGORITHMS as readonly string[]).includes(name);
}

/** Layouts plan with the drawn node width and reserve a little more than the one-line height, since labels wrap. */
export const NODE_WIDTH = DRAWN_WIDTH;
export const NODE_HEIGHT = NODE_MIN_HEIGHT + 8;
/** Space kept between two node boxes, so no two nodes ever touch. */
export const MIN_GAP = 12;

export type Positions = Record<Id, Position>;

/** What an algorithm returns: top-left corners, by node number, in its own frame. */
export interface Placement {
  x: Float64Array;
  y: Float64Array;
}

export interface LayoutProgress {
  /** A few words for the status line, e.g. "Ordering layers". */
  phase: string;
  /** 0 to 1. */
  fraction: number;
}

/** Loads an ELK instance; Node and the browser load it differently. */
export type ElkFactory = () => Promise<import('elkjs/lib/elk-api.js').ELK>;

export interface LayoutOptions {
  algorithm: LayoutAlgorithm;
  /** Lay out only these nodes as a group; every other node stays where it is. */
  nodeIds?: Id[];
  /** Nodes that keep their position; the others are placed around them. */
  pinned?: ReadonlySet<Id>;
  onProgress?: (progress: LayoutProgress) => void;
  signal?: AbortSignal;
  /** How to get ELK for elk-layered; defaults to the Node build. */
  elk?: ElkFactory;
}

/** Thrown when the caller aborts a layout through its signal. */
export class LayoutCancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('layout cancelled');
  }
}

/** The per-run services an algorithm may use: progress and cancellation. */
export interface LayoutContext {
  progress(phase: string, fraction: number): void;
  /** Throws LayoutCancelled if the caller has aborted. */
  checkCancelled(): void;
}

export const SILENT_CONTEXT: LayoutContext = { progress() {}, checkCancelled() {} };
