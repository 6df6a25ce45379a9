import { describe, expect, it } from 'vitest';
import type { Box } from '../geometry.ts';
import { insideBox, segmentHitsBox } from './obstacles.ts';
import { routeAll } from './routeMap.ts';
import { coarseCell, gridCells } from './grid.ts';
import { along, linkShape } from './shape.ts';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 56 });
const hits = (samples: readonly { x: number; y: number }[], b: Box) => samples.some((p, i) => i > 0 && segmentHitsBox(samples[i - 1]!, p, b, 0));

describe('link routing', () => {
  const boxes = new Map([
    ['a', box(0, 0)],
    ['b', box(800, 0)],
    ['wall', box(400, 20)],
  ]);

  it('bends a link round a box in its way instead of through it', () => {
    const routes = routeAll(boxes, [{ id: 'ab', source: 'a', target: 'b' }]);
    const shape = linkShape(boxes.get('a')!, boxes.get('b')!, routes.get('ab'));
    expect(hits(linkShape(boxes.get('a')!, boxes.get('b')!).samples, boxes.get('wall')!)).toBe(true);
    expect(hits(shape.samples, boxes.get('wall')!)).toBe(false);
    // It still starts and ends on the borders of its own boxes.
    expect(shape.start.x).toBeCloseTo(182, 0);
    expect(shape.end.x).toBeLessThanOrEqual(800);
  });

  it('keeps A→B and B→A apart, and two links the same way apart', () => {
    const open = new Map([...boxes].filter(([id]) => id !== 'wall'));
    const links = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'ba', source: 'b', target: 'a' },
      { id: 'ab2', source: 'a', target: 'b' },
    ];
    const routes = routeAll(open, links);
    const mid = (id: string, s: string, t: string) => along(linkShape(open.get(s)!, open.get(t)!, routes.get(id)), 0.5).point;
    const ys = [mid('ab', 'a', 'b').y, mid('ba', 'b', 'a').y, mid('ab2', 'a', 'b').y];
    for (let i = 0; i < 3; i++) for (let j = i + 1; j < 3; j++) expect(Math.abs(ys[i]! - ys[j]!)).toBeGreaterThan(10);
  });

  it('puts the polarity mark where no box covers it', () => {
    const routes = routeAll(boxes, [{ id: 'ab', source: 'a', target: 'b' }]);
    const shape = linkShape(boxes.get('a')!, boxes.get('b')!, routes.get('ab'));
    const mark = along(shape, routes.get('ab')!.markAt).point;
    for (const b of boxes.values()) expect(insideBox(mark, b, 8)).toBe(false);
  });
});

describe('a link across a big map', () => {
  // Rows of boxes as a layered layout leaves them (48 px between rows, 60 between boxes), and one link from a
  // corner to the far corner, 3,000 px long: too twisted for the quick search, too long for the fine grid.
  const field = new Map<string, Box>();
  for (let r = 0; r < 12; r++) for (let c = 0; c < 12; c++) field.set(`n${r}_${c}`, box(c * 240 + (r % 2) * 120, r * 104));
  const from = 'n0_0';
  const to = 'n11_11';

  it('goes round the boxes in its way on a coarser grid instead of straight through them', () => {
    const routes = routeAll(field, [{ id: 'long', source: from, target: to }]);
    const shape = linkShape(field.get(from)!, field.get(to)!, routes.get('long'));
    expect(Math.hypot(shape.end.x - shape.start.x, shape.end.y - shape.start.y)).toBeGreaterThan(1600);
    const through = [...field].filter(([id, b]) => id !== from && id !== to && hits(shape.samples, b)).map(([id]) => id);
    expect(through).toEqual([]);
  });
});

describe('grid cells', () => {
  it('are 4 px for an ordinary link, coarser for a long one, and the grid stays small', () => {
    expect(coarseCell({ x: 0, y: 0 }, { x: 300, y: 0 }, 160)).toBe(4);
    const a = { x: 0, y: 0 };
    const b = { x: 6000, y: 3000 };
    const cell = coarseCell(a, b, 160);
    expect(cell).toBeGreaterThan(4);
    expect(gridCells(a, b, 160, cell)).toBeLessThanOrEqual(62_000);
  });
});
