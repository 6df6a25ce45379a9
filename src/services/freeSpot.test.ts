import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../model/operations.ts';
import type { MapDocument, Position } from '../model/types.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';
import { freeSpot } from './actions.ts';

const place = (doc: MapDocument, p: Position) => addNode(newNode('factor', freeSpot(doc, p))).apply(doc);
const boxesOverlap = (a: Position, b: Position) => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_MIN_HEIGHT;

describe('freeSpot', () => {
  it('keeps the spot asked for when it is free', () => {
    expect(freeSpot(createMap(), { x: 40, y: 70 })).toEqual({ x: 40, y: 70 });
  });

  it('gathers nodes added at one spot round it, none on another, instead of a column', () => {
    let doc = createMap();
    for (let i = 0; i < 9; i++) doc = place(doc, { x: 0, y: 0 });
    const spots = Object.values(doc.nodes).map((n) => n.position);
    for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
    // Nine nodes: a three-by-three block round the spot, not nine rows.
    expect(new Set(spots.map((p) => p.y)).size).toBe(3);
    expect(new Set(spots.map((p) => p.x)).size).toBe(3);
  });

  it('keeps clear of the focal outcome’s larger box', () => {
    const focal = newNode('outcome', { x: 0, y: 0 });
    let doc = addNode(focal).apply(createMap());
    doc = { ...doc, meta: { ...doc.meta, focalNodeId: focal.id } };
    const spot = freeSpot(doc, { x: 0, y: 10 });
    const clear = spot.y >= NODE_MIN_HEIGHT * 2 || spot.y + NODE_MIN_HEIGHT <= 0 || Math.abs(spot.x) >= NODE_WIDTH;
    expect(clear).toBe(true);
  });
});
