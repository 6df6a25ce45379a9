/** The validator for stack documents; docs/stack.schema.json is generated from it (npm run schema). */
import { z } from 'zod';
import { SYSTEM_SCALES } from '../types.ts';
import { MAX_LABEL, MAX_TEXT } from '../schema.ts';
import { CONNECTION_KINDS, CYCLE_PHASES, ENABLER_KINDS, ENABLER_STATUSES, STACK_SCHEMA_VERSION } from './types.ts';

const MAX_ID = 100;
const idMessage = `an id is 1 to ${MAX_ID} characters`;
const id = z.string(idMessage).min(1, idMessage).max(MAX_ID, idMessage);
const key = z.string().min(1, idMessage).max(MAX_ID, idMessage);
const date = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date like 2026-03-31, or empty');
const text = z.string().max(MAX_TEXT);
const label = z.string().max(MAX_LABEL);
/** Bounds keep a hostile file from making any one list huge. */
const MAX_REFS = 1000;

const nodeRef = z.object({ mapId: id, nodeId: id, label });
const experimentRef = z.object({ mapId: id, experimentId: id, title: label });

export const stackSchema = z.object({
  schemaVersion: z.literal(STACK_SCHEMA_VERSION),
  id,
  title: label,
  description: text,
  maps: z.record(key, z.object({ mapId: id, title: label, scale: z.enum(SYSTEM_SCALES), phase: z.enum(CYCLE_PHASES) })),
  connections: z.record(key, z.object({ id, kind: z.enum(CONNECTION_KINDS), from: id, to: id })),
  identities: z.record(key, z.object({ id, label, members: z.array(nodeRef).max(MAX_REFS) })),
  learnings: z.record(
    key,
    z.object({ id, mapId: id, statement: text, about: nodeRef.nullable(), experiments: z.array(experimentRef).max(MAX_REFS), date }),
  ),
  enablers: z.record(
    key,
    z.object({
      id,
      connectionId: id,
      kind: z.enum(ENABLER_KINDS),
      statement: text,
      lowerNodes: z.array(nodeRef).max(MAX_REFS),
      upperNode: nodeRef.nullable(),
      owner: label,
      status: z.enum(ENABLER_STATUSES),
      reviewDate: date,
    }),
  ),
  reviews: z.record(key, z.object({ id, mapId: id, date, noticed: text, willChange: text, nextReview: date })),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});
