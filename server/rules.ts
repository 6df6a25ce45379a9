/**
 * Which parts of a room's map a participant may change, by role, checked on
 * the server for every update (server/guard.ts), whatever the browser does.
 * Viewers and everyone in a locked room write nothing (Hocuspocus's
 * read-only connections, server/control.ts). Editors change the map, its
 * perspectives, their views of links, comments, saved views and reflections;
 * rating rounds are started, closed, reopened and deleted by facilitators
 * only, as the browser offers them (src/panels/rounds/roundUi.ts).
 */
import type { Role } from './capabilities.ts';
import type { Touches } from './touches.ts';

/** Root collections (src/sync/shape.ts) only a facilitator may write, with the words a refusal gives. */
export const FACILITATOR_ONLY: ReadonlyMap<string, string> = new Map([['ratingRounds', 'rating rounds']]);

/** Why this update may not be applied for this role, or null when it may. */
export function refusal(role: Role | undefined, touches: Touches): string | null {
  if (role === 'facilitator') return null;
  for (const collection of touches.collections) {
    const words = FACILITATOR_ONLY.get(collection);
    if (words) return `only a facilitator may change ${words}`;
  }
  return null;
}
