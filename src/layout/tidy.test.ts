import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../model/operations.ts';
import { buildGraph } from './graph.ts';
import { countOverlaps } from './geometry.ts';
import { tidyLayout } from './tidy.ts';
import { layoutMapSync } from './layoutMap.ts';

function mapAt(points: [number, number][]) {
  let doc = createMap();
  points.forEach(([x, y], i) => (doc = addNode(newNode('factor', { x, y }, { id: `n${i}`, label: `Node ${i}` })).apply(doc)));
  return doc;
}

describe('tidy', () => {
  it('lines up nodes that are nearly in a row or a column and leaves the rest where they were', () => {
    const g = buildGraph(mapAt([[0, 100], [400, 108], [800, 95], [0, 600]]));
    const { x, y } = tidyLayout(g);
    expect(new Set([y[0], y[1], y[2]]).size).toBe(1);
    expect(y[3]).toBe(600);
    expect(x[0]).toBe(0);
    expect(x[3]).toBe(0);
    // Nothing moved more than the alignment distance.
    g.ids.forEach((_, i) => expect(Math.abs(x[i]! - g.x0[i]!) + Math.abs(y[i]! - g.y0[i]!)).toBeLessThanOrEqual(14));
  });

  it('pushes overlapping boxes apart by little, keeping their order', () => {
    const doc = mapAt([[0, 0], [30, 10], [60, 0], [1000, 1000]]);
    const positions = layoutMapSync(doc, { algorithm: 'tidy' });
    expect(countOverlaps(positions)).toBe(0);
    expect(positions.n0!.x).toBeLessThan(positions.n1!.x);
    expect(positions.n1!.x).toBeLessThan(positions.n2!.x);
    expect(positions.n3).toEqual({ x: 1000, y: 1000 });
  });
});
