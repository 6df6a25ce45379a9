import { describe, expect, it } from 'vitest';
import { fadesEveryLink } from './lens.ts';

describe('fadesEveryLink', () => {
  const links = { a: {}, b: {}, c: {} };
  it('is true when every link of the map is faded', () => {
    expect(fadesEveryLink(links, new Set(['a', 'b', 'c']))).toBe(true);
  });
  it('is false when some link is not faded, or none is', () => {
    expect(fadesEveryLink(links, new Set(['a', 'b']))).toBe(false);
    expect(fadesEveryLink(links, new Set())).toBe(false);
  });
  it('counts only the links drawn: a faded link that is not on the map (hidden by a filter) does not matter', () => {
    expect(fadesEveryLink({ a: {} }, new Set(['a', 'gone']))).toBe(true);
  });
});
