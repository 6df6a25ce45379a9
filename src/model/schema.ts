/**
 * The validator for the current file format. The JSON Schema in
 * docs/map.schema.json is generated from this (npm run schema), so the two
 * never drift apart.
 */
import { z } from 'zod';
import {
  ACTOR_TYPES,
  CONFIDENCES,
  EXPERIMENT_STATUSES,
  FACTOR_TYPES,
  INTENDED_EFFECTS,
  LEARNING_PHASES,
  OBSERVED_EFFECTS,
  MAX_STRENGTH,
  NODE_KINDS,
  POLARITIES,
  COMMENT_TARGET_KINDS,
  FOCUS_DIRECTIONS,
  ROUND_STATUSES,
  SCHEMA_VERSION,
  SYSTEM_SCALES,
} from './types.ts';
import { MAX_COORDINATE } from './positions.ts';

/** Labels and notes are capped so a pasted novel cannot stall the canvas. */
export const MAX_LABEL = 500;
export const MAX_TEXT = 20_000;

/** Ids are short codes; a bound keeps a megabyte "id" from being copied into every message and index. */
export const MAX_ID = 100;
const idMessage = `an id is 1 to ${MAX_ID} characters`;
const id = z.string(idMessage).min(1, idMessage).max(MAX_ID, idMessage);
/** A key of nodes, links, ...: it must equal the id inside, so it has the same bound (checked before the entries). */
const key = z.string().min(1, idMessage).max(MAX_ID, idMessage);
/** zod's own words for a bad key are "Invalid key in record". */
const keyError = { error: (issue: { code?: string }) => (issue.code === 'invalid_key' ? `this key is not a usable id: ${idMessage}` : undefined) };
/** Far enough for any real map, near enough that layout and export arithmetic stays exact (see positions.ts). */
const coordinate = z
  .number()
  .finite()
  .gte(-MAX_COORDINATE, `a position is at most ${MAX_COORDINATE.toLocaleString('en-GB')} from the middle of the canvas`)
  .lte(MAX_COORDINATE, `a position is at most ${MAX_COORDINATE.toLocaleString('en-GB')} from the middle of the canvas`);
const timestamp = z.string().max(40);

/** Names in voices and comments are user text: short, shown as text. */
export const MAX_PERSON_NAME = 40;
export const MAX_COMMENT = 4000;

export const voiceSchema = z.object({
  personId: z.string().max(MAX_ID),
  name: z.string().max(MAX_PERSON_NAME),
  perspectiveId: id.nullable(),
});

const noteSchema = z.object({
  id,
  text: z.string().max(MAX_TEXT),
  private: z.boolean(),
  createdAt: timestamp,
  voice: voiceSchema.optional(),
});

export const nodeSchema = z.object({
  id,
  kind: z.enum(NODE_KINDS),
  label: z.string().max(MAX_LABEL),
  description: z.string().max(MAX_TEXT),
  actorType: z.enum(ACTOR_TYPES).optional(),
  factorType: z.enum(FACTOR_TYPES).optional(),
  clusterId: id.nullable(),
  tags: z.array(z.string().max(100)).max(100),
  position: z.object({ x: coordinate, y: coordinate }),
  notes: z.array(noteSchema).max(1000),
  pinned: z.boolean().optional(),
  voice: voiceSchema.optional(),
});

export const linkSchema = z.object({
  id,
  source: id,
  target: id,
  polarity: z.enum(POLARITIES),
  strength: z.number().gt(0).lte(MAX_STRENGTH),
  confidence: z.enum(CONFIDENCES),
  delay: z.boolean(),
  label: z.string().max(MAX_LABEL),
  evidence: z.string().max(MAX_TEXT),
  voice: voiceSchema.optional(),
});

export const themeSchema = z.object({
  id,
  name: z.string().max(MAX_LABEL),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a2b3c'),
  description: z.string().max(MAX_TEXT),
});

export const metaSchema = z.object({
  title: z.string().max(MAX_LABEL),
  description: z.string().max(MAX_TEXT),
  focalNodeId: id.nullable(),
  scale: z.enum(SYSTEM_SCALES),
  authors: z.array(z.string().max(200)).max(100),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A calendar date (YYYY-MM-DD), or empty when not set. */
const calendarDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date like 2026-03-31, or empty');

const touchSchema = z.object({
  nodeId: id,
  nodeLabel: z.string().max(MAX_LABEL),
  intended: z.enum(INTENDED_EFFECTS),
  observed: z.enum(OBSERVED_EFFECTS),
  evidence: z.string().max(MAX_TEXT),
});

const logEntrySchema = z.object({
  id,
  date: calendarDate,
  did: z.string().max(MAX_TEXT),
  happened: z.string().max(MAX_TEXT),
  learned: z.string().max(MAX_TEXT),
  next: z.string().max(MAX_TEXT),
  measure: z.object({ name: z.string().max(MAX_LABEL), value: z.number().finite(), unit: z.string().max(100) }).nullable(),
  story: z.string().max(MAX_TEXT),
  perspectives: z.array(z.string().max(100)).max(50),
  voice: voiceSchema.optional(),
});

export const experimentSchema = z.object({
  id,
  title: z.string().max(MAX_LABEL),
  hypothesis: z.string().max(MAX_TEXT),
  owner: z.string().max(MAX_LABEL),
  scale: z.enum(SYSTEM_SCALES),
  status: z.enum(EXPERIMENT_STATUSES),
  phase: z.enum(LEARNING_PHASES),
  startDate: calendarDate,
  endDate: calendarDate,
  touches: z.record(key, touchSchema, keyError),
  log: z.record(key, logEntrySchema, keyError),
  createdAt: timestamp,
});

// ---- sense-making (version 3) ----

export const perspectiveSchema = z.object({ id, name: z.string().max(100), order: z.number().finite() });

export const linkViewSchema = z.object({
  id,
  linkId: id,
  voice: voiceSchema,
  polarity: z.enum(POLARITIES),
  strength: z.number().gt(0).lte(MAX_STRENGTH),
  confidence: z.enum(CONFIDENCES),
  why: z.string().max(MAX_COMMENT),
  roundId: id.nullable(),
  createdAt: timestamp,
});

export const ratingRoundSchema = z.object({
  id,
  title: z.string().max(MAX_LABEL),
  linkIds: z.array(id).max(500),
  status: z.enum(ROUND_STATUSES),
  createdAt: timestamp,
});

const commentSchema = z.object({ id, text: z.string().max(MAX_COMMENT), voice: voiceSchema, createdAt: timestamp });

export const commentThreadSchema = z.object({
  id,
  target: z.object({ kind: z.enum(COMMENT_TARGET_KINDS), id: z.string().max(5000) }),
  resolved: z.boolean(),
  comments: z.record(key, commentSchema, keyError),
  createdAt: timestamp,
});

const viewNumber = z.number().finite().gte(-1e9).lte(1e9);

export const filterSchema = z.object({
  focus: z.object({ nodeIds: z.array(id).max(10_000), steps: z.union([z.literal(1), z.literal(2), z.literal(3)]), direction: z.enum(FOCUS_DIRECTIONS) }).nullable(),
  hiddenThemes: z.array(id).max(1000),
  hiddenKinds: z.array(z.enum(NODE_KINDS)).max(3),
  hiddenTags: z.array(z.string().max(100)).max(1000),
  hiddenConfidences: z.array(z.enum(CONFIDENCES)).max(3),
  hiddenPerspectives: z.array(z.string().max(MAX_ID)).max(1000),
  mode: z.enum(['fade', 'hide']),
});

export const savedLensSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('coverage') }),
  z.object({ kind: z.literal('evidence') }),
  z.object({ kind: z.literal('voices') }),
  z.object({ kind: z.literal('experiments'), experimentIds: z.array(id).max(1000) }),
  z.object({ kind: z.literal('highlight'), nodeIds: z.array(id).max(10_000), linkIds: z.array(id).max(50_000), caption: z.string().max(MAX_LABEL) }),
]);

export const savedViewSchema = z.object({
  id,
  title: z.string().max(MAX_LABEL),
  question: z.string().max(MAX_LABEL),
  viewport: z.object({ x: viewNumber, y: viewNumber, zoom: z.number().finite().gt(0).lte(100) }),
  frame: z.object({ width: z.number().finite().gt(0).lte(100_000), height: z.number().finite().gt(0).lte(100_000) }).optional(),
  lens: savedLensSchema,
  filter: filterSchema,
  presented: z.boolean(),
  order: z.number().finite(),
  createdAt: timestamp,
});

export const reflectionSchema = z.object({
  id,
  date: calendarDate,
  text: z.string().max(MAX_TEXT),
  viewId: id.nullable(),
  nodeIds: z.array(id).max(10_000),
  voice: voiceSchema.optional(),
  createdAt: timestamp,
});

export const mapSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  meta: metaSchema,
  nodes: z.record(key, nodeSchema, keyError),
  links: z.record(key, linkSchema, keyError),
  clusters: z.record(key, themeSchema, keyError),
  experiments: z.record(key, experimentSchema, keyError),
  loopNames: z.record(z.string().max(5000), z.string().max(MAX_LABEL)).optional(),
  perspectives: z.record(key, perspectiveSchema, keyError),
  linkViews: z.record(key, linkViewSchema, keyError),
  ratingRounds: z.record(key, ratingRoundSchema, keyError),
  comments: z.record(key, commentThreadSchema, keyError),
  views: z.record(key, savedViewSchema, keyError),
  reflections: z.record(key, reflectionSchema, keyError),
});
