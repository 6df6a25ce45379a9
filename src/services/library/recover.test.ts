/**
 * Edits survive a closed or killed tab: a session edits and dies before any
 * IndexedDB write (no timer ever runs), and a new session over the same
 * stores and the same localStorage finds the edit.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addNode, newNode, updateMeta } from '../../model/operations.ts';
import { boot, type BootDeps } from '../maps.ts';
import { createSession } from '../session.ts';
import { createJournal } from './journal.ts';
import { memoryKeyValue, type KeyValue } from './keyValue.ts';
import { openBrowserLibrary, openLibrary } from './library.ts';
import { replayJournal } from './recover.ts';
import { fakeLocalStorage, flakyKeyValue } from './testing/fakes.ts';

function browser() {
  const maps = flakyKeyValue(memoryKeyValue());
  const versions: KeyValue = memoryKeyValue();
  const storage = fakeLocalStorage();
  const deps = (): BootDeps => ({ openLibrary: () => openLibrary(() => maps.kv, () => versions), journal: createJournal(storage) });
  return { maps, storage, deps };
}

const labels = (doc: { nodes: Record<string, { label: string }> }) => Object.values(doc.nodes).map((n) => n.label);

describe('recovery on start-up', () => {
  it('an edit made just before the tab died is there on reopening', async () => {
    const b = browser();
    const first = createSession();
    const autosave = await boot(first, b.deps());
    // Let boot's own writes land, then edit while IndexedDB never answers again (the process is gone).
    await new Promise((r) => setTimeout(r, 400));
    b.maps.hangForever();
    first.map.getState().dispatch(addNode({ ...newNode('factor', { x: 1, y: 2 }), label: 'Typed just before the crash' }));
    autosave.stop();
    const id = first.map.getState().doc.id;

    const maps = b.maps.inner;
    const again = browser();
    // Same disk: the same IndexedDB contents and localStorage.
    for (const [k, v] of await maps.entries()) await again.maps.inner.set(k, v);
    for (const [k, v] of b.storage.data) again.storage.data.set(k, v);
    const second = createSession();
    await boot(second, again.deps());
    expect(second.map.getState().doc.id).toBe(id);
    expect(labels(second.map.getState().doc)).toContain('Typed just before the crash');
    // Written back to the library, and the journal cleared once autosave has written the open map.
    await new Promise((r) => setTimeout(r, 400));
    const loaded = await second.library.getState().library.load(id);
    expect(loaded?.ok && labels(loaded.doc)).toContain('Typed just before the crash');
    expect(createJournal(again.storage).entries()).toEqual([]);
  });

  it('a stale journal entry never overwrites newer work in the library', async () => {
    const { library } = await openLibrary(() => memoryKeyValue(), () => memoryKeyValue());
    const storage = fakeLocalStorage();
    const journal = createJournal(storage);
    const s = createSession(library);
    const old = s.map.getState().doc;
    journal.write(old, Date.parse(old.meta.updatedAt));
    const newer = updateMeta({ title: 'Renamed later, elsewhere' }).apply(old);
    await library.save({ ...newer, meta: { ...newer.meta, updatedAt: new Date(Date.parse(old.meta.updatedAt) + 60_000).toISOString() } });
    expect((await replayJournal(library, createJournal(storage))).size).toBe(0);
    const loaded = await library.load(old.id);
    expect(loaded?.ok && loaded.doc.meta.title).toBe('Renamed later, elsewhere');
    expect(storage.data.size).toBe(0);
  });

  it('an undo just before the crash comes back too (the journal time, not the map’s, decides)', async () => {
    const { library } = await openLibrary(() => memoryKeyValue(), () => memoryKeyValue());
    const s = createSession(library);
    const before = s.map.getState().doc;
    s.map.getState().dispatch(updateMeta({ title: 'Changed' }));
    await library.save(s.map.getState().doc);
    s.map.getState().undo();
    const storage = fakeLocalStorage();
    createJournal(storage).write(s.map.getState().doc, Date.now() + 1);
    await replayJournal(library, createJournal(storage));
    const loaded = await library.load(before.id);
    expect(loaded?.ok && loaded.doc.meta.title).toBe(before.meta.title);
  });
});

describe('opening the browser’s storage', () => {
  it('opens IndexedDB and keeps maps across opens', async () => {
    const first = await openBrowserLibrary();
    expect(first.problem).toBeNull();
    const s = createSession(first.library);
    await first.library.save(s.map.getState().doc);
    const second = await openBrowserLibrary();
    expect((await second.library.load(s.map.getState().doc.id))?.ok).toBe(true);
  });

  it('a database that never answers (blocked by another window) gives a memory library and says so in plain words', async () => {
    const flaky = flakyKeyValue();
    flaky.hangForever();
    const s = createSession();
    await boot(s, { openLibrary: () => openLibrary(() => flaky.kv, () => memoryKeyValue(), 50), journal: createJournal(fakeLocalStorage()) });
    expect(s.library.getState().library.persistent).toBe(false);
    expect(s.saveStatus.getState()).toMatchObject({ state: 'unavailable', detail: expect.stringMatching(/did not answer.*another tab/) });
    expect(s.library.getState().ready).toBe(true);
  });

  it('refused storage is described, and the journal still brings the map back after a reload', async () => {
    const refused = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    const storage = fakeLocalStorage();
    const first = createSession();
    const autosave = await boot(first, { openLibrary: () => openLibrary(refused, () => memoryKeyValue()), journal: createJournal(storage) });
    expect(first.saveStatus.getState().detail).toMatch(/does not let pages keep data/);
    first.map.getState().dispatch(updateMeta({ title: 'Kept by the journal' }));
    autosave.stop();
    const second = createSession();
    await boot(second, { openLibrary: () => openLibrary(refused, () => memoryKeyValue()), journal: createJournal(storage) });
    expect(second.map.getState().doc.meta.title).toBe('Kept by the journal');
  });

  it('asks the browser to keep the library and records its answer', async () => {
    const s = createSession();
    await boot(s, {
      openLibrary: () => openLibrary(() => memoryKeyValue(), () => memoryKeyValue()),
      journal: createJournal(null),
      storageManager: { persisted: async () => false, persist: async () => true },
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(s.library.getState().keeping).toBe('persistent');
  });
});
