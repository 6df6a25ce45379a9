/**
 * Reading records out of the Y.Doc. Each record is checked with the file
 * format's own schema (src/model/schema.ts) as it is read: a room is written
 * by other people's browsers, so a record that does not fit (a newer app, a
 * broken client) is left out of the projection rather than trusted (nodes,
 * links and themes, by the thousand, first pass a quicker check that only ever
 * accepts what the schema would: wellFormed.ts). The key
 * in the Y.Doc is the id (ids are not stored inside records).
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import { MAX_LABEL, commentThreadSchema, themeSchema, experimentSchema, linkSchema, metaSchema, nodeSchema } from '../model/schema.ts';
import type { CommentThread, Theme, Experiment, Id, Link, MapMeta, MapNode, Note } from '../model/types.ts';
import { SCHEMA_VERSION } from '../model/types.ts';
import { byCreation, MAX_NOTES } from './notes.ts';
import { wellFormedLink, wellFormedNode, wellFormedTheme } from './wellFormed.ts';
import { EXPERIMENT_LOG, EXPERIMENT_TOUCHES, NODE_NOTES, THREAD_COMMENTS, type RoomMaps, type YRecord } from './shape.ts';

type Fields = Record<string, unknown>;

/** The file format's limit on notes per node (nodeSchema). */

function parsed<T>(schema: z.ZodType, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? (result.data as T) : null;
}

function fieldsOf(ymap: unknown): Fields | null {
  return ymap instanceof Y.Map ? (ymap.toJSON() as Fields) : null;
}

export function readNode(id: Id, ymap: YRecord | undefined): MapNode | null {
  const fields = fieldsOf(ymap);
  if (!fields) return null;
  const notes = Object.entries((fields[NODE_NOTES] ?? {}) as Record<Id, Note>)
    .map(([noteId, note]) => ({ ...note, id: noteId, private: false }))
    .sort(byCreation)
    // Two people adding the thousandth note at once would overflow the file
    // format's limit; the newest go rather than the whole node.
    .slice(0, MAX_NOTES);
  const node = { ...fields, id, notes };
  return wellFormedNode(node) ?? parsed<MapNode>(nodeSchema, node);
}

export function readLink(id: Id, ymap: YRecord | undefined): Link | null {
  const fields = fieldsOf(ymap);
  if (!fields) return null;
  const link = { ...fields, id };
  return wellFormedLink(link) ?? parsed<Link>(linkSchema, link);
}

export function readTheme(id: Id, ymap: YRecord | undefined): Theme | null {
  const fields = fieldsOf(ymap);
  if (!fields) return null;
  const theme = { ...fields, id };
  return wellFormedTheme(theme) ?? parsed<Theme>(themeSchema, theme);
}

/** A reader for a record kept as one Y.Map of whole fields (perspectives, link views, saved views...). */
export function recordReader<T>(schema: z.ZodType): (id: Id, ymap: YRecord | undefined) => T | null {
  return (id, ymap) => {
    const fields = fieldsOf(ymap);
    return fields ? parsed<T>(schema, { ...fields, id }) : null;
  };
}

export function readThread(id: Id, ymap: YRecord | undefined): CommentThread | null {
  const fields = fieldsOf(ymap);
  if (!fields) return null;
  const comments = Object.fromEntries(Object.entries((fields[THREAD_COMMENTS] ?? {}) as Record<Id, Fields>).map(([key, c]) => [key, { ...c, id: key }]));
  return parsed<CommentThread>(commentThreadSchema, { ...fields, id, [THREAD_COMMENTS]: comments });
}

export function readExperiment(id: Id, ymap: YRecord | undefined): Experiment | null {
  const fields = fieldsOf(ymap);
  if (!fields) return null;
  const keyed = (value: unknown, keyField: string) =>
    Object.fromEntries(Object.entries((value ?? {}) as Record<Id, Fields>).map(([key, sub]) => [key, { ...sub, [keyField]: key }]));
  return parsed<Experiment>(experimentSchema, {
    ...fields,
    id,
    [EXPERIMENT_TOUCHES]: keyed(fields[EXPERIMENT_TOUCHES], 'nodeId'),
    [EXPERIMENT_LOG]: keyed(fields[EXPERIMENT_LOG], 'id'),
  });
}

const META_DEFAULTS: MapMeta = { title: 'Untitled map', description: '', focalNodeId: null, scale: 'place', authors: [], createdAt: '', updatedAt: '' };

/**
 * The map's own fields. The map cannot be left out like a broken record, so
 * a field that does not fit (or is missing) reads as its default instead;
 * null only while the room has no map at all.
 */
export function readMeta(maps: RoomMaps): MapMeta | null {
  if (maps.meta.size === 0) return null;
  const whole = parsed<MapMeta>(metaSchema, maps.meta.toJSON());
  if (whole) return whole;
  const fields = maps.meta.toJSON() as Fields;
  const meta: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(META_DEFAULTS)) {
    const check = metaSchema.shape[key as keyof MapMeta].safeParse(fields[key]);
    meta[key] = check.success ? check.data : fallback;
  }
  return meta as unknown as MapMeta;
}

/** The oldest room this app reads: version 2 rooms have no sense-making parts yet, which read as empty. */
const OLDEST_ROOM_VERSION = 2;

/** The room's format version, if this app can read it. */
export function readRoomVersion(maps: RoomMaps): number | null {
  const version = maps.file.get('schemaVersion');
  return typeof version === 'number' && version >= OLDEST_ROOM_VERSION && version <= SCHEMA_VERSION ? version : null;
}

/** The map's id, or null while the room holds no map (or one from a newer app). */
export function readMapId(maps: RoomMaps): Id | null {
  const id = maps.file.get('id');
  return typeof id === 'string' && id && readRoomVersion(maps) !== null ? id : null;
}

export function readLoopNames(maps: RoomMaps): Record<string, string> {
  const out: Record<string, string> = {};
  // The same limits as the file format's loopNames.
  for (const [key, name] of maps.loopNames.entries()) if (typeof name === 'string' && key.length <= 5000 && name.length <= MAX_LABEL) out[key] = name;
  return out;
}
