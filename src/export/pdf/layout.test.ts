import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../../model/operations.ts';
import type { MapDocument } from '../../model/types.ts';
import { planFit } from './layout.ts';

/** Nodes in a grid of cols × rows, 240 × 120 apart. */
function gridMap(cols: number, rows: number): MapDocument {
  let doc = createMap({ title: 'Grid' });
  for (let i = 0; i < cols; i++) for (let j = 0; j < rows; j++) doc = addNode(newNode('factor', { x: i * 240, y: j * 120 }, { label: `Factor ${i}.${j}` })).apply(doc);
  return doc;
}

describe('planFit', () => {
  it('without an orientation asked for, picks the one that prints the map larger', () => {
    for (const doc of [gridMap(12, 3), gridMap(2, 24)]) {
      const auto = planFit(doc, { page: 'a3' });
      const other = planFit(doc, { page: 'a3', orientation: auto.page.width > auto.page.height ? 'portrait' : 'landscape' });
      expect(auto.view.k).toBeGreaterThanOrEqual(other.view.k);
    }
    expect(planFit(gridMap(2, 24), { page: 'a3' }).page.height).toBeGreaterThan(planFit(gridMap(2, 24), { page: 'a3' }).page.width);
  });

  it('fills the printable width or height of the sheet with the map', () => {
    const plan = planFit(gridMap(12, 6), { page: 'a3' });
    const inner = plan.page.width - 2 * plan.margin;
    const fillsWidth = plan.mapRect.width > 0.9 * inner;
    const fillsHeight = plan.mapRect.height > 0.55 * plan.page.height;
    expect(fillsWidth || fillsHeight).toBe(true);
  });
});
