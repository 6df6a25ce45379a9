/**
 * Room links: /?room=<id>#cap=<capability>. The capability is in the
 * fragment, which browsers never send, so it stays out of server and proxy logs.
 */
export interface RoomLink {
  room: string;
  token: string | null;
}

const ROOM_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The room a page address asks to join; a string is what is wrong with it, null when it is no room link. */
export function roomFromAddress(href: string): RoomLink | string | null {
  const url = new URL(href);
  const room = url.searchParams.get('room');
  if (room === null) return null;
  if (!ROOM_ID.test(room)) return 'This room link is damaged: the room id in it is not one the server makes. Ask for the link again.';
  const token = new URLSearchParams(url.hash.replace(/^#/, '')).get('cap');
  return { room, token: token || null };
}

export function roomLink(origin: string, room: string, token: string): string {
  return `${origin}/?room=${encodeURIComponent(room)}#cap=${encodeURIComponent(token)}`;
}

/** The role a capability grants, read from its text (the server checks its signature). */
export function roleOf(token: string): 'view' | 'edit' | 'facilitator' | null {
  const role = token.split('.')[2];
  return role === 'view' || role === 'edit' || role === 'facilitator' ? role : null;
}
