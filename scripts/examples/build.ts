/**
 * Shared pieces for the example maps: the compact forms the content is
 * written in, and the one function that turns them into a MapDocument.
 * Everything here is deterministic (no random ids, no clock) so that running
 * the generator twice gives byte-identical files.
 */
import { CLUSTER_PALETTE } from '../../src/model/palette.ts';
import {
  SCHEMA_VERSION,
  type ActorType,
  type Cluster,
  type Confidence,
  type FactorType,
  type Link,
  type MapDocument,
  type MapNode,
  type Polarity,
  type Position,
  type SystemScale,
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

  const clusters: Record<string, Cluster> = {};
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

  return {
    schemaVersion: SCHEMA_VERSION,
    experiments: {},
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
