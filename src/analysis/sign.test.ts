import { describe, expect, it } from 'vitest';
import { combineSigns, loopKindOf } from './sign.ts';

describe('combineSigns', () => {
  it('keeps the direction through an even number of − links', () => {
    expect(combineSigns([])).toBe('+');
    expect(combineSigns(['+', '+'])).toBe('+');
    expect(combineSigns(['-', '+', '-'])).toBe('+');
  });

  it('reverses it through an odd number', () => {
    expect(combineSigns(['-'])).toBe('-');
    expect(combineSigns(['-', '-', '-', '+'])).toBe('-');
  });

  it('is unknown as soon as one link is', () => {
    expect(combineSigns(['-', '?', '-'])).toBe('?');
  });
});

describe('loopKindOf', () => {
  it('names reinforcing, balancing and unclear loops', () => {
    expect(loopKindOf(['+', '+', '+'])).toBe('R');
    expect(loopKindOf(['-', '-'])).toBe('R');
    expect(loopKindOf(['+', '-'])).toBe('B');
    expect(loopKindOf(['+', '?'])).toBe('unclear');
  });
});
