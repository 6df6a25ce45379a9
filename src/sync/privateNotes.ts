/**
 * Private notes in a room. A private note is for the person who wrote it, so
 * in a shared map it never enters the Y.Doc (write.ts drops it at the door)
 * and lives here instead: a plain, immutable side store keyed by node id,
 * kept by the author's browser (IndexedDB later) and merged back into the
 * author's own view of the map. Note.private is the only thing the file
 * format marks private (docs/file-format.md, "notes").
 *
 * A deleted node's private notes are kept: if the deletion is undone the node
 * comes back with them, as it does in a map of one's own.
 */
import type { Id, MapDocument, MapNode, Note } from '../model/types.ts';
import { byCreation, MAX_NOTES } from './notes.ts';

export type PrivateNotes = Readonly<Record<Id, readonly Note[]>>;

export const NO_PRIVATE_NOTES: PrivateNotes = {};

/** The private notes of a whole map, e.g. when one of one's own maps is shared. */
export function privateNotesOf(doc: MapDocument): PrivateNotes {
  const out: Record<Id, Note[]> = {};
  for (const node of Object.values(doc.nodes)) {
    const notes = node.notes.filter((n) => n.private);
    if (notes.length) out[node.id] = notes;
  }
  return out;
}

/**
 * The side store after an operation turned `before` into `after`: each node
 * the operation changed now has exactly the private notes it has in `after`.
 * Returns the same store when nothing private changed.
 */
export function updatePrivateNotes(store: PrivateNotes, before: MapDocument, after: MapDocument): { store: PrivateNotes; changed: Id[] } {
  if (before.nodes === after.nodes) return { store, changed: [] };
  let next: Record<Id, readonly Note[]> | null = null;
  const changed: Id[] = [];
  for (const id in after.nodes) {
    const node = after.nodes[id]!;
    const old = before.nodes[id];
    if (old === node || (old && old.notes === node.notes)) continue;
    const mine = node.notes.filter((n) => n.private);
    const had = store[id] ?? [];
    if (sameNotes(had, mine)) continue;
    next ??= { ...store };
    if (mine.length) next[id] = mine;
    else delete next[id];
    changed.push(id);
  }
  return next ? { store: next, changed } : { store, changed };
}

function sameNotes(a: readonly Note[], b: readonly Note[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i] || (n.id === b[i]!.id && n.text === b[i]!.text && n.createdAt === b[i]!.createdAt));
}

/**
 * A node as its author sees it: the shared notes plus the author's private
 * ones, oldest first. If one note is in both (made private or public a moment
 * ago and not yet settled), the private copy wins: it is the safer reading.
 */
export function withPrivateNotes(node: MapNode, notes: readonly Note[] | undefined): MapNode {
  if (!notes?.length) return node;
  const privateIds = new Set(notes.map((n) => n.id));
  const shared = node.notes.filter((n) => !privateIds.has(n.id)).slice(0, Math.max(0, MAX_NOTES - notes.length));
  return { ...node, notes: [...shared, ...notes.slice(0, MAX_NOTES)].sort(byCreation) };
}
