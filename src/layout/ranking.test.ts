import { describe, expect, it } from 'vitest';
import { generateMap } from '../analysis/generate.ts';
import { feedbackOrder } from './cycles.ts';
import { buildGraph, distanceToFocal } from './graph.ts';
import { promotedRanks, simplexRanks } from './layered.ts';
import { networkSimplex } from './ranking.ts';

describe('networkSimplex', () => {
  it('pulls a sink forward next to its only cause', () => {
    // a -> b -> c -> d and a -> e: e need not wait in the last column.
    const tail = Int32Array.from([0, 1, 2, 0]);
    const head = Int32Array.from([1, 2, 3, 4]);
    const rank = Int32Array.from([0, 1, 2, 3, 3]);
    networkSimplex(5, tail, head, Float64Array.from([1, 1, 1, 1]), rank, 100);
    expect([...rank]).toEqual([0, 1, 2, 3, 1]);
  });

  it('keeps every link pointing forward and never lengthens the links', () => {
    const g = buildGraph(generateMap({ nodes: 150, links: 450, seed: 3 }));
    const seq = feedbackOrder(g, distanceToFocal(g));
    const promoted = promotedRanks(g, seq);
    const simplex = simplexRanks(g, seq);
    let promotedLength = 0;
    let simplexLength = 0;
    for (let e = 0; e < g.m; e++) {
      const [t, h] = seq[g.src[e]!]! < seq[g.dst[e]!]! ? [g.src[e]!, g.dst[e]!] : [g.dst[e]!, g.src[e]!];
      expect(simplex[h]! - simplex[t]!).toBeGreaterThanOrEqual(1);
      expect(promoted[h]! - promoted[t]!).toBeGreaterThanOrEqual(1);
      promotedLength += (promoted[h]! - promoted[t]!) * g.weight[e]!;
      simplexLength += (simplex[h]! - simplex[t]!) * g.weight[e]!;
    }
    expect(simplexLength).toBeLessThanOrEqual(promotedLength);
    expect(Math.min(...simplex)).toBe(0);
  });
});

describe('feedbackOrder', () => {
  it('puts the focal outcome last and leaves few links pointing backwards', () => {
    const g = buildGraph(generateMap({ nodes: 200, links: 600, seed: 5 }));
    const seq = feedbackOrder(g, distanceToFocal(g));
    expect(seq[g.focal]).toBe(g.n - 1);
    expect(new Set(seq).size).toBe(g.n);
    let backwards = 0;
    for (let e = 0; e < g.m; e++) if (seq[g.src[e]!]! > seq[g.dst[e]!]!) backwards++;
    expect(backwards / g.m).toBeLessThan(0.3);
  });
});
