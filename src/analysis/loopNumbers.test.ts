import { describe, expect, it } from 'vitest';
import { findLoops, loopKey } from './loops.ts';
import { loopFromLinks, loopTag, numberedLoops } from './loopNumbers.ts';
import type { MapDocument, Polarity } from '../model/types.ts';
import { createMap } from '../model/operations.ts';

function map(links: [string, string, string, Polarity][]): MapDocument {
  const doc = createMap();
  const nodes: MapDocument['nodes'] = {};
  for (const [, s, t] of links) for (const id of [s, t]) nodes[id] ??= { id, kind: 'factor', label: id.toUpperCase(), position: { x: 0, y: 0 } } as MapDocument['nodes'][string];
  const ls: MapDocument['links'] = {};
  for (const [id, source, target, polarity] of links) ls[id] = { id, source, target, polarity, strength: 2 } as MapDocument['links'][string];
  return { ...doc, nodes, links: ls };
}

describe('numberedLoops', () => {
  const doc = map([
    ['l1', 'a', 'b', '+'],
    ['l2', 'b', 'a', '+'],
    ['l3', 'b', 'c', '-'],
    ['l4', 'c', 'a', '+'],
    ['l5', 'c', 'b', '+'],
  ]);
  const loops = findLoops(doc).loops;

  it('numbers named loops within each kind, shortest first, rebuilt from their keys', () => {
    const named = { ...doc, loopNames: Object.fromEntries(loops.map((l, i) => [l.key, `Loop ${i}`])) };
    const out = numberedLoops(named);
    expect(out.map((l) => l.tag).sort()).toEqual(['B1', 'B2', 'R1']);
    const r1 = out.find((l) => l.tag === 'R1')!;
    expect(r1.nodeIds.sort()).toEqual(['a', 'b']);
    expect(loopTag(out, r1.key, 'R')).toBe('R1');
    expect(loopTag(out, 'unnamed', 'B')).toBe('B');
  });

  it('leaves out names whose loop a deletion broke, and blank names', () => {
    const key = loopKey({ linkIds: ['l1', 'l2'] });
    const { l2: _gone, ...links } = doc.links;
    expect(numberedLoops({ ...doc, links, loopNames: { [key]: 'Gone' } })).toEqual([]);
    expect(numberedLoops({ ...doc, loopNames: { [key]: '  ' } })).toEqual([]);
  });

  it('knows a loop from its links and refuses an open chain', () => {
    expect(loopFromLinks(doc, ['l3', 'l4', 'l1'])?.kind).toBe('B');
    expect(loopFromLinks(doc, ['l1', 'l3'])).toBeNull();
    expect(loopFromLinks(doc, [])).toBeNull();
  });
});
