import { describe, expect, it } from 'vitest';
import { countOf } from './count.ts';

describe('countOf', () => {
  it('counts the records of a collection, and a new collection anew', () => {
    const nodes = { a: 1, b: 2 };
    expect(countOf(nodes)).toBe(2);
    expect(countOf({ ...nodes, c: 3 })).toBe(3);
    expect(countOf({})).toBe(0);
  });
});
