/**
 * "Bring everyone here" for one node or loop: shown only to a facilitator in
 * a room. Every view in the room (this one too) moves to fit it.
 */
import type { Id } from '../../model/types.ts';
import { bringEveryoneTo } from '../../services/room/live.ts';
import { appSession, useRoom } from '../../ui/appSession.ts';

export function BringHere({ nodeIds, linkIds, caption, what }: { nodeIds: Id[]; linkIds?: Id[]; caption?: string; what: string }) {
  const facilitator = useRoom((s) => s.room !== null && s.role === 'facilitator');
  if (!facilitator) return null;
  return (
    <button type="button" onClick={() => bringEveryoneTo(appSession, nodeIds, linkIds, caption)} aria-label={`Bring everyone here: ${what}`} title="Everyone in the room sees this on their screen">
      Bring everyone here
    </button>
  );
}
