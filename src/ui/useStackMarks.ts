/**
 * One node's marks from the learning stack. The whole map's marks are worked
 * out once per stack change and shared, so each node's selector returns the
 * same object until something about it changes and memoised nodes do not
 * re-render.
 */
import type { StackDocument } from '../model/stack/types.ts';
import type { Id } from '../model/types.ts';
import { useMapStore, useStack } from './appSession.ts';
import { stackMarksFor, type NodeStackMarks } from '../views/stackMarks.ts';

let cache: { stack: StackDocument | null; mapId: Id; today: string; marks: Map<Id, NodeStackMarks> } | null = null;

export function marksOnMap(stack: StackDocument | null, mapId: Id): Map<Id, NodeStackMarks> {
  const today = new Date().toISOString().slice(0, 10);
  if (cache && cache.stack === stack && cache.mapId === mapId && cache.today === today) return cache.marks;
  cache = { stack, mapId, today, marks: stackMarksFor(stack, mapId, today) };
  return cache.marks;
}

export function useStackMarks(nodeId: Id): NodeStackMarks | null {
  const mapId = useMapStore((s) => s.doc.id);
  return useStack((s) => marksOnMap(s.stack, mapId).get(nodeId) ?? null);
}
