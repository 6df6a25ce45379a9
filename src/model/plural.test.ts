import { describe, expect, it } from 'vitest';
import { count, plural } from './plural.ts';

describe('count', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(count(1, 'link')).toBe('1 link');
    expect(count(0, 'link')).toBe('0 links');
    expect(count(2, 'path')).toBe('2 paths');
    expect(count(1, 'node')).toBe('1 node');
  });
  it('knows irregular plurals and takes an explicit one', () => {
    expect(count(3, 'touch')).toBe('3 touches');
    expect(plural(2, 'moves')).toBe('move');
    expect(plural(1, 'moves')).toBe('moves');
    expect(count(2, 'mouse', 'mice')).toBe('2 mice');
  });
  it('groups thousands so big counts stay readable', () => {
    expect(count(15000, 'link')).toBe('15,000 links');
  });
});
