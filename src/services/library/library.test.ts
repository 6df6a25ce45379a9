import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode } from '../../model/operations.ts';
import { memoryLibrary } from './library.ts';

describe('map library', () => {
  it('saves, lists, deletes with a way back, and purges', async () => {
    const lib = memoryLibrary();
    const doc = addNode(newNode('factor', { x: 0, y: 0 })).apply(createMap({ title: 'Debt map' }));
    await lib.save(doc);
    await lib.saveView(doc.id, { x: 1, y: 2, zoom: 0.5 });
    expect(await lib.list()).toEqual([expect.objectContaining({ id: doc.id, title: 'Debt map', nodeCount: 1, deletedAt: null })]);
    const loaded = await lib.load(doc.id);
    expect(loaded).toEqual({ ok: true, doc, view: { x: 1, y: 2, zoom: 0.5 } });

    await lib.remove(doc.id);
    expect((await lib.list())[0]?.deletedAt).not.toBeNull();
    await lib.restore(doc.id);
    expect((await lib.list())[0]?.deletedAt).toBeNull();
    await lib.purge(doc.id);
    expect(await lib.list()).toEqual([]);
  });

  it('saving again keeps the saved view', async () => {
    const lib = memoryLibrary();
    const doc = createMap();
    await lib.save(doc);
    await lib.saveView(doc.id, { x: 5, y: 5, zoom: 2 });
    await lib.save({ ...doc, meta: { ...doc.meta, title: 'Renamed' } });
    const loaded = await lib.load(doc.id);
    expect(loaded?.ok && loaded.view).toEqual({ x: 5, y: 5, zoom: 2 });
  });

  it('reports a stored map that no longer validates instead of opening it', async () => {
    const lib = memoryLibrary();
    const doc = createMap();
    await lib.save({ ...doc, nodes: { x: { id: 'x' } } } as never);
    const loaded = await lib.load(doc.id);
    expect(loaded?.ok).toBe(false);
  });

  it('remembers the last map open', async () => {
    const lib = memoryLibrary();
    expect(await lib.lastOpen()).toBeNull();
    await lib.setLastOpen('map_1');
    expect(await lib.lastOpen()).toBe('map_1');
  });
});
