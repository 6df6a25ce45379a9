import { createRequire } from 'node:module';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { generateMap } from './generate.ts';
import { keyFactors, leverageOf, roleOf, sortKeyFactors, type KeyFactor } from './measures.ts';

const require = createRequire(import.meta.url);
const weighted = require('graphology-metrics/node/weighted-degree') as {
  weightedInDegree(graph: MultiDirectedGraph, node: string, weight: string): number;
  weightedOutDegree(graph: MultiDirectedGraph, node: string, weight: string): number;
};

// p drives q and r strongly; q and r both drive o; o feeds weakly back to p.
const doc = tinyMap([
  ['p', 'q', '+', 3],
  ['p', 'r', '-', 3],
  ['q', 'o', '+', 2],
  ['r', 'o', '-', 2],
  ['o', 'p', '+', 1],
], { nodes: ['lonely'], focal: 'o' });

const row = (rows: KeyFactor[], id: string) => rows.find((r) => r.id === id)!;

describe('keyFactors', () => {
  const rows = keyFactors(doc);

  it('gives one row per node, in map order', () => {
    expect(rows.map((r) => r.id)).toEqual(['lonely', 'p', 'q', 'r', 'o']);
  });

  it('counts links and strengths in and out', () => {
    expect(row(rows, 'p')).toMatchObject({ inDegree: 1, outDegree: 2, weightedIn: 1, weightedOut: 6 });
    expect(row(rows, 'o')).toMatchObject({ inDegree: 2, outDegree: 1, weightedIn: 4, weightedOut: 1 });
    expect(row(rows, 'q')).toMatchObject({ inDegree: 1, outDegree: 1, weightedIn: 3, weightedOut: 2 });
    expect(row(rows, 'lonely')).toMatchObject({ inDegree: 0, outDegree: 0, weightedIn: 0, weightedOut: 0, betweenness: 0 });
  });

  it('names drivers, receivers and the rest', () => {
    expect(row(rows, 'p').role).toBe('driver');
    expect(row(rows, 'o').role).toBe('receiver');
    expect(row(rows, 'q').role).toBe('ordinary');
    expect(row(rows, 'lonely').role).toBe('ordinary');
  });

  it('scores leverage as weighted out / (1 + weighted in)', () => {
    expect(row(rows, 'p').leverage).toBe(3);
    expect(row(rows, 'o').leverage).toBe(0.2);
    expect(row(rows, 'lonely').leverage).toBe(0);
  });

  it('includes betweenness, raw and normalised', () => {
    // Shortest routes, counted by hand: p → o goes through q or r (½ each);
    // q → p, r → p go through o; q → r and r → q through o then p;
    // o → q and o → r through p. So p and o lie between 4 pairs each.
    expect(row(rows, 'p').betweenness).toBe(4);
    expect(row(rows, 'o').betweenness).toBe(4);
    expect(row(rows, 'q').betweenness).toBe(0.5);
    expect(row(rows, 'r').betweenness).toBe(0.5);
    expect(row(rows, 'p').betweennessNormalised).toBeCloseTo(4 / (4 * 3), 12);
  });

  it('matches graphology-metrics for weighted degrees on a generated map', () => {
    const big = generateMap({ nodes: 150, links: 450, seed: 3 });
    const graph = new MultiDirectedGraph();
    for (const id of Object.keys(big.nodes)) graph.addNode(id);
    for (const l of Object.values(big.links)) graph.addEdge(l.source, l.target, { strength: l.strength });
    for (const r of keyFactors(big)) {
      expect(r.weightedIn).toBe(weighted.weightedInDegree(graph, r.id, 'strength'));
      expect(r.weightedOut).toBe(weighted.weightedOutDegree(graph, r.id, 'strength'));
      expect(r.inDegree).toBe(graph.inDegree(r.id));
      expect(r.outDegree).toBe(graph.outDegree(r.id));
    }
  });
});

describe('roles and leverage', () => {
  it('needs twice as much out as in to be a driver, and the other way round for a receiver', () => {
    expect(roleOf(1, 2)).toBe('driver');
    expect(roleOf(1, 1.9)).toBe('ordinary');
    expect(roleOf(0, 1)).toBe('driver');
    expect(roleOf(4, 2)).toBe('receiver');
    expect(roleOf(0, 0)).toBe('ordinary');
    expect(roleOf(1, 3, 4)).toBe('ordinary');
  });

  it('never divides by zero', () => {
    expect(leverageOf(0, 6)).toBe(6);
  });
});

describe('sortKeyFactors', () => {
  const rows = keyFactors(doc);
  it('puts the largest first, breaking ties by label', () => {
    expect(sortKeyFactors(rows).map((r) => r.id)).toEqual(['o', 'p', 'q', 'r', 'lonely']);
    expect(sortKeyFactors(rows, 'leverage').map((r) => r.id)).toEqual(['p', 'q', 'r', 'o', 'lonely']);
    expect(sortKeyFactors(rows, 'in').map((r) => r.id)).toEqual(['o', 'p', 'q', 'r', 'lonely']);
  });

  it('sorts labels A to Z', () => {
    expect(sortKeyFactors(rows, 'label').map((r) => r.id)).toEqual(['lonely', 'o', 'p', 'q', 'r']);
  });

  it('leaves the input alone', () => {
    sortKeyFactors(rows, 'label');
    expect(rows.map((r) => r.id)).toEqual(['lonely', 'p', 'q', 'r', 'o']);
  });
});
