/**
 * Builds stacks of made-up maps with experiments, for tests and the
 * benchmark: deterministic (ids from counters, a seeded pick), so the same
 * call always gives the same stack.
 */
import { createMap, newNode } from '../operations.ts';
import { createStack } from './operations.ts';
import type { StackDocument } from './types.ts';
import {
  OBSERVED_EFFECTS,
  SYSTEM_SCALES,
  type Experiment,
  type Id,
  type IntendedEffect,
  type MapDocument,
  type ObservedEffect,
  type SystemScale,
} from '../types.ts';

const NOW = '2026-01-01T00:00:00.000Z';

export interface TouchSpec {
  node: string;
  intended: IntendedEffect;
  observed: ObservedEffect;
}

/** A map whose nodes are the given labels (ids n_<label>), with experiments touching them. */
export function mapWith(id: Id, scale: SystemScale, labels: string[], experiments: { id: Id; owner?: string; touches: TouchSpec[]; status?: Experiment['status'] }[]): MapDocument {
  const base = createMap({ title: `Map ${id}`, scale }, NOW);
  const nodes = Object.fromEntries(labels.map((label, i) => [`n_${label}`, { ...newNode('factor', { x: i * 220, y: 0 }, { label }), id: `n_${label}` }]));
  const exps = Object.fromEntries(
    experiments.map((e) => [
      e.id,
      {
        id: e.id,
        title: `Experiment ${e.id}`,
        hypothesis: '',
        owner: e.owner ?? 'Team',
        scale,
        status: e.status ?? 'concluded',
        phase: 'experiment',
        startDate: '2026-02-01',
        endDate: '2026-06-30',
        touches: Object.fromEntries(e.touches.map((t) => [`n_${t.node}`, { nodeId: `n_${t.node}`, nodeLabel: t.node, intended: t.intended, observed: t.observed, evidence: '' }])),
        log: {},
        createdAt: NOW,
      } satisfies Experiment,
    ]),
  );
  return { ...base, id, nodes, experiments: exps };
}

/** A seeded pseudo-random generator (mulberry32). */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `mapCount` maps spread over the scales, `experimentCount` experiments in
 * all, each touching 3 to 6 of 40 shared factor names; every factor name is
 * marked the same across the maps that hold it.
 */
export function bigStack(mapCount = 20, experimentCount = 200, seed = 7): { stack: StackDocument; maps: Record<Id, MapDocument> } {
  const rand = seeded(seed);
  const names = Array.from({ length: 40 }, (_, i) => `factor ${i + 1}`);
  const maps: Record<Id, MapDocument> = {};
  let stack = createStack('Big stack', NOW, 'stack_big');
  for (let m = 0; m < mapCount; m++) {
    const id = `map_${m + 1}`;
    const scale = SYSTEM_SCALES[m % SYSTEM_SCALES.length]!;
    const experiments = Array.from({ length: Math.round(experimentCount / mapCount) }, (_, e) => {
      const count = 3 + Math.floor(rand() * 4);
      const picked = new Set<string>();
      while (picked.size < count) picked.add(names[Math.floor(rand() * names.length)]!);
      return {
        id: `x_${m + 1}_${e + 1}`,
        touches: [...picked].map((node, i) => ({
          node,
          intended: (i === 0 ? (rand() < 0.5 ? 'weaken' : 'strengthen') : 'explore') as IntendedEffect,
          observed: OBSERVED_EFFECTS[Math.floor(rand() * 3)]!,
        })),
      };
    });
    maps[id] = mapWith(id, scale, names, experiments);
    stack = { ...stack, maps: { ...stack.maps, [id]: { mapId: id, title: `Map ${id}`, scale, phase: 'experiment' } } };
  }
  const identities = Object.fromEntries(
    names.map((label, i) => [`same_${i}`, { id: `same_${i}`, label, members: Object.keys(maps).map((mapId) => ({ mapId, nodeId: `n_${label}`, label })) }]),
  );
  return { stack: { ...stack, identities }, maps };
}
