/** Every way a room can fail, in plain words: what happened and what to do. Nothing typed is lost in any of them. */

/** The server's join refusal (reason "kind: words") as the app says it. */
export function joinRefused(reason: string): string {
  const kind = reason.split(':')[0];
  if (kind === 'unknown-room')
    return 'This room is not on the server any more (it was removed, or the link is for another server). Your copy of the map is still here: keep it as your own map, or ask the facilitator for a new link.';
  if (kind === 'invalid-capability')
    return 'This room link was altered or is incomplete, so the server would not open it. Ask the person who shared it to send the link again, and copy it whole.';
  if (kind === 'wrong-room') return 'This link belongs to a different room. Ask the person who shared it to send the link again.';
  return `The room server would not let you in (${reason}). Ask the facilitator for the link again.`;
}

export const NO_KEY =
  'This room link has no key in it (the part after #cap= is missing), so it cannot be opened. Ask the person who shared it to send the whole link.';

export function serverUnreachable(host: string): string {
  return `The room server at ${host} cannot be reached. It may have stopped, or your network is down. Start it again with npm start, or check your connection; System Canvas keeps trying, and your changes are kept in this browser meanwhile.`;
}

/** A failed POST /api/rooms. */
export function shareFailed(status: number | null, detail: string): string {
  if (status === null)
    return `The map could not be shared: the room server did not answer (${detail}). Sharing needs the app to be opened from the room server (npm start). Your map is unchanged.`;
  if (status === 413) return 'The map could not be shared: it is bigger than the room server accepts. Your map is unchanged.';
  return `The map could not be shared: the server said “${detail}” (HTTP ${status}). Your map is unchanged.`;
}
