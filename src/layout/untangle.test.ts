import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { createMap, newNode, addNode, addLink, newLink, addTheme } from '../model/operations.ts';
import { generateMap } from '../analysis/generate.ts';
import { convexHull } from '../draw/hull.ts';
import { countCrossings } from './geometry.ts';
import { seededRandom } from './random.ts';
import { hullForce, hullOf } from './themedForces.ts';
import { untangleWithinThemes } from './untangle.ts';

function square() {
  const theme = { id: 'c_t', name: 'T', colour: '#336699', description: '' };
  const ids = ['a', 'b', 'c', 'd'];
  let doc = addTheme(theme).apply(createMap());
  for (const id of ids) doc = addNode(newNode('factor', { x: 0, y: 0 }, { id, clusterId: 'c_t' })).apply(doc);
  // a-b and c-d: drawn across each other when a, b sit on one diagonal and c, d on the other.
  doc = addLink(newLink('a', 'b', { id: 'l1' })).apply(doc);
  doc = addLink(newLink('c', 'd', { id: 'l2' })).apply(doc);
  return buildGraph(doc);
}

describe('untangling within themes', () => {
  it('swaps nodes of a theme between their places when that takes a crossing away, keeping the set of places', () => {
    const g = square();
    const at = { a: [0, 0], b: [400, 400], c: [400, 0], d: [0, 400] } as Record<string, [number, number]>;
    const x = Float64Array.from(g.ids, (id) => at[id]![0]);
    const y = Float64Array.from(g.ids, (id) => at[id]![1]);
    const saved = untangleWithinThemes(g, x, y);
    expect(saved).toBe(1);
    const places = g.ids.map((_, i) => `${x[i]},${y[i]}`).sort();
    expect(places).toEqual(['0,0', '0,400', '400,0', '400,400']);
  });
});

describe('theme regions in the themed layout', () => {
  it('moves a node of another theme out of a theme’s region', () => {
    const theme = Int32Array.from([0, 0, 0, -1]);
    const nodes = [
      { x: 0, y: 0, vx: 0, vy: 0 },
      { x: 10, y: 0, vx: 0, vy: 0 },
      { x: 5, y: 10, vx: 0, vy: 0 },
      { x: 4, y: 3, vx: 0, vy: 0 },
    ];
    const size = new Float64Array(4).fill(1);
    const force = hullForce(theme, 1, size, size, 1, 0.05);
    force.initialize(nodes);
    force.on = true;
    force(0);
    expect(force.intruders).toBe(1);
    force(0);
    expect(force.intruders).toBe(0);
  });
});

describe('untangling a generated themed map', () => {
  it('reports exactly the crossings it took away, counted afresh', () => {
    const doc = generateMap({ nodes: 60, links: 150, seed: 3 });
    const g = buildGraph(doc);
    const random = seededRandom(5);
    const x = Float64Array.from(g.ids, () => Math.round(random() * 2000));
    const y = Float64Array.from(g.ids, () => Math.round(random() * 1200));
    const positions = () => Object.fromEntries(g.ids.map((id, i) => [id, { x: x[i]!, y: y[i]! }]));
    const links = Object.values(doc.links);
    const before = countCrossings(positions(), links);
    const saved = untangleWithinThemes(g, x, y);
    expect(saved).toBeGreaterThan(0);
    expect(countCrossings(positions(), links)).toBe(before - saved);
  });
});

describe('convex hull of box corners', () => {
  it('keeps the outer corners only, counter-clockwise, as the drawing layer’s hull does', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 20; round++) {
      const count = 1 + Math.floor(random() * 30);
      const px = Float64Array.from({ length: count }, () => Math.round(random() * 50));
      const py = Float64Array.from({ length: count }, () => Math.round(random() * 50));
      const out = new Float64Array(4 * count + 4);
      const corners = hullOf(px, py, new Int32Array(count), out);
      const flat = convexHull(Array.from(px, (x, i) => ({ x, y: py[i]! }))).flatMap((p) => [p.x, p.y]);
      expect(Array.from(out.subarray(0, 2 * corners))).toEqual(flat);
    }
  });

  it('gives the four corners of boxes in a row', () => {
    const px = Float64Array.from([0, 10, 0, 10, 20, 30, 20, 30]);
    const py = Float64Array.from([0, 0, 5, 5, 0, 0, 5, 5]);
    const out = new Float64Array(36);
    const corners = hullOf(px, py, new Int32Array(8), out);
    expect(Array.from(out.subarray(0, 2 * corners))).toEqual([0, 0, 30, 0, 30, 5, 0, 5]);
  });
});
