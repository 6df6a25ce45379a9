import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import { BoxWatch, watchOf } from './useNodeBox.ts';

/** A stand-in for React Flow's store: just the node lookup the watch reads. */
function fakeStore(nodes: Record<string, { x: number; y: number }>) {
  const listeners = new Set<(s: ReactFlowState) => void>();
  const lookup = new Map<string, unknown>();
  const put = (id: string, p: { x: number; y: number }, dragging = false) =>
    lookup.set(id, { internals: { positionAbsolute: p }, measured: { width: 180, height: 56 }, dragging });
  for (const [id, p] of Object.entries(nodes)) put(id, p);
  const state = () => ({ nodeLookup: lookup }) as unknown as ReactFlowState;
  const store = { getState: state, subscribe: (l: (s: ReactFlowState) => void) => (listeners.add(l), () => listeners.delete(l)) };
  const emit = () => listeners.forEach((l) => l(state()));
  return { store: store as never, put, emit, listeners };
}

describe('the links’ watch over node boxes', () => {
  it('gives the same box object until the box changes, and wakes only the links of the node that moved', () => {
    const f = fakeStore({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 } });
    const watch = new BoxWatch(f.store);
    const first = watch.box('a');
    expect(watch.box('a')).toBe(first);
    let wokeA = 0;
    let wokeB = 0;
    const stopA = watch.watch('a', () => wokeA++);
    const stopB = watch.watch('b', () => wokeB++);
    f.emit(); // a pan: nothing moved
    expect([wokeA, wokeB]).toEqual([0, 0]);
    expect(watch.box('a')).toBe(first);
    f.put('b', { x: 320, y: 10 });
    f.emit();
    expect([wokeA, wokeB]).toEqual([0, 1]);
    expect(watch.box('b')).toMatchObject({ x: 320, y: 10, width: 180, height: 56, dragging: false });
    f.put('a', { x: 0, y: 0 }, true);
    f.emit();
    expect(wokeA).toBe(1);
    expect(watch.box('a')?.dragging).toBe(true);
    stopA();
    stopB();
    expect(f.listeners.size).toBe(0);
  });

  it('reads the store afresh for a node nobody watches yet, and gives null for a node that is gone', () => {
    const f = fakeStore({ a: { x: 0, y: 0 } });
    const watch = new BoxWatch(f.store);
    expect(watch.box('a')?.x).toBe(0);
    f.put('a', { x: 50, y: 0 });
    expect(watch.box('a')?.x).toBe(50);
    expect(watch.box('missing')).toBeNull();
  });

  it('is one watch, with one store listener, for every link of a canvas, though each asks through a wrapper of its own', () => {
    const f = fakeStore({ a: { x: 0, y: 0 }, b: { x: 300, y: 0 } });
    // What useStoreApi gives each component: a new object around the same store's functions.
    const wrapper = () => ({ ...(f.store as object) }) as never;
    const first = watchOf(wrapper());
    expect(watchOf(wrapper())).toBe(first);
    const stops = ['a', 'b', 'a', 'b'].map((id) => watchOf(wrapper()).watch(id, () => {}));
    expect(f.listeners.size).toBe(1);
    for (const stop of stops) stop();
    expect(f.listeners.size).toBe(0);
  });
});
