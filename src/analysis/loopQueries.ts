/**
 * Looking through found loops: by kind, through a node or the focal outcome,
 * in order of length or strength, and by the stable key a saved name uses.
 */
import type { Id, MapDocument } from '../model/types.ts';
import type { Loop, LoopKind } from './loops.ts';

export interface LoopFilter {
  /** Keep only these kinds. */
  kinds?: readonly LoopKind[];
  /** Keep only loops through this node. */
  throughNode?: Id;
  /** Keep only loops through the map's focal outcome (none when the map has no focal outcome). */
  throughFocal?: boolean;
}

export function filterLoops(doc: MapDocument, loops: readonly Loop[], filter: LoopFilter): Loop[] {
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  const through: Id[] = [];
  if (filter.throughNode !== undefined) through.push(filter.throughNode);
  if (filter.throughFocal) {
    if (doc.meta.focalNodeId === null) return [];
    through.push(doc.meta.focalNodeId);
  }
  return loops.filter((loop) => (!kinds || kinds.has(loop.kind)) && through.every((id) => loop.nodeIds.includes(id)));
}

export type LoopSort = 'length' | 'strength';

/**
 * By length: shortest first (short loops act fastest and are easiest to
 * talk about), then strongest. By strength: strongest first, then shortest.
 * Ties fall back to the key, so the order never depends on the map's history.
 */
export function sortLoops(loops: readonly Loop[], by: LoopSort = 'length'): Loop[] {
  const byKey = (a: Loop, b: Loop) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const compare =
    by === 'length'
      ? (a: Loop, b: Loop) => a.length - b.length || b.strength - a.strength || byKey(a, b)
      : (a: Loop, b: Loop) => b.strength - a.strength || a.length - b.length || byKey(a, b);
  return [...loops].sort(compare);
}

export type LoopCounts = Record<LoopKind, number> & { total: number };

export function countLoops(loops: readonly Loop[]): LoopCounts {
  const counts: LoopCounts = { R: 0, B: 0, unclear: 0, total: loops.length };
  for (const loop of loops) counts[loop.kind]++;
  return counts;
}

/** The loop a saved key names, if it is still in the map. */
export function findLoopByKey(loops: readonly Loop[], key: string): Loop | undefined {
  return loops.find((loop) => loop.key === key);
}
