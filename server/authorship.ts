/**
 * Whose words a participant may change, checked on the server for every
 * update (server/guard.ts). A comment and a view of a link belong to the
 * person whose voice they carry: only they write one in their name, and only
 * they change or delete it afterwards. Facilitators may (to restore a version,
 * to delete a rating round's views, to take down what should not be there).
 * Everything else about a comment thread (resolving, reopening) is anyone's.
 *
 * "The person" is the participant id the server bound to the connection
 * (server/rooms.ts, checked against the browser's key), never what a record
 * says about itself.
 */
import * as Y from 'yjs';
import type { Role } from './capabilities.ts';
import type { Change } from './touches.ts';

interface Owned {
  what: string;
  /** The keys of the record from the root: ['linkViews', id] or ['comments', thread, 'comments', id]. */
  record: string[];
  /** The field changed in it, or undefined for the record itself. */
  field: string | undefined;
}

/** The record a change is in, when it is one that belongs to a person. */
function ownedRecord(path: string[]): Owned | null {
  if (path[0] === 'linkViews' && path.length >= 2) return { what: 'view of a link', record: path.slice(0, 2), field: path[2] };
  if (path[0] === 'comments' && path[2] === 'comments' && path.length >= 4) return { what: 'comment', record: path.slice(0, 4), field: path[4] };
  return null;
}

const personIn = (voice: unknown): string | undefined =>
  voice && typeof voice === 'object' && typeof (voice as { personId?: unknown }).personId === 'string' ? (voice as { personId: string }).personId : undefined;

/** The person a record already in the room belongs to, or undefined when it is new (or has no voice). */
function storedOwner(doc: Y.Doc, record: string[]): string | undefined {
  let at: unknown = doc.getMap(record[0]!);
  for (const key of record.slice(1)) {
    if (!(at instanceof Y.Map)) return undefined;
    at = at.get(key);
  }
  return at instanceof Y.Map ? personIn(at.get('voice')) : undefined;
}

/** Why this update may not be applied for this sender, or null when it may. */
export function authorshipRefusal(doc: Y.Doc, changes: readonly Change[], sender: string | undefined, role: Role | undefined): string | null {
  if (role === 'facilitator') return null;
  for (const change of changes) {
    const owned = ownedRecord(change.path);
    if (!owned) continue;
    const owner = storedOwner(doc, owned.record);
    if (owner !== undefined && owner !== sender) return `only its author may change or delete a ${owned.what}`;
    if (!change.deleted && owned.field === 'voice' && personIn(change.value) !== sender) return `a ${owned.what} may only be written in the sender's own name`;
  }
  return null;
}
