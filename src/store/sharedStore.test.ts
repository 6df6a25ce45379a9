import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, createMap, newNode, removeElements, renameNode } from '../model/operations.ts';
import { SharedMap } from '../sync/index.ts';
import { createMapStore } from './mapStore.ts';

/** A store in a room, and a collaborator's SharedMap on the same room (updates exchanged directly). */
function room() {
  const base = [addNode(newNode('factor', { x: 0, y: 0 }, { id: 'n_a', label: 'A' })), addNode(newNode('factor', { x: 200, y: 0 }, { id: 'n_b', label: 'B' }))].reduce(
    (d, op) => op.apply(d),
    createMap({ title: 'Room' }),
  );
  const mine = new SharedMap(new Y.Doc());
  const theirs = new SharedMap(new Y.Doc());
  mine.ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(theirs.ydoc, u, 'remote'));
  theirs.ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(mine.ydoc, u, 'remote'));
  mine.share(base);
  const store = createMapStore();
  mine.subscribe((doc) => doc && store.getState().showShared(doc));
  store.getState().openShared(mine, mine.doc!);
  return { store, theirs };
}

describe('the store in a room', () => {
  it('sends edits through the room and shows the collaborator’s', () => {
    const { store, theirs } = room();
    store.getState().dispatch(renameNode('n_a', 'Mine'));
    expect(theirs.doc!.nodes.n_a!.label).toBe('Mine');
    theirs.apply(renameNode('n_b', 'Theirs'));
    expect(store.getState().doc.nodes.n_b!.label).toBe('Theirs');
  });

  it('undoes only my own change, and names it for the toolbar', () => {
    const { store, theirs } = room();
    store.getState().dispatch(renameNode('n_a', 'Mine'));
    theirs.apply(renameNode('n_b', 'Theirs'));
    expect(store.getState().history.past.at(-1)?.name).toBe('Rename');
    store.getState().undo();
    expect(store.getState().doc.nodes.n_a!.label).toBe('A');
    expect(store.getState().doc.nodes.n_b!.label).toBe('Theirs');
    expect(store.getState().history.future[0]?.name).toBe('Rename');
  });

  it('drops from my selection what a collaborator deleted', () => {
    const { store, theirs } = room();
    store.getState().select({ nodeIds: ['n_a', 'n_b'] });
    store.getState().setEditing('n_a');
    theirs.apply(removeElements(['n_a']));
    expect(store.getState().selection.nodeIds).toEqual(['n_b']);
    expect(store.getState().editingNodeId).toBeNull();
  });

  it('changes nothing while read-only', () => {
    const { store, theirs } = room();
    store.getState().setReadOnly('The facilitator has locked the map.');
    store.getState().dispatch(renameNode('n_a', 'Blocked'));
    expect(theirs.doc!.nodes.n_a!.label).toBe('A');
    expect(store.getState().doc.nodes.n_a!.label).toBe('A');
  });

  it('leaves the room when another map is opened', () => {
    const { store } = room();
    store.getState().openDocument(createMap());
    expect(store.getState().shared).toBeNull();
    store.getState().dispatch(addNode(newNode('actor', { x: 0, y: 0 })));
    expect(store.getState().history.past).toHaveLength(1);
  });
});
