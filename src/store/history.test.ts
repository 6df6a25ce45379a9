import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode, renameNode } from '../model/operations.ts';
import { createMapStore, type MapStore } from './mapStore.ts';

let mapStore: MapStore;
const reset = () => {
  mapStore = createMapStore();
  mapStore.getState().openDocument(createMap());
};

describe('undo and redo', () => {
  it('undoes and redoes every change, in order', () => {
    reset();
    const store = mapStore.getState();
    const a = newNode('factor', { x: 0, y: 0 }, { label: 'A' });
    const b = newNode('factor', { x: 0, y: 100 }, { label: 'B' });
    store.dispatch(addNode(a));
    store.dispatch(addNode(b));
    store.dispatch(renameNode(a.id, 'A2'));
    expect(mapStore.getState().doc.nodes[a.id]?.label).toBe('A2');
    store.undo();
    expect(mapStore.getState().doc.nodes[a.id]?.label).toBe('A');
    store.undo();
    expect(mapStore.getState().doc.nodes[b.id]).toBeUndefined();
    store.redo();
    store.redo();
    expect(mapStore.getState().doc.nodes[a.id]?.label).toBe('A2');
    expect(mapStore.getState().history.future).toHaveLength(0);
  });

  it('a new change after undo clears the redo list', () => {
    reset();
    const store = mapStore.getState();
    const a = newNode('factor', { x: 0, y: 0 });
    store.dispatch(addNode(a));
    store.undo();
    store.dispatch(addNode(newNode('actor', { x: 0, y: 0 })));
    expect(mapStore.getState().history.future).toHaveLength(0);
  });

  it('merges a burst of typing in one field into one undo step', () => {
    reset();
    const store = mapStore.getState();
    const a = newNode('factor', { x: 0, y: 0 }, { label: '' });
    store.dispatch(addNode(a));
    for (const label of ['S', 'St', 'Str', 'Stress']) store.dispatch(renameNode(a.id, label), { coalesceKey: `node:${a.id}:label` });
    expect(mapStore.getState().history.past).toHaveLength(2);
    store.undo();
    expect(mapStore.getState().doc.nodes[a.id]?.label).toBe('');
  });

  it('a no-op operation leaves history alone, and undo prunes a selection that no longer exists', () => {
    reset();
    const store = mapStore.getState();
    store.dispatch(renameNode('missing', 'x'));
    expect(mapStore.getState().history.past).toHaveLength(0);
    const a = newNode('factor', { x: 0, y: 0 });
    store.dispatch(addNode(a), { select: { nodeIds: [a.id] } });
    expect(mapStore.getState().selection.nodeIds).toEqual([a.id]);
    store.undo();
    expect(mapStore.getState().selection.nodeIds).toEqual([]);
  });

  it('stamps updatedAt on every change', () => {
    reset();
    const before = mapStore.getState().doc.meta.updatedAt;
    mapStore.getState().dispatch(addNode(newNode('factor', { x: 0, y: 0 })));
    expect(mapStore.getState().doc.meta.updatedAt >= before).toBe(true);
  });
});
