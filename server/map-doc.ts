/**
 * The room's Y.Doc and a map file, both ways, through the client's own
 * binding (src/sync: one Y.Map per record, see docs/sync.md), so the server,
 * the browser and `room export` read and write the same shape.
 */
import * as Y from 'yjs';
import type { MapDocument } from '../src/model/types.ts';
import { applyToYDoc, readYDoc } from '../src/sync/index.ts';
import { roomMaps } from '../src/sync/shape.ts';

/** Private notes stay in the author's browser: they are dropped before a map becomes a room. */
export function withoutPrivateNotes(doc: MapDocument): MapDocument {
  const nodes = Object.fromEntries(Object.entries(doc.nodes).map(([id, node]) => [id, { ...node, notes: node.notes.filter((n) => !n.private) }]));
  return { ...doc, nodes };
}

/** A new room's document (the binding leaves private notes out). */
export function mapToYDoc(doc: MapDocument): Y.Doc {
  const ydoc = new Y.Doc();
  applyToYDoc(ydoc, null, doc, 'server');
  return ydoc;
}

/**
 * The Y.Doc as a plain map value, to be checked by parseMapValue like any
 * file. fallbackId names the map when the room holds none yet.
 */
export function yDocToMapValue(ydoc: Y.Doc, fallbackId: string): Record<string, unknown> {
  const doc = readYDoc(ydoc);
  if (doc) return doc as unknown as Record<string, unknown>;
  return { schemaVersion: 2, id: fallbackId, meta: {}, nodes: {}, links: {}, clusters: {}, experiments: {} };
}

const isPrivate = (note: unknown): boolean => (note instanceof Y.Map ? note.get('private') : (note as { private?: unknown } | null)?.private) === true;

/** True when any node in the doc carries a private note, in any encoding a client could send: such a doc must not be stored. */
export function hasPrivateNotes(ydoc: Y.Doc): boolean {
  for (const node of roomMaps(ydoc).nodes.values()) {
    const notes = node instanceof Y.Map ? node.get('notes') : (node as { notes?: unknown } | null)?.notes;
    const list = notes instanceof Y.Map ? [...notes.values()] : notes instanceof Y.Array ? notes.toArray() : notes;
    if (Array.isArray(list) && list.some(isPrivate)) return true;
  }
  return false;
}
