/**
 * A facilitator's "Bring everyone here", as sent through the room server and
 * read by every browser in the room (the facilitator's own too). It comes from
 * another browser, so it is read defensively: only ids of this map, capped.
 */
import type { Id, MapDocument } from '../../model/types.ts';
import type { Viewport } from './roomState.ts';

/**
 * Enough for any loop the analysis finds (at most 8 links) or a path, and with
 * ids at their longest (100 characters) still inside the server's 4,096-character
 * announcement limit.
 */
export const MAX_FOCUS_IDS = 16;

/** Where to bring everyone: the facilitator's view, or nodes (a node, a loop) to fit on screen, with a loop's links lit. */
export type Announcement =
  | { kind: 'view'; viewport: Viewport }
  | { kind: 'focus'; nodeIds: Id[]; linkIds: Id[]; caption: string };

const ids = (value: unknown, known: Record<Id, unknown>): Id[] =>
  Array.isArray(value) ? [...new Set(value.filter((x): x is Id => typeof x === 'string' && Object.hasOwn(known, x)))].slice(0, MAX_FOCUS_IDS) : [];

/** The announcement in a payload, or null when it is not one this map can follow. */
export function readAnnouncement(payload: unknown, doc: MapDocument): Announcement | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (p.kind === 'view') {
    const v = p.viewport as Partial<Viewport> | undefined;
    if (!v || ![v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) || (v.zoom as number) <= 0) return null;
    return { kind: 'view', viewport: { x: v.x!, y: v.y!, zoom: v.zoom! } };
  }
  if (p.kind === 'focus') {
    const nodeIds = ids(p.nodeIds, doc.nodes);
    if (!nodeIds.length) return null;
    const caption = typeof p.caption === 'string' ? p.caption.slice(0, 200) : '';
    return { kind: 'focus', nodeIds, linkIds: ids(p.linkIds, doc.links), caption };
  }
  return null;
}

/** What a facilitator sends to bring everyone to these nodes (and a loop's links, lit with its caption). */
export function focusAnnouncement(nodeIds: Id[], linkIds: Id[] = [], caption = ''): Announcement {
  return { kind: 'focus', nodeIds: nodeIds.slice(0, MAX_FOCUS_IDS), linkIds: linkIds.slice(0, MAX_FOCUS_IDS), caption: caption.slice(0, 200) };
}
