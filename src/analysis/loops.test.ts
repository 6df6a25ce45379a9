import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';
import { tinyMap, type LinkSpec } from './fixtures.ts';
import { findLoops, loopKey, type Loop } from './loops.ts';

function example(): MapDocument {
  const r = parseMapText(readFileSync(new URL('../../examples/healthy-weight-place.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('example map does not load');
  return r.doc;
}

/** Every ordered pair of distinct nodes linked once: the complete directed graph. */
function complete(names: string[]): LinkSpec[] {
  return names.flatMap((a) => names.filter((b) => b !== a).map((b): LinkSpec => [a, b]));
}

/** A slow, obviously correct count: every simple path that returns to its start, deduplicated by key. */
function bruteForceKeys(doc: MapDocument, maxLength: number): Set<string> {
  const out = new Map<string, string[]>();
  for (const l of Object.values(doc.links)) out.set(l.source, [...(out.get(l.source) ?? []), l.id]);
  const keys = new Set<string>();
  const extend = (start: string, node: string, visited: string[], linkIds: string[]) => {
    for (const id of out.get(node) ?? []) {
      const target = doc.links[id]!.target;
      if (target === start) keys.add(loopKey({ linkIds: [...linkIds, id] }));
      else if (!visited.includes(target) && linkIds.length + 1 < maxLength) extend(start, target, [...visited, target], [...linkIds, id]);
    }
  };
  for (const id of Object.keys(doc.nodes)) extend(id, id, [id], []);
  return keys;
}

const only = (loops: Loop[]) => {
  expect(loops).toHaveLength(1);
  return loops[0]!;
};

describe('findLoops', () => {
  it('finds a reinforcing triangle once, with its nodes and links in order', () => {
    const loop = only(findLoops(tinyMap([['a', 'b'], ['b', 'c'], ['c', 'a']])).loops);
    expect(loop).toMatchObject({ nodeIds: ['a', 'b', 'c'], linkIds: ['l1', 'l2', 'l3'], length: 3, kind: 'R', negativeLinks: 0, key: 'l1,l2,l3' });
  });

  it('calls a loop with one − link balancing and with two reinforcing', () => {
    expect(only(findLoops(tinyMap([['a', 'b'], ['b', 'c', '-'], ['c', 'a']])).loops).kind).toBe('B');
    expect(only(findLoops(tinyMap([['a', 'b', '-'], ['b', 'c', '-'], ['c', 'a']])).loops).kind).toBe('R');
  });

  it('calls a loop unclear when any link is ?', () => {
    expect(only(findLoops(tinyMap([['a', 'b', '-'], ['b', 'a', '?']])).loops).kind).toBe('unclear');
  });

  it('counts the 20 loops of four nodes all linked to each other (6 pairs, 8 triangles, 6 of four)', () => {
    const doc = tinyMap(complete(['a', 'b', 'c', 'd']));
    const lengths = findLoops(doc).loops.map((l) => l.length);
    expect(lengths.filter((n) => n === 2)).toHaveLength(6);
    expect(lengths.filter((n) => n === 3)).toHaveLength(8);
    expect(lengths.filter((n) => n === 4)).toHaveLength(6);
    expect(findLoops(doc, { maxLength: 3 }).loops).toHaveLength(14);
    expect(findLoops(doc, { maxLength: 1 }).loops).toHaveLength(0);
  });

  it('treats two links between the same pair as two different loops', () => {
    const loops = findLoops(tinyMap([['a', 'b', '+', 2, 'x'], ['a', 'b', '-', 2, 'y'], ['b', 'a', '+', 2, 'z']])).loops;
    expect(loops.map((l) => `${l.key} ${l.kind}`).sort()).toEqual(['x,z R', 'y,z B']);
  });

  it('finds no loops in a chain or a tree', () => {
    expect(findLoops(tinyMap([['a', 'b'], ['b', 'c'], ['a', 'c']])).loops).toEqual([]);
  });

  it('scores strength as the geometric mean of strength / 3', () => {
    const loop = only(findLoops(tinyMap([['a', 'b', '+', 3], ['b', 'c', '+', 3], ['c', 'a', '+', 1]])).loops);
    expect(loop.strength).toBeCloseTo(Math.cbrt(1 / 3), 12);
    expect(only(findLoops(tinyMap([['a', 'b', '+', 3], ['b', 'a', '+', 3]])).loops).strength).toBe(1);
  });

  it('gives a loop the same key and reading order whatever order the map lists its nodes and links in', () => {
    const specs: LinkSpec[] = [['a', 'b', '+', 2, 'l9'], ['b', 'c', '+', 2, 'l2'], ['c', 'a', '-', 2, 'l5']];
    const forwards = only(findLoops(tinyMap(specs)).loops);
    const backwards = only(findLoops(tinyMap([...specs].reverse(), { nodes: ['c', 'b', 'a'] })).loops);
    expect(backwards).toEqual(forwards);
    expect(forwards.key).toBe('l2,l5,l9');
    expect(forwards.nodeIds).toEqual(['b', 'c', 'a']);
  });

  it('makes keys that cannot collide when ids contain commas', () => {
    expect(loopKey({ linkIds: ['a,b', 'c'] })).not.toBe(loopKey({ linkIds: ['a', 'b,c'] }));
    expect(loopKey({ linkIds: ['l3', 'l1', 'l2'] })).toBe('l1,l2,l3');
  });

  it('stops at maxLoops and says so', () => {
    const result = findLoops(tinyMap(complete(['a', 'b', 'c', 'd'])), { maxLoops: 5 });
    expect(result.loops).toHaveLength(5);
    expect(result).toMatchObject({ truncated: true, truncatedBy: 'maxLoops' });
    expect(result.reason).toMatch(/5 loops/);
  });

  it('stops when the time is up and keeps what it found', () => {
    let t = 0;
    const clock = () => t++;
    const result = findLoops(tinyMap(complete(['a', 'b', 'c', 'd', 'e', 'f', 'g'])), { maxMillis: 3, now: clock });
    expect(result).toMatchObject({ truncated: true, truncatedBy: 'maxMillis' });
    expect(result.reason).toMatch(/3 ms/);
    expect(result.loops.length).toBeGreaterThan(0);
    expect(result.loops.every((l) => l.nodeIds.includes('a') || l.nodeIds.includes('b') || l.nodeIds.includes('c'))).toBe(true);
  });

  it('reports a complete search as not truncated', () => {
    expect(findLoops(tinyMap([['a', 'b'], ['b', 'a']]))).toMatchObject({ truncated: false, truncatedBy: null, reason: null, maxLength: 6 });
  });

  it('refuses a maximum length below 1', () => {
    expect(() => findLoops(tinyMap([]), { maxLength: 0 })).toThrow(RangeError);
  });

  it('ignores links to nodes that are not in the map', () => {
    const doc = tinyMap([['a', 'b'], ['b', 'a']]);
    const broken = { ...doc, links: { ...doc.links, l3: { ...doc.links.l1!, id: 'l3', target: 'gone' } } };
    expect(findLoops(broken).loops).toHaveLength(1);
  });

  it('finds exactly the loops a brute-force search finds in the example map', () => {
    const doc = example();
    const found = findLoops(doc);
    expect(found.truncated).toBe(false);
    const keys = found.loops.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(bruteForceKeys(doc, 6));
  });
});
