/**
 * A learning stack: several maps at different system scales (person, team,
 * organisation, place, region), with the connections between their learning
 * cycles. The larger scale "learns from" the patterns in the experiments of
 * the scale below and "enables" it (enablers to nurture, barriers to remove);
 * cycles at the same scale "learn with" each other. The stack refers to its
 * maps by id: the maps themselves stay ordinary map documents.
 */
import { LEARNING_PHASES, type Id, type SystemScale } from '../types.ts';

export const STACK_SCHEMA_VERSION = 1 as const;

/** Tells a stack file from a map file at a glance. */
export const STACK_FILE_KIND = 'system-canvas-stack' as const;

/** The learning-cycle phase a whole map is in: the experiment phases plus stewardship of the cycle itself. */
export const CYCLE_PHASES = [...LEARNING_PHASES, 'stewardship'] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

export const CYCLE_PHASE_LABELS: Record<CyclePhase, string> = {
  understand: 'Understand the system',
  'co-design': 'Co-design',
  experiment: 'Experiment',
  embed: 'Embed and influence',
  stewardship: 'System stewardship',
};

/** learns-from: `from` (larger) learns from `to` (smaller). enables: `from` (larger) enables `to`. learns-with: same scale. */
export const CONNECTION_KINDS = ['learns-from', 'enables', 'learns-with'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const CONNECTION_LABELS: Record<ConnectionKind, string> = {
  'learns-from': 'learns from',
  enables: 'enables',
  'learns-with': 'learns with',
};

export const ENABLER_KINDS = ['enabler', 'barrier'] as const;
export type EnablerKind = (typeof ENABLER_KINDS)[number];

export const ENABLER_STATUSES = ['noticed', 'acting', 'done', 'dropped'] as const;
export type EnablerStatus = (typeof ENABLER_STATUSES)[number];

export const ENABLER_KIND_LABELS: Record<EnablerKind, string> = { enabler: 'Enabler to nurture', barrier: 'Barrier to remove' };
export const ENABLER_STATUS_LABELS: Record<EnablerStatus, string> = { noticed: 'Noticed', acting: 'Acting on it', done: 'Done', dropped: 'Dropped' };
/** A shape per status, so status is never carried by colour alone. */
export const ENABLER_STATUS_MARKS: Record<EnablerStatus, string> = { noticed: '○', acting: '◐', done: '●', dropped: '✕' };

/** A map in the stack. Its title and scale are as last seen, so a missing map stays readable. */
export interface StackMap {
  mapId: Id;
  title: string;
  scale: SystemScale;
  phase: CyclePhase;
}

export interface Connection {
  id: Id;
  kind: ConnectionKind;
  from: Id;
  to: Id;
}

/** A node in one of the stack's maps; the label as last seen keeps a deleted node's reference readable. */
export interface NodeRef {
  mapId: Id;
  nodeId: Id;
  label: string;
}

export interface ExperimentRef {
  mapId: Id;
  experimentId: Id;
  title: string;
}

/** Nodes in different maps that are the same thing ("waiting time" in the team map and in the place map). */
export interface Identity {
  id: Id;
  label: string;
  members: NodeRef[];
}

/** What a larger scale learned from the pattern in the experiments below it. */
export interface Learning {
  id: Id;
  /** The map that holds the learning: usually the larger one. */
  mapId: Id;
  statement: string;
  /** The factor the learning is about, in the learning's own map, if any. */
  about: NodeRef | null;
  experiments: ExperimentRef[];
  /** YYYY-MM-DD */
  date: string;
}

/** On a downward connection: something the larger scale will nurture (enabler) or remove (barrier). */
export interface Enabler {
  id: Id;
  connectionId: Id;
  kind: EnablerKind;
  statement: string;
  /** Nodes of the smaller map it helps. */
  lowerNodes: NodeRef[];
  /** Optionally a node of the larger map, such as a commissioning rule. */
  upperNode: NodeRef | null;
  owner: string;
  status: EnablerStatus;
  /** YYYY-MM-DD, or empty. */
  reviewDate: string;
}

/** A dated reflection point or review of a map's whole learning-cycle plan. */
export interface Review {
  id: Id;
  mapId: Id;
  /** YYYY-MM-DD */
  date: string;
  noticed: string;
  willChange: string;
  /** When the next review is due: YYYY-MM-DD, or empty. */
  nextReview: string;
}

export interface StackDocument {
  schemaVersion: typeof STACK_SCHEMA_VERSION;
  id: Id;
  title: string;
  description: string;
  maps: Record<Id, StackMap>;
  connections: Record<Id, Connection>;
  identities: Record<Id, Identity>;
  learnings: Record<Id, Learning>;
  enablers: Record<Id, Enabler>;
  reviews: Record<Id, Review>;
  createdAt: string;
  updatedAt: string;
}
