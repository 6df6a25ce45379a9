import { describe, expect, it } from 'vitest';
import { KeyLabelStore } from './KeyLabels.tsx';

describe('KeyLabelStore', () => {
  it('answers for each node and tells its listeners when the set is replaced, not when it is handed the same set', () => {
    const store = new KeyLabelStore();
    let told = 0;
    store.subscribe(() => told++);
    expect(store.has('a')).toBe(false);
    const next = new Set(['a']);
    store.set(next);
    store.set(next);
    expect(told).toBe(1);
    expect(store.has('a')).toBe(true);
    expect(store.has('b')).toBe(false);
  });
});
