import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../model/operations.ts';
import type { Voice } from '../model/types.ts';
import { createMapStore } from './mapStore.ts';

const sam: Voice = { personId: 'person-sam-1', name: 'Sam', perspectiveId: 'p_lived' };

describe('the map store stamps my voice on local changes only', () => {
  it('stamps what I add, not what an opened file or a restore brings, and undo takes it away', () => {
    const store = createMapStore(undefined, () => sam);
    const mine = newNode('factor', { x: 0, y: 0 }, { label: 'Mine' });
    store.getState().dispatch(addNode(mine));
    expect(store.getState().doc.nodes[mine.id]!.voice).toEqual(sam);
    store.getState().undo();
    expect(store.getState().doc.nodes[mine.id]).toBeUndefined();

    const opened = addNode(newNode('factor', { x: 0, y: 0 }, { label: 'From a file' })).apply(createMap());
    store.getState().openDocument(opened);
    expect(Object.values(store.getState().doc.nodes).map((n) => n.voice)).toEqual([undefined]);

    const restored = newNode('factor', { x: 0, y: 0 }, { label: 'From a version' });
    store.getState().dispatch(addNode(restored), { stamp: false });
    expect(store.getState().doc.nodes[restored.id]!.voice).toBeUndefined();
  });

  it('in a room, stamps inside the operation the room applies, and leaves collaborators changes alone', () => {
    const store = createMapStore(undefined, () => sam);
    let roomDoc = createMap();
    const shared = {
      apply(op: { apply(d: typeof roomDoc): typeof roomDoc }) {
        roomDoc = op.apply(roomDoc);
        store.getState().showShared(roomDoc);
        return true;
      },
      undo: () => null,
      redo: () => null,
      undoName: () => null,
      redoName: () => null,
    };
    store.getState().openShared(shared, roomDoc);
    const mine = newNode('factor', { x: 0, y: 0 });
    store.getState().dispatch(addNode(mine));
    expect(roomDoc.nodes[mine.id]!.voice).toEqual(sam);
    const theirs = newNode('factor', { x: 0, y: 0 });
    store.getState().showShared(addNode(theirs).apply(roomDoc));
    expect(store.getState().doc.nodes[theirs.id]!.voice).toBeUndefined();
  });
});
