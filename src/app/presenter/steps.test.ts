import { describe, expect, it } from 'vitest';
import { stepFor } from './steps.ts';

describe('presentation keys', () => {
  it('step forward and back, stopping at the ends', () => {
    expect(stepFor('ArrowRight', 0, 5)).toBe(1);
    expect(stepFor('PageDown', 4, 5)).toBe(4);
    expect(stepFor(' ', 1, 5)).toBe(2);
    expect(stepFor('ArrowLeft', 1, 5)).toBe(0);
    expect(stepFor('PageUp', 0, 5)).toBe(0);
  });

  it('jump to the ends, leave with Escape, and leave other keys alone', () => {
    expect(stepFor('Home', 3, 5)).toBe(0);
    expect(stepFor('End', 0, 5)).toBe(4);
    expect(stepFor('Escape', 2, 5)).toBeNull();
    expect(stepFor('a', 2, 5)).toBeUndefined();
  });
});
