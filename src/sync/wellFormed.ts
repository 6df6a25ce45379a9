/**
 * A quick check for the records a room holds by the thousand (nodes and
 * links, and their themes), run before the file format's schema (read.ts). Reading a
 * 2,000-node / 6,000-link room checks 8,000 records at once on first sync,
 * and zod spent more time on them than anything else in the projection.
 *
 * It only ever says yes: a record it returns is exactly what the schema would
 * make of it (the same fields, in the schema's order). Anything it is not sure
 * of (a field out of bounds, an unknown or undefined field, an object that is
 * not a plain one) gets null, and the schema decides, so what is refused, and
 * why, stays the schema's. The tests (wellFormed.test.ts) hold the two to it.
 */
import { MAX_ID, MAX_LABEL, MAX_PERSON_NAME, MAX_TEXT } from '../model/schema.ts';
import { MAX_COORDINATE } from '../model/positions.ts';
import { ACTOR_TYPES, CONFIDENCES, FACTOR_TYPES, MAX_STRENGTH, NODE_KINDS, POLARITIES } from '../model/types.ts';
import type { Link, MapNode, Note, Theme, Voice } from '../model/types.ts';

import { MAX_NOTES } from './notes.ts';

// Bounds the schema writes inline (src/model/schema.ts); the tests check each edge against it.
const MAX_TAGS = 100;
const MAX_TAG = 100;
const MAX_TIMESTAMP = 40;

type Fields = Record<string, unknown>;

const NODE_FIELDS = new Set(['id', 'kind', 'label', 'description', 'actorType', 'factorType', 'clusterId', 'tags', 'position', 'notes', 'pinned', 'voice']);
const LINK_FIELDS = new Set(['id', 'source', 'target', 'polarity', 'strength', 'confidence', 'delay', 'label', 'evidence', 'voice']);
const NOTE_FIELDS = new Set(['id', 'text', 'private', 'createdAt', 'voice']);
const VOICE_FIELDS = new Set(['personId', 'name', 'perspectiveId']);
const POSITION_FIELDS = new Set(['x', 'y']);
const THEME_FIELDS = new Set(['id', 'name', 'colour', 'description']);
/** The same pattern as themeSchema's. */
const COLOUR = /^#[0-9a-fA-F]{6}$/;

const kinds = new Set<unknown>(NODE_KINDS);
const actorTypes = new Set<unknown>(ACTOR_TYPES);
const factorTypes = new Set<unknown>(FACTOR_TYPES);
const polarities = new Set<unknown>(POLARITIES);
const confidences = new Set<unknown>(CONFIDENCES);

/** A plain object holding only these fields, none of them undefined. */
function plain(value: unknown, fields: Set<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!fields.has(key) || (value as Fields)[key] === undefined) return false;
  return true;
}

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID;
const coordinate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= -MAX_COORDINATE && value <= MAX_COORDINATE;

function voiceOf(value: unknown): Voice | null {
  if (!plain(value, VOICE_FIELDS)) return null;
  const { personId, name, perspectiveId } = value;
  if (!text(personId, MAX_ID) || !text(name, MAX_PERSON_NAME) || !(perspectiveId === null || isId(perspectiveId))) return null;
  return { personId, name, perspectiveId };
}

function noteOf(value: unknown): Note | null {
  if (!plain(value, NOTE_FIELDS)) return null;
  const { id, text: body, private: isPrivate, createdAt } = value;
  if (!isId(id) || !text(body, MAX_TEXT) || typeof isPrivate !== 'boolean' || !text(createdAt, MAX_TIMESTAMP)) return null;
  const note: Note = { id, text: body, private: isPrivate, createdAt };
  if ('voice' in value) {
    const voice = voiceOf(value.voice);
    if (!voice) return null;
    note.voice = voice;
  }
  return note;
}

/** The node as nodeSchema would give it, or null to ask nodeSchema. */
export function wellFormedNode(value: unknown): MapNode | null {
  if (!plain(value, NODE_FIELDS)) return null;
  const { id, kind, label, description, clusterId, tags, position, notes } = value;
  if (!isId(id) || !kinds.has(kind) || !text(label, MAX_LABEL) || !text(description, MAX_TEXT)) return null;
  if ('actorType' in value && !actorTypes.has(value.actorType)) return null;
  if ('factorType' in value && !factorTypes.has(value.factorType)) return null;
  if (!(clusterId === null || isId(clusterId))) return null;
  if (!Array.isArray(tags) || tags.length > MAX_TAGS) return null;
  for (let i = 0; i < tags.length; i++) if (!text(tags[i], MAX_TAG)) return null;
  if (!plain(position, POSITION_FIELDS) || !coordinate(position.x) || !coordinate(position.y)) return null;
  if (!Array.isArray(notes) || notes.length > MAX_NOTES) return null;
  const madeNotes: Note[] = [];
  for (let i = 0; i < notes.length; i++) {
    const note = noteOf(notes[i]);
    if (!note) return null;
    madeNotes.push(note);
  }
  // In the schema's order, optional fields only when given.
  const node = { id, kind, label, description } as MapNode;
  if ('actorType' in value) node.actorType = value.actorType as MapNode['actorType'];
  if ('factorType' in value) node.factorType = value.factorType as MapNode['factorType'];
  node.clusterId = clusterId;
  // Copied by hand: a hostile array can carry its own `constructor`, which slice() would call.
  const madeTags: string[] = [];
  for (let i = 0; i < tags.length; i++) madeTags.push(tags[i] as string);
  node.tags = madeTags;
  node.position = { x: position.x, y: position.y };
  node.notes = madeNotes;
  if ('pinned' in value) {
    if (typeof value.pinned !== 'boolean') return null;
    node.pinned = value.pinned;
  }
  if ('voice' in value) {
    const voice = voiceOf(value.voice);
    if (!voice) return null;
    node.voice = voice;
  }
  return node;
}

/** The link as linkSchema would give it, or null to ask linkSchema. */
export function wellFormedLink(value: unknown): Link | null {
  if (!plain(value, LINK_FIELDS)) return null;
  const { id, source, target, polarity, strength, confidence, delay, label, evidence } = value;
  if (!isId(id) || !isId(source) || !isId(target) || !polarities.has(polarity) || !confidences.has(confidence)) return null;
  if (typeof strength !== 'number' || !(strength > 0 && strength <= MAX_STRENGTH)) return null;
  if (typeof delay !== 'boolean' || !text(label, MAX_LABEL) || !text(evidence, MAX_TEXT)) return null;
  const link = { id, source, target, polarity, strength, confidence, delay, label, evidence } as Link;
  if ('voice' in value) {
    const voice = voiceOf(value.voice);
    if (!voice) return null;
    link.voice = voice;
  }
  return link;
}

/** The theme as themeSchema would give it, or null to ask themeSchema. */
export function wellFormedTheme(value: unknown): Theme | null {
  if (!plain(value, THEME_FIELDS)) return null;
  const { id, name, colour, description } = value;
  if (!isId(id) || !text(name, MAX_LABEL) || typeof colour !== 'string' || !COLOUR.test(colour) || !text(description, MAX_TEXT)) return null;
  return { id, name, colour, description };
}
