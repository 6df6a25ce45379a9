/**
 * Deterministic test maps of any size, shaped like real system maps: a focal
 * outcome, themes of factors, actors outside themes, most links pointing
 * toward the focal outcome and some pointing back to make loops.
 * For tests and measurements only.
 */
import { CLUSTER_PALETTE } from '../model/palette.ts';
import type { Cluster, Link, MapDocument, MapNode, NodeKind } from '../model/types.ts';
import { SCHEMA_VERSION } from '../model/types.ts';
import { seededRandom } from './random.ts';

export interface TestMapSpec {
  nodes: number;
  links: number;
  clusters: number;
  seed: number;
}

const STAMP = '2026-01-01T00:00:00.000Z';

export function generateTestMap(spec: TestMapSpec): MapDocument {
  const random = seededRandom(spec.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const n = Math.max(1, spec.nodes);

  const clusters: Record<string, Cluster> = {};
  for (let c = 0; c < spec.clusters; c++) {
    const id = `c${c}`;
    clusters[id] = { id, name: `Theme ${c + 1}`, colour: CLUSTER_PALETTE[c % CLUSTER_PALETTE.length]!, description: '' };
  }

  // Each node gets a hidden depth: how far it sits from the focal outcome.
  const depth: number[] = [];
  const clusterOf: (string | null)[] = [];
  const nodes: Record<string, MapNode> = {};
  const columns = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++) {
    let kind: NodeKind = 'factor';
    let clusterId: string | null = spec.clusters ? `c${pick(spec.clusters)}` : null;
    if (i === 0 || (i < 3 && n > 10)) {
      kind = 'outcome';
      clusterId = null;
    } else if (random() < 0.1) {
      kind = 'actor';
      clusterId = null;
    }
    depth.push(i === 0 ? 0 : kind === 'outcome' ? 1 : kind === 'actor' ? 4 + pick(3) : 1 + pick(6));
    clusterOf.push(clusterId);
    const id = `n${i}`;
    nodes[id] = {
      id,
      kind,
      label: `${kind} ${i}`,
      description: '',
      ...(kind === 'actor' ? { actorType: 'organisation' as const } : {}),
      ...(kind === 'factor' ? { factorType: 'condition' as const } : {}),
      clusterId,
      tags: [],
      position: { x: (i % columns) * 240 + pick(40), y: Math.floor(i / columns) * 120 + pick(30) },
      notes: [],
    };
  }

  const links: Record<string, Link> = {};
  const used = new Set<string>();
  const byDepth = new Map<number, number[]>();
  depth.forEach((d, i) => byDepth.set(d, [...(byDepth.get(d) ?? []), i]));
  const add = (s: number, t: number) => {
    const key = `${s}>${t}`;
    if (s === t || used.has(key) || used.size >= spec.links) return;
    used.add(key);
    const id = `l${used.size - 1}`;
    links[id] = {
      id,
      source: `n${s}`,
      target: `n${t}`,
      polarity: random() < 0.7 ? '+' : '-',
      strength: 1 + pick(3),
      confidence: 'medium',
      delay: false,
      label: '',
      evidence: '',
    };
  };
  const near = (s: number, d: number): number => {
    const pool = byDepth.get(d) ?? [0];
    // Links stay inside a theme about a third of the time, as in real maps.
    if (random() < 0.35 && clusterOf[s] !== null) {
      for (let tries = 0; tries < 8; tries++) {
        const t = pool[pick(pool.length)]!;
        if (clusterOf[t] === clusterOf[s]) return t;
      }
    }
    return pool[pick(pool.length)]!;
  };
  const closest = (d: number) => {
    for (let k = d; k >= 0; k--) if (byDepth.has(k)) return k;
    return 0;
  };
  // One link per node toward the focal outcome, so every node can reach it.
  for (let i = 1; i < n; i++) add(i, near(i, closest(depth[i]! - 1)));
  for (let guard = 0; used.size < spec.links && guard < spec.links * 20; guard++) {
    const s = pick(n);
    const r = random();
    const d = depth[s]!;
    const target = r < 0.65 ? closest(d - 1) : r < 0.85 ? d : Math.min(6, d + 1 + pick(2));
    add(s, near(s, byDepth.has(target) ? target : closest(target)));
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    id: `test-map-${spec.nodes}-${spec.links}-${spec.seed}`,
    meta: { title: `Test map ${spec.nodes}/${spec.links}`, description: '', focalNodeId: 'n0', scale: 'place', authors: [], createdAt: STAMP, updatedAt: STAMP },
    nodes,
    links,
    clusters,
    experiments: {},
  };
}
