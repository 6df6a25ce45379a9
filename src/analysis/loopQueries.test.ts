import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { countLoops, filterLoops, findLoopByKey, sortLoops } from './loopQueries.ts';
import { findLoops } from './loops.ts';

// Three loops: a⇄b (R, strong), b→c→b (B, weak), a→b→c→o→a (unclear, through the focal outcome o).
const doc = tinyMap(
  [
    ['a', 'b', '+', 3],
    ['b', 'a', '+', 3],
    ['b', 'c', '-', 1],
    ['c', 'b', '+', 1],
    ['c', 'o', '+', 2],
    ['o', 'a', '?', 2],
  ],
  { focal: 'o' },
);
const loops = findLoops(doc).loops;
const keys = (ls: { key: string }[]) => ls.map((l) => l.key);

describe('loop queries', () => {
  it('counts each kind', () => {
    expect(countLoops(loops)).toEqual({ R: 1, B: 1, unclear: 1, total: 3 });
  });

  it('filters by kind, by node and by the focal outcome', () => {
    expect(keys(filterLoops(doc, loops, { kinds: ['R', 'B'] }))).toEqual(expect.arrayContaining(['l1,l2', 'l3,l4']));
    expect(filterLoops(doc, loops, { kinds: ['unclear'] })).toHaveLength(1);
    expect(keys(filterLoops(doc, loops, { throughNode: 'a' })).sort()).toEqual(['l1,l2', 'l1,l3,l5,l6']);
    expect(keys(filterLoops(doc, loops, { throughFocal: true }))).toEqual(['l1,l3,l5,l6']);
    expect(filterLoops(doc, loops, { throughFocal: true, kinds: ['R'] })).toEqual([]);
    expect(filterLoops({ ...doc, meta: { ...doc.meta, focalNodeId: null } }, loops, { throughFocal: true })).toEqual([]);
  });

  it('sorts by length, then strength', () => {
    expect(keys(sortLoops(loops, 'length'))).toEqual(['l1,l2', 'l3,l4', 'l1,l3,l5,l6']);
  });

  it('sorts by strength, strongest first', () => {
    // Strengths: a⇄b 1; the four-link loop (1 · 1/3 · 2/3 · 2/3)^(1/4) ≈ 0.62; b⇄c 1/3.
    expect(keys(sortLoops(loops, 'strength'))).toEqual(['l1,l2', 'l1,l3,l5,l6', 'l3,l4']);
  });

  it('finds a loop again by its saved key', () => {
    expect(findLoopByKey(loops, 'l3,l4')?.nodeIds).toEqual(['b', 'c']);
    expect(findLoopByKey(loops, 'l9,l8')).toBeUndefined();
  });
});
