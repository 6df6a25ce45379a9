import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { indexGraph, nodeNumbers, normalisedStrength } from './graph.ts';

describe('indexGraph', () => {
  const doc = tinyMap([['a', 'b', '+', 3], ['a', 'c'], ['c', 'a'], ['b', 'c']], { nodes: ['z'] });
  const g = indexGraph(doc);
  const outOf = (id: string) => {
    const v = g.index.get(id)!;
    return Array.from(g.outLinks.subarray(g.outStart[v], g.outStart[v + 1]), (e) => g.links[e]!.id);
  };
  const into = (id: string) => {
    const v = g.index.get(id)!;
    return Array.from(g.inLinks.subarray(g.inStart[v], g.inStart[v + 1]), (e) => g.links[e]!.id);
  };

  it('numbers nodes in map order', () => {
    expect(g.ids).toEqual(['z', 'a', 'b', 'c']);
    expect(g.index.get('c')).toBe(3);
  });

  it('lists each node\'s links out and in, in map order', () => {
    expect(outOf('a')).toEqual(['l1', 'l2']);
    expect(into('c')).toEqual(['l2', 'l4']);
    expect(outOf('z')).toEqual([]);
    expect(into('a')).toEqual(['l3']);
  });

  it('builds once per document', () => {
    expect(indexGraph(doc)).toBe(g);
    expect(indexGraph({ ...doc })).not.toBe(g);
  });

  it('leaves out links to missing nodes', () => {
    const broken = { ...doc, links: { ...doc.links, bad: { ...doc.links.l1!, id: 'bad', source: 'gone' } } };
    expect(indexGraph(broken).links.map((l) => l.id)).toEqual(['l1', 'l2', 'l3', 'l4']);
  });

  it('turns ids into numbers, skipping unknown ones and repeats', () => {
    expect(nodeNumbers(g, ['c', 'gone', 'c', 'a'])).toEqual([3, 1]);
  });

  it('scales strength to 0..1', () => {
    expect(normalisedStrength(doc.links.l1!)).toBe(1);
    expect(normalisedStrength({ ...doc.links.l1!, strength: 1 })).toBeCloseTo(1 / 3, 12);
  });
});
