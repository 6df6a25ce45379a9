import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { downstream, upstream } from './reach.ts';

// a → b → c → d, x → c, d → b (a loop back), e is off on its own.
const doc = tinyMap([['a', 'b'], ['b', 'c'], ['c', 'd'], ['x', 'c'], ['d', 'b']], { nodes: ['e'] });
const steps = (r: { nodes: { id: string; steps: number }[] }) => Object.fromEntries(r.nodes.map((n) => [n.id, n.steps]));

describe('upstream', () => {
  it('finds what feeds a node, step by step', () => {
    expect(steps(upstream(doc, ['c']))).toEqual({ c: 0, b: 1, x: 1, a: 2, d: 2 });
    expect(upstream(doc, ['c']).nodes.map((n) => n.id)).toEqual(['c', 'b', 'x', 'a', 'd']);
  });

  it('stops after the given number of steps and keeps only the links on chains that short', () => {
    const one = upstream(doc, ['c'], 1);
    expect(steps(one)).toEqual({ c: 0, b: 1, x: 1 });
    expect(one.linkIds).toEqual(['l2', 'l4']);
    // Two steps add a → b and d → b; c → d is not used, as c → d → b → c takes three.
    expect(upstream(doc, ['c'], 2).linkIds).toEqual(['l1', 'l2', 'l4', 'l5']);
    expect(upstream(doc, ['c'], 3).linkIds).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
  });

  it('gives the chosen nodes alone at 0 steps', () => {
    expect(upstream(doc, ['a', 'c'], 0)).toEqual({ nodes: [{ id: 'a', steps: 0 }, { id: 'c', steps: 0 }], linkIds: [] });
  });

  it('starts from several nodes at once, measuring from the nearest', () => {
    expect(steps(upstream(doc, ['b', 'x']))).toEqual({ b: 0, x: 0, a: 1, d: 1, c: 2 });
  });
});

describe('downstream', () => {
  it('finds what a node feeds, step by step', () => {
    expect(steps(downstream(doc, ['a']))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(downstream(doc, ['a'], 2)).toEqual({
      nodes: [{ id: 'a', steps: 0 }, { id: 'b', steps: 1 }, { id: 'c', steps: 2 }],
      linkIds: ['l1', 'l2'],
    });
  });

  it('finds nothing beyond an isolated node and ignores unknown ids', () => {
    expect(downstream(doc, ['e', 'gone'])).toEqual({ nodes: [{ id: 'e', steps: 0 }], linkIds: [] });
  });
});
