import { describe, expect, it } from 'vitest';
import { NODE_MIN_HEIGHT, NODE_SCALE_MAX, NODE_WIDTH, nodeScale, nodeScales, scaledNodeSize } from './nodeSize.ts';

describe('sizing nodes by a measure', () => {
  it('draws the largest value at the upper bound and nothing at 1×', () => {
    expect(nodeScale(10, 10)).toBe(NODE_SCALE_MAX);
    expect(nodeScale(0, 10)).toBe(1);
  });

  it('stays within 1× to 1.6× whatever it is given', () => {
    for (const [v, m] of [[-3, 10], [30, 10], [Number.NaN, 10], [5, 0], [5, Number.POSITIVE_INFINITY], [Number.POSITIVE_INFINITY, 5]] as const) {
      const s = nodeScale(v, m);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(NODE_SCALE_MAX);
    }
  });

  it('grows with the value, faster among small values (square root of the share)', () => {
    expect(nodeScale(2.5, 10)).toBeCloseTo(1 + 0.6 * 0.5);
    expect(nodeScale(1, 10)).toBeLessThan(nodeScale(2, 10));
    expect(nodeScale(2, 10)).toBeLessThan(nodeScale(9, 10));
  });

  it('scales every node against the largest on the map', () => {
    const scales = nodeScales(new Map([['a', 0], ['b', 4], ['c', 16]]));
    expect(scales.get('a')).toBe(1);
    expect(scales.get('b')).toBeCloseTo(1.3);
    expect(scales.get('c')).toBe(NODE_SCALE_MAX);
  });

  it('keeps every node at 1× when no node has any of the measure', () => {
    expect([...nodeScales(new Map([['a', 0], ['b', 0]])).values()]).toEqual([1, 1]);
  });

  it('gives the least box at a scale from the one node size', () => {
    expect(scaledNodeSize()).toEqual({ width: NODE_WIDTH, height: NODE_MIN_HEIGHT });
    expect(scaledNodeSize(1.5)).toEqual({ width: NODE_WIDTH * 1.5, height: NODE_MIN_HEIGHT * 1.5 });
  });
});
