import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';
import { betweenness } from './betweenness.ts';
import { tinyMap } from './fixtures.ts';
import { generateMap } from './generate.ts';

// graphology-metrics ships CommonJS without an exports map for this file.
const require = createRequire(import.meta.url);
const graphologyBetweenness = require('graphology-metrics/centrality/betweenness') as (
  graph: DirectedGraph,
  options: { getEdgeWeight: null; normalized: boolean },
) => Record<string, number>;

function example(): MapDocument {
  const r = parseMapText(readFileSync(new URL('../../examples/healthy-weight-place.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('example map does not load');
  return r.doc;
}

function viaGraphology(doc: MapDocument, normalized: boolean): Record<string, number> {
  const graph = new DirectedGraph();
  for (const id of Object.keys(doc.nodes)) graph.addNode(id);
  for (const l of Object.values(doc.links)) graph.mergeEdge(l.source, l.target);
  return graphologyBetweenness(graph, { getEdgeWeight: null, normalized });
}

function expectSame(ours: Map<string, number>, theirs: Record<string, number>) {
  expect([...ours.keys()].sort()).toEqual(Object.keys(theirs).sort());
  for (const [id, score] of ours) expect(score, id).toBeCloseTo(theirs[id]!, 9);
}

describe('betweenness', () => {
  it('counts the pairs a node sits between on a chain a → b → c → d', () => {
    // b is between a and c, and a and d; c is between a and d, and b and d.
    const scores = betweenness(tinyMap([['a', 'b'], ['b', 'c'], ['c', 'd']]));
    expect(Object.fromEntries(scores)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it('shares a pair between equally short routes (a diamond)', () => {
    // s → t has two shortest routes, through a and through b: half each.
    const scores = betweenness(tinyMap([['s', 'a'], ['s', 'b'], ['a', 't'], ['b', 't']]));
    expect(Object.fromEntries(scores)).toEqual({ s: 0, a: 0.5, b: 0.5, t: 0 });
  });

  it('scores the hub of a directed star with every pair through it', () => {
    // Three leaves feed the hub, which feeds three more: 3 × 3 pairs pass through it.
    const doc = tinyMap([['a', 'h'], ['b', 'h'], ['c', 'h'], ['h', 'x'], ['h', 'y'], ['h', 'z']]);
    expect(betweenness(doc).get('h')).toBe(9);
    // Normalised by (7 − 1)(7 − 2) = 30 ordered pairs of other nodes.
    expect(betweenness(doc, { normalised: true }).get('h')).toBeCloseTo(9 / 30, 12);
  });

  it('counts a link drawn twice as one route', () => {
    const once = betweenness(tinyMap([['a', 'b'], ['b', 'c'], ['a', 'd'], ['d', 'c']]));
    const twice = betweenness(tinyMap([['a', 'b'], ['b', 'c'], ['b', 'c'], ['a', 'd'], ['d', 'c']]));
    expect(twice).toEqual(once);
  });

  it('gives 0 on maps too small for anything to be between', () => {
    expect(Object.fromEntries(betweenness(tinyMap([['a', 'b']]), { normalised: true }))).toEqual({ a: 0, b: 0 });
    expect(betweenness(tinyMap([])).size).toBe(0);
  });

  it('agrees with graphology-metrics on a textbook graph', () => {
    // Directed graph with loops, parallel shortest routes and an unreachable node.
    const doc = tinyMap(
      [['1', '2'], ['1', '3'], ['2', '4'], ['3', '4'], ['4', '5'], ['5', '1'], ['5', '6'], ['6', '4'], ['3', '6']],
      { nodes: ['7'] },
    );
    expectSame(betweenness(doc), viaGraphology(doc, false));
    expectSame(betweenness(doc, { normalised: true }), viaGraphology(doc, true));
  });

  it('agrees with graphology-metrics on the example map', () => {
    const doc = example();
    expectSame(betweenness(doc), viaGraphology(doc, false));
    expectSame(betweenness(doc, { normalised: true }), viaGraphology(doc, true));
  });

  it('agrees with graphology-metrics on a generated map', () => {
    const doc = generateMap({ nodes: 300, links: 900, clusters: 6, seed: 11 });
    expectSame(betweenness(doc, { normalised: true }), viaGraphology(doc, true));
  });
});
