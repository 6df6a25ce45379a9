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
  SCHEMA_VERSION,
  SYSTEM_SCALES,
} from './types.ts';
import { MAX_COORDINATE } from './positions.ts';

/** Labels and notes are capped so a pasted novel cannot stall the canvas. */
export const MAX_LABEL = 500;
export const MAX_TEXT = 20_000;

/** Ids are short codes; a bound keeps a megabyte "id" from being copied into every message and index. */
const MAX_ID = 100;
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

const noteSchema = z.object({
  id,
  text: z.string().max(MAX_TEXT),
  private: z.boolean(),
  createdAt: timestamp,
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

export const mapSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  meta: metaSchema,
  nodes: z.record(key, nodeSchema, keyError),
  links: z.record(key, linkSchema, keyError),
  clusters: z.record(key, themeSchema, keyError),
  experiments: z.record(key, experimentSchema, keyError),
  loopNames: z.record(z.string().max(5000), z.string().max(MAX_LABEL)).optional(),
});
