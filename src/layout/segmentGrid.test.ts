import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';
import { SegmentGrid } from './segmentGrid.ts';

/** Whether two segments cross properly (as the untangling counts crossings). */
function crosses(s: number[], t: number[]): boolean {
  const [ax, ay, bx, by] = s as [number, number, number, number];
  const [cx, cy, dx, dy] = t as [number, number, number, number];
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

describe('segment grid', () => {
  it('finds every segment that crosses a given one, each once, also after segments move and outside its area', () => {
    const random = seededRandom(3);
    const point = () => [Math.round(random() * 1200) - 100, Math.round(random() * 800) - 100];
    const segments = Array.from({ length: 200 }, () => [...point(), ...point()]);
    // Vertical and horizontal ones too, which a column-by-column filing must not lose.
    segments.push([500, 0, 500, 700], [0, 333, 1000, 333], [250, 250, 250, 250]);
    const grid = new SegmentGrid(0, 0, 1000, 600, 12, 12, segments.length);
    segments.forEach((s, i) => grid.set(i, s[0]!, s[1]!, s[2]!, s[3]!));
    for (let i = 0; i < 50; i++) {
      segments[i] = [...point(), ...point()];
      grid.set(i, segments[i]![0]!, segments[i]![1]!, segments[i]![2]!, segments[i]![3]!);
    }
    const out: number[] = [];
    for (const s of segments) {
      const near = grid.near(s[0]!, s[1]!, s[2]!, s[3]!, out);
      expect(new Set(near).size).toBe(near.length);
      for (let j = 0; j < segments.length; j++) if (crosses(s, segments[j]!)) expect(near).toContain(j);
    }
  });

  it('leaves out segments far from the one asked about', () => {
    const grid = new SegmentGrid(0, 0, 100, 100, 10, 10, 2);
    grid.set(0, 0, 0, 5, 5);
    grid.set(1, 90, 90, 95, 95);
    expect(grid.near(0, 5, 5, 0, [])).toEqual([0]);
  });
});
