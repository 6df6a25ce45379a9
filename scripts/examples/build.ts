/**
 * Shared pieces for the example maps: the compact forms the content is
 * written in, and the one function that turns them into a MapDocument.
 * Everything here is deterministic (no random ids, no clock) so that running
 * the generator twice gives byte-identical files.
 */
import { emptySensemaking } from '../../src/model/sensemaking.ts';
import { CLUSTER_PALETTE } from '../../src/model/palette.ts';
import {
  SCHEMA_VERSION,
  type ActorType,
  type Theme,
  type Confidence,
  type Experiment,
  type FactorType,
  type IntendedEffect,
  type Link,
  type LogEntry,
  type MapDocument,
  type MapNode,
  type Measure,
  type ObservedEffect,
  type Polarity,
  type Position,
  type SystemScale,
  type Touch,
} from '../../src/model/types.ts';

/** Fixed so the files do not change every time they are rebuilt. */
export const EXAMPLE_TIMESTAMP = '2026-11-01T09:00:00.000Z';

/** How big a node is drawn, and the grid slot each one gets (node plus gap). */
export const NODE_SIZE = { w: 180, h: 56 } as const;
export const SLOT = { w: 200, h: 80 } as const;

/** [label, factor type, description] */
export type FactorSpec = readonly [label: string, type: FactorType, description?: string];
/** [label, actor type, description] */
export type ActorSpec = readonly [label: string, type: ActorType, description?: string];
/** [label, description] */
export type OutcomeSpec = readonly [label: string, description?: string];

export interface LinkExtras {
  delay?: boolean;
  label?: string;
  evidence?: string;
}

/** [source label, target label, polarity, strength 1-3, confidence, extras] */
export type LinkSpec = readonly [
  source: string,
  target: string,
  polarity: Polarity,
  strength: 1 | 2 | 3,
  confidence: Confidence,
  extras?: LinkExtras,
];

export interface ClusterSpec {
  /** Becomes the id: c_<key>. */
  key: string;
  name: string;
  description: string;
  factors: readonly FactorSpec[];
}

export interface NoteSpec {
  on: string;
  text: string;
  private?: boolean;
}

/** [node label, intended effect, observed effect, evidence] */
export type TouchSpec = readonly [label: string, intended: IntendedEffect, observed: ObservedEffect, evidence?: string];

/** One dated entry in an experiment's learning log; entries are listed oldest first. */
export interface LogSpec {
  /** YYYY-MM-DD, within the experiment's start and end dates where they are set. */
  date: string;
  did: string;
  happened: string;
  learned: string;
  next: string;
  measure?: Measure;
  /** A quote, in the words of the person it comes from. */
  story?: string;
  /** Whose view the entry records: resident, practitioner, manager... */
  perspectives: readonly string[];
}

/** An experiment as authored: the model's fields, with touches and log entries written compactly. */
export interface ExperimentSpec extends Pick<Experiment, 'title' | 'hypothesis' | 'owner' | 'scale' | 'status' | 'phase' | 'startDate' | 'endDate'> {
  /** Becomes the id x_<key>, and log ids log_<key>_<n>. Defaults to the slug of the title. */
  key?: string;
  touches: readonly TouchSpec[];
  log?: readonly LogSpec[];
}

export interface MapSpec {
  id: string;
  title: string;
  description: string;
  scale: SystemScale;
  authors: string[];
  outcomes: readonly OutcomeSpec[];
  focal: string;
  actors: readonly ActorSpec[];
  clusters: readonly ClusterSpec[];
  links: readonly LinkSpec[];
  tags?: Readonly<Record<string, readonly string[]>>;
  notes?: readonly NoteSpec[];
  experiments?: readonly ExperimentSpec[];
  /** Top-left corner of every node, by label. */
  positions: ReadonlyMap<string, Position>;
}

export function slug(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Lays labels out in a grid of slots, row by row, with each node centred in
 * its slot. origin is the top-left corner of the first slot.
 */
export function grid(labels: readonly string[], origin: Position, columns: number): Map<string, Position> {
  const out = new Map<string, Position>();
  labels.forEach((label, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    out.set(label, {
      x: Math.round(origin.x + col * SLOT.w + (SLOT.w - NODE_SIZE.w) / 2),
      y: Math.round(origin.y + row * SLOT.h + (SLOT.h - NODE_SIZE.h) / 2),
    });
  });
  return out;
}

/** Top-left corner that puts a node's centre on the given point. */
export function centredAt(x: number, y: number): Position {
  return { x: Math.round(x - NODE_SIZE.w / 2), y: Math.round(y - NODE_SIZE.h / 2) };
}

export function mergePositions(...parts: ReadonlyMap<string, Position>[]): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const part of parts) {
    for (const [label, p] of part) {
      if (out.has(label)) throw new Error(`"${label}" is placed twice`);
      out.set(label, p);
    }
  }
  return out;
}

export const labelsOf = (specs: readonly (readonly [string, ...unknown[]])[]): string[] => specs.map((s) => s[0]);

/**
 * Builds the document. Every cross-reference is by label and is checked here,
 * so a typo in the content stops the build with a message naming it.
 */
export function buildMap(spec: MapSpec): MapDocument {
  const nodes: Record<string, MapNode> = {};
  const idByLabel = new Map<string, string>();

  const place = (label: string): Position => {
    const p = spec.positions.get(label);
    if (!p) throw new Error(`${spec.id}: no position for "${label}"`);
    return p;
  };
  type NodeFields = Pick<MapNode, 'kind' | 'description' | 'clusterId' | 'actorType' | 'factorType'>;
  const add = (label: string, { kind, description, clusterId, actorType, factorType }: NodeFields) => {
    const id = `n_${slug(label)}`;
    if (idByLabel.has(label)) throw new Error(`${spec.id}: "${label}" appears twice`);
    const clash = nodes[id];
    if (clash) throw new Error(`${spec.id}: "${label}" has the same id as "${clash.label}"`);
    idByLabel.set(label, id);
    // Built field by field so the JSON reads in the same order as MapNode.
    nodes[id] = {
      id,
      kind,
      label,
      description,
      ...(actorType ? { actorType } : {}),
      ...(factorType ? { factorType } : {}),
      clusterId,
      tags: [],
      position: place(label),
      notes: [],
    };
  };

  for (const [label, description = ''] of spec.outcomes) add(label, { kind: 'outcome', description, clusterId: null });
  for (const [label, actorType, description = ''] of spec.actors) add(label, { kind: 'actor', actorType, description, clusterId: null });

  const clusters: Record<string, Theme> = {};
  spec.clusters.forEach((c, i) => {
    const colour = CLUSTER_PALETTE[i];
    if (!colour) throw new Error(`${spec.id}: more themes than palette colours`);
    const id = `c_${c.key}`;
    clusters[id] = { id, name: c.name, colour, description: c.description };
    for (const [label, factorType, description = ''] of c.factors) add(label, { kind: 'factor', factorType, description, clusterId: id });
  });

  const idOf = (label: string): string => {
    const id = idByLabel.get(label);
    if (!id) throw new Error(`${spec.id}: no node called "${label}"`);
    return id;
  };

  for (const label of spec.positions.keys()) idOf(label);

  for (const [label, tags] of Object.entries(spec.tags ?? {})) {
    const node = nodes[idOf(label)]!;
    node.tags = [...tags];
  }
  (spec.notes ?? []).forEach((n, i) => {
    const node = nodes[idOf(n.on)]!;
    node.notes.push({
      id: `note_${String(i + 1).padStart(2, '0')}`,
      text: n.text,
      private: n.private ?? false,
      createdAt: EXAMPLE_TIMESTAMP,
    });
  });

  const links: Record<string, Link> = {};
  const pairs = new Set<string>();
  spec.links.forEach(([from, to, polarity, strength, confidence, extras = {}], i) => {
    const source = idOf(from);
    const target = idOf(to);
    if (source === target) throw new Error(`${spec.id}: "${from}" links to itself`);
    const pair = `${source}>${target}`;
    if (pairs.has(pair)) throw new Error(`${spec.id}: "${from}" → "${to}" is listed twice`);
    pairs.add(pair);
    const id = `l_${String(i + 1).padStart(3, '0')}`;
    links[id] = {
      id,
      source,
      target,
      polarity,
      strength,
      confidence,
      delay: extras.delay ?? false,
      label: extras.label ?? '',
      evidence: extras.evidence ?? '',
    };
  });

  const experiments: Record<string, Experiment> = {};
  for (const x of spec.experiments ?? []) {
    const experiment = buildExperiment(spec.id, x, (label) => nodes[idByLabel.get(label) ?? '']);
    if (experiments[experiment.id]) throw new Error(`${spec.id}: two experiments have the id ${experiment.id}`);
    experiments[experiment.id] = experiment;
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    id: spec.id,
    meta: {
      title: spec.title,
      description: spec.description,
      focalNodeId: idOf(spec.focal),
      scale: spec.scale,
      authors: spec.authors,
      createdAt: EXAMPLE_TIMESTAMP,
      updatedAt: EXAMPLE_TIMESTAMP,
    },
    nodes,
    links,
    clusters,
    experiments,
    ...emptySensemaking(),
  };
}

/** YYYY-MM-DD and a real day: 2026-02-30 is refused. */
function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

/**
 * One experiment, with its touches keyed by node id and its log keyed by
 * log_<key>_<n> in the order written. Dates are checked so that the log sits
 * inside the experiment's dates and reads oldest first.
 */
function buildExperiment(mapId: string, x: ExperimentSpec, nodeOf: (label: string) => MapNode | undefined): Experiment {
  const key = x.key ?? slug(x.title);
  const where = `${mapId}: experiment "${x.title}"`;
  for (const date of [x.startDate, x.endDate]) {
    if (date !== '' && !isCalendarDate(date)) throw new Error(`${where}: "${date}" is not a date like 2026-03-31`);
  }
  if (x.startDate && x.endDate && x.endDate < x.startDate) throw new Error(`${where}: ends before it starts`);

  const touches: Record<string, Touch> = {};
  for (const [label, intended, observed, evidence = ''] of x.touches) {
    const node = nodeOf(label);
    if (!node) throw new Error(`${where}: touches "${label}", but no node is called that`);
    if (touches[node.id]) throw new Error(`${where}: touches "${label}" twice`);
    touches[node.id] = { nodeId: node.id, nodeLabel: node.label, intended, observed, evidence };
  }

  const log: Record<string, LogEntry> = {};
  let previous = '';
  (x.log ?? []).forEach((entry, i) => {
    const { date } = entry;
    if (!isCalendarDate(date)) throw new Error(`${where}: log date "${date}" is not a date like 2026-03-31`);
    if ((x.startDate && date < x.startDate) || (x.endDate && date > x.endDate)) {
      throw new Error(`${where}: log entry of ${date} falls outside ${x.startDate || '…'} to ${x.endDate || '…'}`);
    }
    if (date < previous) throw new Error(`${where}: log entry of ${date} is listed after one of ${previous}`);
    previous = date;
    const id = `log_${key}_${i + 1}`;
    log[id] = {
      id,
      date,
      did: entry.did,
      happened: entry.happened,
      learned: entry.learned,
      next: entry.next,
      measure: entry.measure ? { ...entry.measure } : null,
      story: entry.story ?? '',
      perspectives: [...entry.perspectives],
    };
  });

  return {
    id: `x_${key}`,
    title: x.title,
    hypothesis: x.hypothesis,
    owner: x.owner,
    scale: x.scale,
    status: x.status,
    phase: x.phase,
    startDate: x.startDate,
    endDate: x.endDate,
    touches,
    log,
    createdAt: EXAMPLE_TIMESTAMP,
  };
}

/**
 * Layout for the smaller maps: actors in a band across the top, the themes as
 * blocks below them in a few columns (filled top to bottom, then left to
 * right), and the outcomes in a column on the right with the focal outcome
 * first, so influence reads left to right towards it. Several columns of
 * blocks keep the map near the shape of a screen rather than a long strip.
 */
export function flowLayout(opts: {
  actors: readonly string[];
  clusters: readonly (readonly string[])[];
  outcomes: readonly string[];
  /** How many theme blocks to stack in each column of blocks. */
  blocksPerColumn: number;
  /** How many node columns inside each theme block. */
  columnsPerCluster: number;
}): Map<string, Position> {
  const gap = { x: 120, y: 100 };
  const bandTop = SLOT.h + gap.y;
  const parts: Map<string, Position>[] = [];
  let x = 0;
  let bottom = bandTop;
  for (let first = 0; first < opts.clusters.length; first += opts.blocksPerColumn) {
    const stack = opts.clusters.slice(first, first + opts.blocksPerColumn);
    let y = bandTop;
    let widest = 0;
    for (const labels of stack) {
      const columns = Math.min(opts.columnsPerCluster, labels.length);
      parts.push(grid(labels, { x, y }, columns));
      y += Math.ceil(labels.length / columns) * SLOT.h + gap.y;
      widest = Math.max(widest, columns);
    }
    bottom = Math.max(bottom, y - gap.y);
    x += widest * SLOT.w + gap.x;
  }
  const width = x + SLOT.w;
  const pitch = SLOT.h * 1.5;
  const outcomesTop = Math.max(bandTop, bandTop + (bottom - bandTop - opts.outcomes.length * pitch) / 2);
  opts.outcomes.forEach((label, i) => {
    parts.push(grid([label], { x, y: Math.round(outcomesTop + i * pitch) }, 1));
  });
  parts.push(grid(opts.actors, { x: Math.round((width - opts.actors.length * SLOT.w) / 2), y: 0 }, opts.actors.length));
  return mergePositions(...parts);
}
