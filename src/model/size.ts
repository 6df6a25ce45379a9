/**
 * How big a map is. Over BIG_MAP_NODES, the canvas draws only what is in
 * view and the inspector keeps typing to itself until it pauses. Counted once
 * per set of node records: the store's selectors run on every change, and a
 * big map has thousands of keys.
 */
import type { MapDocument } from './types.ts';

export const BIG_MAP_NODES = 400;

const counts = new WeakMap<object, number>();

export function nodeCount(nodes: MapDocument['nodes']): number {
  let n = counts.get(nodes);
  if (n === undefined) counts.set(nodes, (n = Object.keys(nodes).length));
  return n;
}
