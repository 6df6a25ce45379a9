import { describe, expect, it } from 'vitest';
import { borderPoint, linkCurve, pointOnCurve } from './geometry.ts';

describe('link geometry', () => {
  const box = { x: 0, y: 0, width: 100, height: 50 };

  it('finds where a line to the centre crosses the border', () => {
    expect(borderPoint(box, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(box, { x: 50, y: -500 })).toEqual({ x: 50, y: 0 });
  });

  it('bends A→B and B→A to opposite sides so they do not overlap', () => {
    const other = { x: 400, y: 0, width: 100, height: 50 };
    const ab = linkCurve(box, other);
    const ba = linkCurve(other, box);
    expect(ab.control.y).toBeGreaterThan(25);
    expect(ba.control.y).toBeLessThan(25);
    expect(pointOnCurve(ab, 0).point).toEqual(ab.start);
    expect(pointOnCurve(ab, 1).point).toEqual(ab.end);
  });
});
