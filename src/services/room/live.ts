/**
 * The room a session is in, and what the rest of the app does with it, without
 * the room's heavy code: the Hocuspocus provider, Yjs and y-indexeddb load
 * (connect.ts) only when a room is joined, so a first visit downloads none of it.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { SharedMap } from '../../sync/sharedMap.ts';
import { reportError, type Session } from '../session.ts';
import type { Id } from '../../model/types.ts';
import { ask } from '../confirm.ts';
import { focusAnnouncement } from './announce.ts';
import { NO_ROOM } from './roomState.ts';

export interface LiveRoom {
  room: string;
  shared: SharedMap;
  provider: HocuspocusProvider;
  leave(): void;
}

/** The room each session is in; keyed by session so tests' sessions never share one. */
const rooms = new WeakMap<Session, LiveRoom>();

export const liveRoom = (s: Session): LiveRoom | undefined => rooms.get(s);

export const setLiveRoom = (s: Session, live: LiveRoom): void => void rooms.set(s, live);

export function leaveRoom(s: Session): void {
  const live = rooms.get(s);
  if (!live) return;
  rooms.delete(s);
  live.leave();
  s.room.setState(NO_ROOM);
  if (new URL(location.href).searchParams.has('room')) history.replaceState(null, '', '/');
}

/** Sends a facilitator's request (lock, unlock, make-viewer, announce...); the server obeys it only from a facilitator. */
export function sendControl(s: Session, message: Record<string, unknown>): void {
  const live = rooms.get(s);
  if (!live) return;
  if (s.room.getState().connection !== 'online') return reportError(s, 'You are offline: that needs the room server. Try again once you are back online.');
  live.provider.sendStateless(JSON.stringify(message));
}

/** "Bring everyone here": every view in the room (mine too, through the server) fits these nodes; a loop's links are lit. */
export function bringEveryoneTo(s: Session, nodeIds: Id[], linkIds: Id[] = [], caption = ''): void {
  sendControl(s, { type: 'announce', payload: focusAnnouncement(nodeIds, linkIds, caption) });
}

/**
 * "Reset the edit link" (facilitator): after confirming, the server retires
 * every edit link given so far (their holders can only watch) and sends this
 * facilitator a new one. The sure way to stop someone made a viewer from
 * rejoining as someone new.
 */
export async function resetEditLink(s: Session): Promise<boolean> {
  const ok = await ask(
    s.confirm,
    'Reset the edit link?',
    'Everyone who joined with the edit link so far (not facilitators) can then only watch, until you give them the new link. View links keep working.',
    'Reset the edit link',
  );
  if (ok) sendControl(s, { type: 'reset-edit-link' });
  return ok;
}
