import { describe, expect, it } from 'vitest';
import { dotTile, gridOffset } from './MapGrid.tsx';

/** Where React Flow's Background drew a dot's centre, in map units: half a gap before each gap, a radius in. */
const DOT_AT = -12 + 0.6;

describe('the dotted grid', () => {
  it('puts its dots at the same places of the map whatever the view, as React Flow’s Background did', () => {
    for (const t of [
      [0, 0, 1],
      [137.25, -48.5, 0.37],
      [-2040, 913.7, 2.4],
      [5, 5, 0.05],
    ] as const) {
      const { gap } = dotTile(t[2]);
      const { x, y } = gridOffset(t, gap);
      // The layer is shifted by less than one gap, backwards, so it always covers the canvas's top-left corner.
      expect(x).toBeGreaterThanOrEqual(-gap);
      expect(x).toBeLessThan(0);
      expect(y).toBeGreaterThanOrEqual(-gap);
      expect(y).toBeLessThan(0);
      // A tile's dot sits a radius in from the tile's corner; in map units, every dot is on the grid's lattice.
      const r = (1.2 * t[2]) / 2;
      for (const [screen, origin] of [
        [x + r, t[0]],
        [y + r, t[1]],
      ] as const) {
        const inMap = (screen - origin) / t[2];
        const phase = (((inMap - DOT_AT) % 24) + 24) % 24;
        expect(Math.min(phase, 24 - phase)).toBeLessThan(1e-6);
      }
    }
  });

  it('draws one dot per tile, the tile a gap wide at that zoom', () => {
    const { image, gap } = dotTile(0.5);
    expect(gap).toBe(12);
    expect(decodeURIComponent(image)).toContain("<circle cx='0.3' cy='0.3' r='0.3' fill='#d5d9e0'/>");
    expect(decodeURIComponent(image)).toContain("width='12' height='12'");
  });
});
