/**
 * My profile on any map, alone or in a room: the display name, the
 * perspective I speak from and whether my name stays off what I add. It is
 * the identity this browser remembers (room/identity.ts), so a name given
 * when joining a room is the same one used on a map of my own.
 */
import type { MapDocument, Voice } from '../model/types.ts';
import { loadIdentity, voiceOf, type Identity } from './room/identity.ts';

/** Whether the person has said anything about who they are (a name, a perspective, or that they stay anonymous). */
export function hasProfile(identity: Identity): boolean {
  return identity.name.trim() !== '' || identity.perspectiveId !== null || identity.anonymous;
}

/**
 * The voice stamped on what I add to `doc`, or null while I have given no
 * profile: a record of "someone, from no perspective" would say nothing the
 * missing voice does not, and would read as a choice to be anonymous.
 */
export function stampingVoice(doc: MapDocument): Voice | null {
  const me = loadIdentity();
  return hasProfile(me) ? voiceOf(me, new Set(Object.keys(doc.perspectives))) : null;
}
