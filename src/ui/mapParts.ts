/**
 * Narrow reads of the open map for panels and dialogs. In a live room the
 * map changes dozens of times a second (others moving and renaming nodes);
 * a component reading the whole document re-renders for each, and every
 * input it holds is written to again (React re-sets an input's name and type
 * on each update), which cost the canvas frames while people were editing.
 */
import { useMemo, useRef } from 'react';
import type { MapDocument, Perspective } from '../model/types.ts';
import { sortedPerspectives } from '../model/sensemaking.ts';
import { useMapStore } from './appSession.ts';

/** The map's perspectives in their order, re-rendering the caller only when they change. */
export function usePerspectives(): Perspective[] {
  const perspectives = useMapStore((s) => s.doc.perspectives);
  return useMemo(() => sortedPerspectives({ perspectives }), [perspectives]);
}

/** The open map, kept as it was while `live` is false (a closed dialog), so the caller re-renders only while live. */
export function useDocWhile(live: boolean): MapDocument {
  const kept = useRef<MapDocument | null>(null);
  return useMapStore((s) => (live || !kept.current ? (kept.current = s.doc) : kept.current));
}
