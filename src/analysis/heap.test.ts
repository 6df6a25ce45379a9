import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap.ts';
import { seededRandom } from './random.ts';

describe('MinHeap', () => {
  it('pops by cost, then by fewest hops', () => {
    const heap = new MinHeap();
    heap.push(1, 2, 0);
    heap.push(2, 1, 5);
    heap.push(3, 1, 2);
    heap.push(4, 0.5, 9);
    expect([heap.pop()?.node, heap.pop()?.node, heap.pop()?.node, heap.pop()?.node, heap.pop()]).toEqual([4, 3, 2, 1, undefined]);
  });

  it('sorts many random entries', () => {
    const r = seededRandom(3);
    const heap = new MinHeap();
    const costs = Array.from({ length: 500 }, () => r.int(50));
    costs.forEach((c, i) => heap.push(i, c, r.int(5)));
    const popped: [number, number][] = [];
    while (heap.size) {
      const e = heap.pop()!;
      popped.push([e.cost, e.hops]);
    }
    expect(popped).toHaveLength(500);
    for (let i = 1; i < popped.length; i++) {
      const [c0, h0] = popped[i - 1]!;
      const [c1, h1] = popped[i]!;
      expect(c0 < c1 || (c0 === c1 && h0 <= h1)).toBe(true);
    }
  });
});
