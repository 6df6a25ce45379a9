/**
 * The validator for the current file format. The JSON Schema in
 * docs/map.schema.json is generated from this (npm run schema), so the two
 * never drift apart.
 */
import { z } from 'zod';
import {
  ACTOR_TYPES,
  CONFIDENCES,
  FACTOR_TYPES,
  MAX_STRENGTH,
  NODE_KINDS,
  POLARITIES,
  SCHEMA_VERSION,
  SYSTEM_SCALES,
} from './types.ts';

/** Labels and notes are capped so a pasted novel cannot stall the canvas. */
export const MAX_LABEL = 500;
export const MAX_TEXT = 20_000;

const id = z.string().min(1).max(100);
const timestamp = z.string().max(40);

export const noteSchema = z.object({
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
  position: z.object({ x: z.number().finite(), y: z.number().finite() }),
  notes: z.array(noteSchema).max(1000),
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

export const clusterSchema = z.object({
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

export const mapSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  meta: metaSchema,
  nodes: z.record(z.string(), nodeSchema),
  links: z.record(z.string(), linkSchema),
  clusters: z.record(z.string(), clusterSchema),
});
