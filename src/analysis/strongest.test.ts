import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { generateMap } from './generate.ts';
import { allPaths } from './paths.ts';
import { influencesOnOutcome, strongestPath } from './strongest.ts';

// Into the outcome o: a strong two-link route a → b → o (3, 3, with one −),
// a weak direct link a → o (1), and c → a (2). x only touches o from the far side.
const doc = tinyMap(
  [
    ['a', 'b', '+', 3],
    ['b', 'o', '-', 3],
    ['a', 'o', '+', 1],
    ['c', 'a', '+', 2],
    ['o', 'x', '+', 3],
  ],
  { focal: 'o' },
);

describe('strongestPath', () => {
  it('prefers two strong links to one weak one', () => {
    const path = strongestPath(doc, 'a', 'o')!;
    expect(path.linkIds).toEqual(['l1', 'l2']);
    expect(path.strength).toBe(1);
    expect(path.sign).toBe('-');
    expect(path.sentence).toBe('more a → less o');
  });

  it('takes the weak link when the limit allows only one', () => {
    expect(strongestPath(doc, 'a', 'o', 1)!.linkIds).toEqual(['l3']);
    expect(strongestPath(doc, 'c', 'o', 2)!.linkIds).toEqual(['l4', 'l3']);
    expect(strongestPath(doc, 'c', 'o', 3)!.linkIds).toEqual(['l4', 'l1', 'l2']);
  });

  it('prefers the shorter of two equally strong chains', () => {
    const tie = tinyMap([['a', 'b', '+', 3], ['b', 'c', '+', 3], ['a', 'c', '+', 3]]);
    expect(strongestPath(tie, 'a', 'c')!.linkIds).toEqual(['l3']);
    expect(strongestPath(tie, 'a', 'c', 2)!.linkIds).toEqual(['l3']);
  });

  it('returns null when there is no chain, or none short enough', () => {
    expect(strongestPath(doc, 'o', 'a')).toBeNull();
    expect(strongestPath(doc, 'c', 'o', 1)).toBeNull();
    expect(strongestPath(doc, 'a', 'gone')).toBeNull();
  });

  it('agrees with the strongest of all paths on a generated map, with and without a limit', () => {
    const big = generateMap({ nodes: 60, links: 180, clusters: 3, seed: 21 });
    const ids = Object.keys(big.nodes);
    for (let i = 1; i < 15; i++) {
      const from = ids[i]!;
      const to = ids[0]!;
      for (const limit of [3, 5]) {
        const every = allPaths(big, from, to, limit, { maxPaths: 100_000 }).paths;
        const best = Math.max(0, ...every.map((p) => p.strength));
        const found = strongestPath(big, from, to, limit);
        expect(found?.strength ?? 0).toBeCloseTo(best, 12);
        if (found) expect(found.length).toBeLessThanOrEqual(limit);
      }
      // Without a limit Dijkstra runs; a limit of n − 2 links runs the round-by-round search instead.
      expect(strongestPath(big, from, to)?.strength).toBeCloseTo(strongestPath(big, from, to, 58)?.strength ?? -1, 12);
    }
  });
});

describe('influencesOnOutcome', () => {
  it('ranks every node with a chain into the focal outcome by its strongest chain', () => {
    const rows = influencesOnOutcome(doc);
    expect(rows.map((r) => [r.nodeId, r.sign, r.length, Number(r.strength.toFixed(4))])).toEqual([
      ['b', '-', 1, 1],
      ['a', '-', 2, 1],
      ['c', '-', 3, 0.6667],
    ]);
  });

  it('limits the chains to a length', () => {
    expect(influencesOnOutcome(doc, 'o', 1).map((r) => [r.nodeId, r.sign])).toEqual([
      ['b', '-'],
      ['a', '+'],
    ]);
  });

  it('works for any outcome and gives nothing without one', () => {
    expect(influencesOnOutcome(doc, 'x').map((r) => r.nodeId)).toEqual(['o', 'b', 'a', 'c']);
    expect(influencesOnOutcome({ ...doc, meta: { ...doc.meta, focalNodeId: null } })).toEqual([]);
  });
});
