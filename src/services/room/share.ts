/** Turning the open map into a room ("Share live…"), and opening a room from a link. */
import { createMap } from '../../model/operations.ts';
import { serialiseMap } from '../../model/load.ts';
import { privateNotesOf } from '../../sync/privateNotes.ts';
import { openLastMap } from '../maps.ts';
import { reportError, type Session } from '../session.ts';
import { leaveRoom } from './live.ts';
import { shareFailed } from './failures.ts';
import { keepFacilitatorToken, loadIdentity } from './identity.ts';
import { watchTabLock } from '../tabLock.ts';
import { roomFromAddress, roomLink, type RoomLink } from './links.ts';
import { NO_ROOM } from './roomState.ts';

interface Created {
  room: string;
  edit: string;
  view: string;
  facilitator: string;
}

/**
 * Makes a room from the open map and joins it as its facilitator. Returns
 * false (having said why) when the server could not make it; the map is then
 * as it was.
 */
export async function shareLive(s: Session): Promise<boolean> {
  const doc = s.map.getState().doc;
  let created: Created;
  try {
    const res = await fetch('/api/rooms', { method: 'POST', headers: { 'content-type': 'application/json' }, body: serialiseMap(doc) });
    if (res.status !== 201) {
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      reportError(s, shareFailed(res.status, body.error ?? res.statusText));
      return false;
    }
    created = (await res.json()) as Created;
  } catch (err) {
    reportError(s, shareFailed(null, err instanceof Error ? err.message : String(err)));
    return false;
  }
  keepFacilitatorToken(created.room, created.facilitator);
  // The address bar becomes the edit link: copying it shares the room, never the facilitator's key (kept in this browser).
  history.replaceState(null, '', `/?room=${encodeURIComponent(created.room)}#cap=${encodeURIComponent(created.edit)}`);
  (await import('./connect.ts')).joinRoom(s, created.room, created.facilitator, privateNotesOf(doc));
  s.room.setState({ links: { edit: roomLink(location.origin, created.room, created.edit), view: roomLink(location.origin, created.room, created.view) } });
  return true;
}

/** Whether the page's address is a room link that can be joined (not one with a problem to show). */
export function roomLinkInAddress(href = location.href): boolean {
  const link = roomFromAddress(href);
  return link !== null && typeof link !== 'string';
}

/** The room the page's address names, if any: joined now, or its problem shown. True when the address was a room link. */
export function openRoomFromAddress(s: Session, href = location.href): boolean {
  const link = roomFromAddress(href);
  if (link === null) return false;
  if (typeof link === 'string') {
    s.room.setState({ ...NO_ROOM, connection: 'failed', problem: link });
    return true;
  }
  void joinLink(s, link);
  return true;
}

function joinLink(s: Session, link: RoomLink): Promise<void> {
  // The room's code loads now; the join itself reports its own failures.
  return import('./connect.ts').then(({ joinRoom }) => void joinRoom(s, link.room, link.token));
}

/** At most this long, start-up waits for the room's socket to open before its first render (see joinEarly). */
const OPEN_WAIT_MS = 150;

/** After a room failed: what is on screen becomes a map of one's own (a new id, so it never overwrites the original). */
export function keepAsOwnMap(s: Session): void {
  const doc = s.map.getState().doc;
  leaveRoom(s);
  s.map.getState().openDocument({ ...doc, id: createMap().id, meta: { ...doc.meta, title: `${doc.meta.title} (my copy)` } });
}

/** Leave the room's problem message without joining: the local map stays, or, if start-up opened none for the room, the last one opens. */
export function dismissRoomProblem(s: Session): void {
  leaveRoom(s);
  s.room.setState(NO_ROOM);
  if (new URL(location.href).searchParams.has('room')) history.replaceState(null, '', '/');
  if (s.map.getState().openCount === 0) void openLastMap(s);
}

/**
 * Before start-up: a room link opened by someone this browser already knows
 * is joined at once, alongside opening the library, so the room's map is not
 * kept waiting behind the last map or the example being opened and drawn.
 * The join under way when it did (start-up then opens no map of its own);
 * it settles once the room's code has loaded, its socket is open and the
 * room asked for (or OPEN_WAIT_MS after the socket was made, if it is slow to open).
 */
export function joinEarly(s: Session, href = location.href): Promise<void> | null {
  const link = roomFromAddress(href);
  if (link === null || typeof link === 'string' || !loadIdentity().name) return null;
  return import('./connect.ts').then(({ joinRoom, whenAskedForRoom }) => {
    const live = joinRoom(s, link.room, link.token);
    return live ? whenAskedForRoom(live, OPEN_WAIT_MS) : undefined;
  });
}

/**
 * After start-up: tabs hold local maps (src/services/tabLock.ts), and a room
 * link in the address is joined (unless joinEarly already did). 'needs-name'
 * when the person must first say what to call them (the app then asks, and
 * calls openRoomFromAddress).
 */
export function startLive(s: Session, joined = false): 'needs-name' | 'ready' {
  watchTabLock(s);
  // A new link pasted over the old one changes only the fragment, which does not reload the page: join with it.
  window.addEventListener('hashchange', () => {
    if (roomFromAddress(location.href) !== null && loadIdentity().name) openRoomFromAddress(s);
  });
  if (joined) return 'ready';
  if (roomFromAddress(location.href) !== null && !loadIdentity().name) return 'needs-name';
  openRoomFromAddress(s);
  return 'ready';
}
