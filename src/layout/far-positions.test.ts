/**
 * Layouts must end whatever positions they are handed. The file format bounds
 * positions, but pinned nodes from other code paths (a paste, an import) could
 * still be anywhere: at 1e19, cx + 1 === cx and the grid's neighbour loop never
 * ended, so every layout hung.
 */
import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import type { MapDocument } from '../model/types.ts';
import { layoutMapSync } from './index.ts';
import { BoxGrid, removeOverlaps } from './overlap.ts';

describe('BoxGrid', () => {
  it.each([1e19, -1e19, Infinity, NaN])('finds the boxes near %d and returns', (far) => {
    const grid = new BoxGrid(200, 80);
    grid.add(0, far, far);
    grid.add(1, 100_000, 100_000);
    const seen: number[] = [];
    grid.near(far, far, (j) => seen.push(j));
    expect(seen).toContain(0);
    expect(seen).not.toContain(1);
  });
});

describe('overlap removal at huge coordinates', () => {
  it('separates boxes stacked at 1e19 and ends', () => {
    const out = removeOverlaps({ a: { x: 1e19, y: 1e19 }, b: { x: 1e19, y: 1e19 }, c: { x: 0, y: 0 } });
    expect(out.a).not.toEqual(out.b);
    expect(out.c).toEqual({ x: 0, y: 0 });
  });
});

function farMap(far: number): MapDocument {
  let doc = createMap({ title: 'Far away' });
  for (let i = 0; i < 12; i++) {
    // Every third node is pinned far away; the layouts place the others around them.
    const node = newNode(i === 11 ? 'outcome' : 'factor', { x: 0, y: 0 }, { id: `n${i}`, label: `Node ${i}` });
    doc = addNode({ ...node, position: { x: i % 2 ? far : -far, y: far }, pinned: i % 3 === 0 }).apply(doc);
  }
  for (let i = 0; i < 11; i++) doc = addLink(newLink(`n${i}`, `n${(i * 5 + 1) % 12}`, { id: `l${i}` })).apply(doc);
  return doc;
}

describe('every layout ends on a map pinned at 1e19', () => {
  it.each(['layered', 'clustered', 'radial', 'organic'] as const)('%s', (algorithm) => {
    const doc = farMap(1e19);
    const pinned = new Set(Object.values(doc.nodes).filter((n) => n.pinned).map((n) => n.id));
    const positions = layoutMapSync(doc, { algorithm, pinned });
    expect(Object.keys(positions).sort()).toEqual(Object.keys(doc.nodes).filter((id) => !pinned.has(id)).sort());
    for (const p of Object.values(positions)) expect(Number.isNaN(p.x) || Number.isNaN(p.y)).toBe(false);
  });
});
