/**
 * Writing an operation's result into the Y.Doc: one transaction, and only
 * what changed. Records are compared by identity first (our documents are
 * immutable and share structure, so an untouched record is the very same
 * object), then field by field, so a rename writes one `label` entry and
 * nothing else. Writing only the changed fields is what lets a collaborator's
 * concurrent edit of another field of the same record survive the merge.
 *
 * Private notes are filtered out here, at the one door into the Y.Doc, so
 * they can never be sent to a room (see privateNotes.ts).
 */
import * as Y from 'yjs';
import type { CommentThread, Experiment, Id, MapDocument, MapNode, Note } from '../model/types.ts';
import { sameValue } from './equal.ts';
import { EXPERIMENT_LOG, EXPERIMENT_TOUCHES, NODE_NOTES, THREAD_COMMENTS, roomMaps, type YRecord } from './shape.ts';

type Fields = Record<string, unknown>;

/**
 * Writes a nested keyed part of a record (notes, touches, log) into its own
 * Y.Map. `fresh`: the record is being made and is not in the Y.Doc yet, so
 * nothing may be read from it (Yjs cannot read a map before it is attached).
 */
type NestedWriter = (record: YRecord, before: unknown, after: unknown, fresh?: boolean) => void;

/**
 * Applies `after` (the result of one named operation on `before`) to the
 * Y.Doc as one transaction with the given origin. `before` is the document
 * the operation was applied to, normally the current projection of the
 * Y.Doc; null writes `after` whole (a new room).
 */
export function applyToYDoc(ydoc: Y.Doc, before: MapDocument | null, after: MapDocument, origin: unknown): void {
  if (before === after) return;
  const maps = roomMaps(ydoc);
  ydoc.transact(() => {
    const upgrading = maps.file.get('schemaVersion') !== after.schemaVersion;
    if (!before || before.id !== after.id) maps.file.set('id', after.id);
    if (upgrading) maps.file.set('schemaVersion', after.schemaVersion);
    if (!before || before.meta !== after.meta) writeFields(maps.meta, before?.meta, after.meta, {}, null);
    writeCollection(maps.nodes, before?.nodes, after.nodes, NODE_PARTS);
    writeCollection(maps.links, before?.links, after.links, {});
    writeCollection(maps.clusters, before?.clusters, after.clusters, {});
    writeCollection(maps.experiments, before?.experiments, after.experiments, EXPERIMENT_PARTS);
    writeValues(maps.loopNames, before?.loopNames ?? {}, after.loopNames ?? {});
    // A room made by an older app (version 2) has no perspectives yet: the
    // first writer upgrades it (above), writing the defaults the projection showed.
    writeCollection(maps.perspectives, upgrading ? undefined : before?.perspectives, after.perspectives, {});
    writeCollection(maps.linkViews, before?.linkViews, after.linkViews, {});
    writeCollection(maps.ratingRounds, before?.ratingRounds, after.ratingRounds, {});
    writeCollection(maps.comments, before?.comments, after.comments, THREAD_PARTS);
    writeCollection(maps.views, before?.views, after.views, {});
    writeCollection(maps.reflections, before?.reflections, after.reflections, {});
  }, origin);
}

function writeCollection<T extends { id: Id }>(
  coll: Y.Map<YRecord>,
  before: Record<Id, T> | undefined,
  after: Record<Id, T>,
  nested: Record<string, NestedWriter>,
): void {
  if (before === after) return;
  for (const [id, record] of Object.entries(after)) {
    const old = before?.[id];
    if (old === record) continue;
    const existing = coll.get(id);
    if (old && !existing) {
      // Someone else deleted this record while we edited it: their delete
      // wins, exactly as it would had our edit reached them first.
      continue;
    }
    if (!existing) coll.set(id, newRecord(record, nested));
    else writeFields(existing, old, record, nested, 'id');
  }
  if (before) for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) coll.delete(id);
}

/** A record as a Y.Map of its fields; the id is the record's key and is not repeated. */
function newRecord(record: object, nested: Record<string, NestedWriter>): YRecord {
  const ymap: YRecord = new Y.Map();
  // Filled before it is attached, so nobody ever sees a half-made record.
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || value === undefined || nested[key]) continue;
    ymap.set(key, value);
  }
  for (const [key, write] of Object.entries(nested)) write(ymap, undefined, (record as Fields)[key], true);
  return ymap;
}

/** `keyField` is the field that is the record's key (id, or a touch's nodeId): never stored inside. */
function writeFields(ymap: YRecord, before: object | undefined, after: object, nested: Record<string, NestedWriter>, keyField: string | null): void {
  const b = (before ?? {}) as Fields;
  const a = after as Fields;
  for (const [key, value] of Object.entries(a)) {
    if (key === keyField) continue;
    if (nested[key]) {
      if (b[key] !== value) nested[key](ymap, b[key], value);
    } else if (value === undefined) {
      if (ymap.has(key)) ymap.delete(key);
    } else if (!sameValue(b[key], value) || !ymap.has(key)) {
      ymap.set(key, value);
    }
  }
  // An optional field the operation removed (actorType when a node becomes a factor).
  for (const key of Object.keys(b)) if (key !== keyField && !Object.hasOwn(a, key) && ymap.has(key)) ymap.delete(key);
}

/** A keyed Y.Map of plain values (loop names, notes): set what changed, delete what went. */
function writeValues(ymap: Y.Map<unknown>, before: Record<string, unknown>, after: Record<string, unknown>): void {
  if (before === after) return;
  for (const [key, value] of Object.entries(after)) if (!sameValue(before[key], value) || !ymap.has(key)) ymap.set(key, value);
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) ymap.delete(key);
}

/** A child Y.Map of a record, created when the record has none yet. */
function child(record: YRecord, key: string, fresh = false): Y.Map<unknown> {
  const existing = fresh ? undefined : record.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const made = new Y.Map<unknown>();
  record.set(key, made);
  return made;
}

/** Only the notes that may be shared, keyed by id. */
function publicNotes(notes: unknown): Record<Id, Note> {
  const out: Record<Id, Note> = {};
  for (const note of (notes as Note[] | undefined) ?? []) if (!note.private) out[note.id] = note;
  return out;
}

/** A node's public notes: a Y.Map note id -> note, so two people adding notes both keep theirs. */
const writeNotes: NestedWriter = (record, before, after, fresh) => {
  const b = publicNotes(before);
  const a = publicNotes(after);
  writeValues(child(record, NODE_NOTES, fresh), b, a);
};

/** Touches and log entries: a Y.Map of records, each a Y.Map of fields. */
function writeSubRecords(key: string, keyField: string): NestedWriter {
  return (record, before, after, fresh) => {
    const target = child(record, key, fresh) as Y.Map<YRecord>;
    const b = (before ?? {}) as Record<Id, object>;
    const a = (after ?? {}) as Record<Id, object>;
    for (const [id, sub] of Object.entries(a)) {
      const old = b[id];
      if (old === sub) continue;
      const existing = fresh ? undefined : target.get(id);
      if (old && !existing) continue; // deleted by someone else meanwhile: their delete wins
      if (!existing) target.set(id, newSubRecord(sub, keyField));
      else writeFields(existing, old, sub, {}, keyField);
    }
    for (const id of Object.keys(b)) if (!Object.hasOwn(a, id)) target.delete(id);
  };
}

/** A touch or log entry; its key (node id, entry id) is not repeated inside. */
function newSubRecord(sub: object, keyField: string): YRecord {
  const ymap: YRecord = new Y.Map();
  for (const [key, value] of Object.entries(sub)) if (key !== keyField && value !== undefined) ymap.set(key, value);
  return ymap;
}

const NODE_PARTS: Record<string, NestedWriter> = { [NODE_NOTES]: writeNotes } satisfies Partial<Record<keyof MapNode, NestedWriter>>;
const EXPERIMENT_PARTS: Record<string, NestedWriter> = {
  [EXPERIMENT_TOUCHES]: writeSubRecords(EXPERIMENT_TOUCHES, 'nodeId'),
  [EXPERIMENT_LOG]: writeSubRecords(EXPERIMENT_LOG, 'id'),
} satisfies Partial<Record<keyof Experiment, NestedWriter>>;
const THREAD_PARTS: Record<string, NestedWriter> = {
  [THREAD_COMMENTS]: writeSubRecords(THREAD_COMMENTS, 'id'),
} satisfies Partial<Record<keyof CommentThread, NestedWriter>>;
