import { describe, expect, it } from 'vitest';
import { inward } from './calloutsInside.ts';

describe('inward', () => {
  it('leaves a span that lies inside alone', () => {
    expect(inward(10, 50, 0, 100)).toBe(0);
    expect(inward(0, 100, 0, 100)).toBe(0);
  });
  it('moves a span past either end back inside, by just enough', () => {
    expect(inward(-12, 30, 0, 100)).toBe(12);
    expect(inward(80, 115, 0, 100)).toBe(-15);
  });
  it('leaves a span wider than the room where it is: moving it would only cut the other end', () => {
    expect(inward(-10, 120, 0, 100)).toBe(0);
  });
});
