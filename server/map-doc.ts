/**
 * The room's Y.Doc and a map file, both ways. The shape (shared with the
 * client binding in src/sync/, documented in docs/deployment.md):
 *   top-level Y.Maps nodes, links, clusters, experiments: record id -> Y.Map of that record's fields
 *   meta: Y.Map of MapMeta's fields, plus schemaVersion and id (the map's id)
 *   loopNames: Y.Map loop key -> name
 * Field values are plain JSON (a node's position, tags and notes are one value
 * each), so two people editing different fields of one record both win.
 */
import * as Y from 'yjs';
import { SCHEMA_VERSION, type MapDocument } from '../src/model/types.ts';

export const RECORD_COLLECTIONS = ['nodes', 'links', 'clusters', 'experiments'] as const;

function recordMap(record: object): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Private notes stay in the author's browser: they are dropped before a map becomes a room. */
export function withoutPrivateNotes(doc: MapDocument): MapDocument {
  const nodes = Object.fromEntries(
    Object.entries(doc.nodes).map(([id, node]) => [id, { ...node, notes: node.notes.filter((n) => !n.private) }]),
  );
  return { ...doc, nodes };
}

export function mapToYDoc(doc: MapDocument): Y.Doc {
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    for (const name of RECORD_COLLECTIONS) {
      const collection = ydoc.getMap<Y.Map<unknown>>(name);
      for (const [id, record] of Object.entries(doc[name])) collection.set(id, recordMap(record));
    }
    const meta = ydoc.getMap<unknown>('meta');
    for (const [key, value] of Object.entries(doc.meta)) meta.set(key, value);
    meta.set('schemaVersion', doc.schemaVersion);
    meta.set('id', doc.id);
    const loopNames = ydoc.getMap<string>('loopNames');
    for (const [key, name] of Object.entries(doc.loopNames ?? {})) loopNames.set(key, name);
  });
  return ydoc;
}

/**
 * The Y.Doc as a plain map value, to be checked by parseMapValue like any
 * file. fallbackId names the map when the doc carries no id.
 */
export function yDocToMapValue(ydoc: Y.Doc, fallbackId: string): Record<string, unknown> {
  const meta = ydoc.getMap<unknown>('meta').toJSON() as Record<string, unknown>;
  const { schemaVersion = SCHEMA_VERSION, id = fallbackId, ...metaFields } = meta;
  const value: Record<string, unknown> = { schemaVersion, id, meta: metaFields };
  for (const name of RECORD_COLLECTIONS) value[name] = ydoc.getMap(name).toJSON();
  const loopNames = ydoc.getMap('loopNames').toJSON();
  if (Object.keys(loopNames).length) value.loopNames = loopNames;
  return value;
}

/** True when any node in the doc carries a private note: such a doc must not be stored. */
export function hasPrivateNotes(ydoc: Y.Doc): boolean {
  for (const node of ydoc.getMap<unknown>('nodes').values()) {
    const notes = node instanceof Y.Map ? node.get('notes') : (node as { notes?: unknown } | null)?.notes;
    const list = notes instanceof Y.Array ? notes.toJSON() : notes;
    if (Array.isArray(list) && list.some((n) => (n instanceof Y.Map ? n.get('private') : (n as { private?: unknown })?.private) === true)) return true;
  }
  return false;
}
