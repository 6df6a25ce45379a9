import { describe, expect, it } from 'vitest';
import { tinyMap } from '../analysis/fixtures.ts';
import { keyFactors } from '../analysis/measures.ts';
import { sizeValues } from './sizeBy.ts';

// p drives q and r; both drive o; o feeds back to p; one node with no links.
const rows = keyFactors(
  tinyMap([
    ['p', 'q', '+', 3],
    ['p', 'r', '-', 3],
    ['q', 'o', '+', 2],
    ['r', 'o', '-', 2],
    ['o', 'p', '+', 1],
  ], { nodes: ['lonely'], focal: 'o' }),
);

describe('size nodes by', () => {
  it('counts links in and out together', () => {
    expect(Object.fromEntries(sizeValues(rows, 'links'))).toEqual({ lonely: 0, p: 3, q: 2, r: 2, o: 3 });
  });

  it('takes betweenness and leverage from the key factors as they are', () => {
    const between = sizeValues(rows, 'betweenness');
    const leverage = sizeValues(rows, 'leverage');
    for (const r of rows) {
      expect(between.get(r.id)).toBe(r.betweenness);
      expect(leverage.get(r.id)).toBe(r.leverage);
    }
    // p and o are the bridges of the loop; q and r each carry only half of it.
    expect(between.get('p')!).toBeGreaterThan(between.get('q')!);
    expect(between.get('lonely')).toBe(0);
  });
});
