/**
 * Small hand-built maps for the analysis tests: a list of links written as
 * [from, to, polarity, strength], so each test's answer can be counted by hand.
 * Node ids double as labels.
 */
import { emptySensemaking } from '../model/sensemaking.ts';
import type { Link, MapDocument, MapNode, NodeKind, Polarity } from '../model/types.ts';

export type LinkSpec = [source: string, target: string, polarity?: Polarity, strength?: number, id?: string];

export interface TinyMapOptions {
  /** Nodes to add even if no link mentions them, e.g. an isolated node. */
  nodes?: string[];
  /** The focal outcome; it becomes an outcome node. */
  focal?: string;
  kinds?: Record<string, NodeKind>;
}

export function tinyMap(specs: LinkSpec[], options: TinyMapOptions = {}): MapDocument {
  const order: string[] = [...(options.nodes ?? [])];
  for (const [s, t] of specs) for (const id of [s, t]) if (!order.includes(id)) order.push(id);
  const nodes: Record<string, MapNode> = {};
  order.forEach((id, i) => {
    const kind = options.kinds?.[id] ?? (id === options.focal ? 'outcome' : 'factor');
    nodes[id] = { id, kind, label: id, description: '', clusterId: null, tags: [], position: { x: i * 200, y: 0 }, notes: [] };
  });
  const links: Record<string, Link> = {};
  specs.forEach(([source, target, polarity = '+', strength = 2, given], i) => {
    const id = given ?? `l${i + 1}`;
    links[id] = { id, source, target, polarity, strength, confidence: 'medium', delay: false, label: '', evidence: '' };
  });
  return {
    schemaVersion: 3,
    id: 'tiny',
    meta: {
      title: 'Tiny map',
      description: '',
      focalNodeId: options.focal ?? null,
      scale: 'team',
      authors: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    nodes,
    links,
    clusters: {},
    experiments: {},
    ...emptySensemaking(),
  };
}
