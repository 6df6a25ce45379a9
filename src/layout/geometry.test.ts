import { describe, expect, it } from 'vitest';
import { countCrossings, countOverlaps } from './geometry.ts';
import { packInOrder } from './isotonic.ts';
import { removeOverlaps } from './overlap.ts';

const link = (source: string, target: string) => ({ source, target });

describe('countCrossings', () => {
  const square = { a: { x: 0, y: 0 }, b: { x: 100, y: 100 }, c: { x: 0, y: 100 }, d: { x: 100, y: 0 } };

  it('counts two diagonals of a square as one crossing', () => {
    expect(countCrossings(square, [link('a', 'b'), link('c', 'd')])).toBe(1);
  });

  it('does not count links that share a node, touch, or run side by side', () => {
    expect(countCrossings(square, [link('a', 'b'), link('a', 'd')])).toBe(0);
    expect(countCrossings(square, [link('a', 'c'), link('d', 'b')])).toBe(0);
    expect(countCrossings({ ...square, e: { x: 50, y: 0 } }, [link('a', 'd'), link('e', 'b')])).toBe(0);
  });

  it('counts a link and its reverse once, and ignores links to unknown nodes', () => {
    expect(countCrossings(square, [link('a', 'b'), link('b', 'a'), link('c', 'd'), link('c', 'zz')])).toBe(1);
  });

  it('agrees with checking every pair on a larger drawing', () => {
    const points: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 40; i++) points[`n${i}`] = { x: (i * 37) % 101, y: (i * 53) % 89 };
    const links = Array.from({ length: 60 }, (_, i) => link(`n${i % 40}`, `n${(i * 7 + 3) % 40}`));
    let brute = 0;
    const seen = new Set<string>();
    const unique = links.filter((l) => {
      const key = [l.source, l.target].sort().join();
      if (l.source === l.target || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const side = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const [s, t] = [unique[i]!, unique[j]!];
        if (new Set([s.source, s.target, t.source, t.target]).size < 4) continue;
        const [a, b, c, d] = [points[s.source]!, points[s.target]!, points[t.source]!, points[t.target]!];
        if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) brute++;
      }
    }
    expect(countCrossings(points, links)).toBe(brute);
  });
});

describe('countOverlaps', () => {
  it('counts pairs of boxes that share area, not boxes that only touch', () => {
    expect(countOverlaps([{ x: 0, y: 0 }, { x: 179, y: 63 }])).toBe(1);
    expect(countOverlaps([{ x: 0, y: 0 }, { x: 180, y: 0 }, { x: 0, y: 64 }, { x: 180, y: 64 }])).toBe(0);
    expect(countOverlaps({ a: { x: 0, y: 0 }, b: { x: 0, y: 0 }, c: { x: 10, y: 10 } })).toBe(3);
  });
});

describe('removeOverlaps', () => {
  it('spreads a pile of nodes on one spot, and always the same way', () => {
    const pile: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 60; i++) pile[`n${i}`] = { x: 100, y: 100 };
    const spread = removeOverlaps(pile);
    expect(countOverlaps(spread)).toBe(0);
    expect(removeOverlaps(pile)).toEqual(spread);
  });

  it('never moves fixed nodes, even when they overlap each other', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 20, y: 10 }, c: { x: 10, y: 5 }, d: { x: 5, y: 5 } };
    const out = removeOverlaps(positions, new Set(['a', 'b']));
    expect(out.a).toEqual(positions.a);
    expect(out.b).toEqual(positions.b);
    expect(countOverlaps({ a: out.a!, c: out.c!, d: out.d! })).toBe(0);
    expect(countOverlaps({ b: out.b!, c: out.c!, d: out.d! })).toBe(0);
  });
});

describe('packInOrder', () => {
  it('keeps wishes that are far enough apart and spreads the rest evenly around their mean', () => {
    expect([...packInOrder([0, 100, 300], 50)]).toEqual([0, 100, 300]);
    expect([...packInOrder([0, 0, 0], 10)]).toEqual([-10, 0, 10]);
    expect([...packInOrder([0, 5, 100], 10)]).toEqual([-2.5, 7.5, 100]);
  });
});
