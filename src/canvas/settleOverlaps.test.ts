import { describe, expect, it } from 'vitest';
import { settleOverlaps } from './settleOverlaps.ts';

const box = (w: number, h: number) => ({ width: w, height: h });

describe('settling overlaps with real node sizes', () => {
  it('moves a node down just clear of a taller neighbour above it', () => {
    const sizes = (id: string) => (id === 'tall' ? box(180, 130) : box(180, 56));
    const out = settleOverlaps({ tall: { x: 0, y: 0 }, below: { x: 0, y: 76 } }, sizes);
    expect(out.tall).toEqual({ x: 0, y: 0 });
    expect(out.below).toEqual({ x: 0, y: 142 });
  });

  it('leaves nodes that do not overlap where they are, and never moves fixed nodes', () => {
    const sizes = () => box(180, 56);
    const out = settleOverlaps({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 10 } }, sizes, { pin: { x: 0, y: 100 } });
    expect(out.a).toEqual({ x: 0, y: 0 });
    expect(out.b).toEqual({ x: 300, y: 0 });
    expect(out.pin).toBeUndefined();
    // c overlaps a, then the pinned node below it: it ends below both.
    expect(out.c).toEqual({ x: 0, y: 168 });
  });
});
