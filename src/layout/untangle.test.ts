import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.ts';
import { createMap, newNode, addNode, addLink, newLink, addTheme } from '../model/operations.ts';
import { hullForce } from './themedForces.ts';
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
