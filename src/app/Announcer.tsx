/**
 * The polite live region, and what it says about changes the user did not
 * make with the focused control: undo, redo, and edits that arrive from
 * someone else in a shared room.
 */
import { useEffect } from 'react';
import type { MapState } from '../store/mapStore.ts';
import { ANNOUNCER_ID, announce } from '../ui/announce.ts';
import './a11y.css';
import { appSession } from '../ui/appSession.ts';

/** What changed between two states, in words, or null when the user's own edit says it already. */
export function describeChange(state: MapState, prev: MapState): string | null {
  if (state.doc === prev.doc || state.openCount !== prev.openCount) return null;
  const last = prev.history.past[prev.history.past.length - 1];
  if (last && state.doc === last.doc) return `Undid: ${last.name}`;
  const next = prev.history.future[0];
  if (next && state.doc === next.doc) return `Redid: ${next.name}`;
  if (state.history === prev.history) return 'The map was changed by someone else';
  return null;
}

export function Announcer() {
  useEffect(
    () =>
      appSession.map.subscribe((state, prev) => {
        const words = describeChange(state, prev);
        if (words) announce(words);
      }),
    [],
  );
  return <div id={ANNOUNCER_ID} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />;
}
