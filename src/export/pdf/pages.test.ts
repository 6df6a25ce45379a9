import { describe, expect, it } from 'vitest';
import { cellLabel, MM, pageSize, planTiles, rowLetter, tileAt } from './pages.ts';

describe('page sizes', () => {
  it('knows the ISO and US sizes, either way round', () => {
    expect(pageSize('a4', 'portrait').width / MM).toBeCloseTo(210);
    expect(pageSize('a4', 'landscape').width / MM).toBeCloseTo(297);
    expect(pageSize('a0', 'portrait').height / MM).toBeCloseTo(1189);
    expect(pageSize('letter', 'portrait').width).toBeCloseTo(612);
    expect(pageSize('tabloid', 'portrait').height).toBeCloseTo(1224);
  });
});

describe('grid labels', () => {
  it('letters rows like a street map, past Z', () => {
    expect([0, 1, 25, 26, 27].map(rowLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
    expect(cellLabel(1, 1)).toBe('B2');
  });
});

describe('planTiles', () => {
  const page = { width: 500, height: 300 };

  it('uses one page when the poster fits', () => {
    const plan = planTiles(480, 280, page, 10, 20);
    expect(plan.tiles.map((t) => t.label)).toEqual(['A1']);
  });

  it('covers the poster with overlapping pages in reading order', () => {
    // Content 480 × 280, step 460 × 260: 1000 wide needs 3 columns (0, 460, 920), 600 high needs 3 rows.
    const plan = planTiles(1000, 600, page, 10, 20);
    expect([plan.rows, plan.cols]).toEqual([3, 3]);
    expect(plan.tiles.map((t) => t.label)).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3']);
    const last = plan.tiles.at(-1)!;
    expect(last.x + plan.contentWidth).toBeGreaterThanOrEqual(1000);
    expect(last.y + plan.contentHeight).toBeGreaterThanOrEqual(600);
    expect(plan.tiles[1]!.x).toBe(460);
  });

  it('does not add an empty page when the poster fits exactly', () => {
    expect(planTiles(480 + 460, 280, page, 10, 20).cols).toBe(2);
  });

  it('finds the page a point is printed on', () => {
    const plan = planTiles(1000, 600, page, 10, 20);
    expect(tileAt(plan, 10, 10).label).toBe('A1');
    expect(tileAt(plan, 470, 270).label).toBe('B2');
    expect(tileAt(plan, 999, 599).label).toBe('C3');
  });
});
