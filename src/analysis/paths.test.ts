import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { allPaths } from './paths.ts';

// Two routes from a to d: a → b → d (+, −) and a → c → d (+, +), plus a shortcut a → d (?)
// and a loop d → a that must never be followed back round.
const doc = tinyMap([
  ['a', 'b', '+', 3],
  ['b', 'd', '-', 3],
  ['a', 'c', '+', 1],
  ['c', 'd', '+', 2],
  ['a', 'd', '?', 2],
  ['d', 'a', '+', 2],
]);

describe('allPaths', () => {
  it('finds every simple path, shortest first, then strongest', () => {
    const { paths, truncated } = allPaths(doc, 'a', 'd');
    expect(truncated).toBe(false);
    expect(paths.map((p) => p.linkIds)).toEqual([['l5'], ['l1', 'l2'], ['l3', 'l4']]);
  });

  it('combines the signs along each path', () => {
    const [direct, viaB, viaC] = allPaths(doc, 'a', 'd').paths;
    expect(direct!.sign).toBe('?');
    expect(viaB!.sign).toBe('-');
    expect(viaC!.sign).toBe('+');
  });

  it('multiplies strength / 3 along each path', () => {
    const [direct, viaB, viaC] = allPaths(doc, 'a', 'd').paths;
    expect(direct!.strength).toBeCloseTo(2 / 3, 12);
    expect(viaB!.strength).toBe(1);
    expect(viaC!.strength).toBeCloseTo((1 / 3) * (2 / 3), 12);
  });

  it('says what each path does in plain words', () => {
    const [direct, viaB, viaC] = allPaths(doc, 'a', 'd').paths;
    expect(viaB!.sentence).toBe('more a → less d');
    expect(viaB!.steps).toBe('more a → more b → less d');
    expect(viaC!.sentence).toBe('more a → more d');
    expect(direct!.sentence).toBe('more a → d, in a direction nobody can say');
    expect(viaB!.nodeIds).toEqual(['a', 'b', 'd']);
  });

  it('respects the maximum length', () => {
    expect(allPaths(doc, 'a', 'd', 1).paths.map((p) => p.linkIds)).toEqual([['l5']]);
    expect(allPaths(doc, 'b', 'c', 2).paths).toEqual([]);
    expect(allPaths(doc, 'b', 'c', 3).paths.map((p) => p.linkIds)).toEqual([['l2', 'l6', 'l3']]);
  });

  it('stops at maxPaths and says so', () => {
    expect(allPaths(doc, 'a', 'd', 6, { maxPaths: 2 })).toMatchObject({ truncated: true, paths: [{ length: 1 }, { length: 2 }] });
  });

  it('counts the paths through a grid by hand: 2 × 2 steps right and down make 6', () => {
    // Nodes r{row}{col} in a 3 × 3 grid, links going right and down.
    const links: [string, string][] = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        if (c < 2) links.push([`r${r}${c}`, `r${r}${c + 1}`]);
        if (r < 2) links.push([`r${r}${c}`, `r${r + 1}${c}`]);
      }
    }
    const grid = tinyMap(links);
    expect(allPaths(grid, 'r00', 'r22').paths).toHaveLength(6);
    expect(allPaths(grid, 'r00', 'r22', 3).paths).toHaveLength(0);
  });

  it('finds nothing from a node to itself, or for unknown nodes', () => {
    expect(allPaths(doc, 'a', 'a').paths).toEqual([]);
    expect(allPaths(doc, 'a', 'gone').paths).toEqual([]);
  });
});
