/** Storage that tells the truth: each failure is simulated with a store that fails on purpose. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addNode, createMap, newNode, updateMeta } from '../../model/operations.ts';
import { SharedMap } from '../../sync/index.ts';
import { createSession, type Session } from '../session.ts';
import { startAutosave } from './autosave.ts';
import { createJournal } from './journal.ts';
import { libraryOver } from './library.ts';
import { memoryKeyValue } from './keyValue.ts';
import { fakeLocalStorage, flakyKeyValue, quotaError } from './testing/fakes.ts';

const labels = (doc: { nodes: Record<string, { label: string }> } | undefined) => Object.values(doc?.nodes ?? {}).map((n) => n.label).sort();

function setUp() {
  const flaky = flakyKeyValue();
  const library = libraryOver(flaky.kv, memoryKeyValue(), true);
  const s: Session = createSession(library);
  const storage = fakeLocalStorage();
  const journal = createJournal(storage);
  const autosave = startAutosave(s, library, { journal, retryDelaysMs: [1000, 2000, 4000] });
  return { s, flaky, library, storage, journal, autosave };
}

const add = (s: Session, label: string) => s.map.getState().dispatch(addNode({ ...newNode('factor', { x: 0, y: 0 }), label }));
const stored = async (t: ReturnType<typeof setUp>, id: string) => {
  const loaded = await t.library.load(id);
  return loaded?.ok ? loaded.doc : undefined;
};

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('journals an edit in the same task, then writes it and clears the journal', async () => {
    const t = setUp();
    const id = t.s.map.getState().doc.id;
    add(t.s, 'Rent arrears');
    expect(t.journal.entries().map((e) => e.mapId)).toEqual([id]);
    expect(t.s.saveStatus.getState().state).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    expect(labels(await stored(t, id))).toEqual(['Rent arrears']);
    expect(t.journal.entries()).toEqual([]);
    expect(t.s.saveStatus.getState().state).toBe('saved');
  });

  it('writes the first edit after a pause at once, and folds edits made during a write into the next', async () => {
    const t = setUp();
    const id = t.s.map.getState().doc.id;
    add(t.s, 'At once');
    // The write starts in the next task (not the edit's own, which it would hold back on a big map).
    vi.advanceTimersByTime(0);
    add(t.s, 'During the write');
    await vi.advanceTimersByTimeAsync(0);
    expect(labels(await stored(t, id))).toEqual(['At once']);
    await vi.advanceTimersByTimeAsync(30);
    expect(labels(await stored(t, id))).toEqual(['At once', 'During the write']);
    expect(t.flaky.writes.filter((k) => k.startsWith('map:'))).toHaveLength(2);
  });

  it('a full disk is shown at once, the edit is kept and retried with growing pauses, and the saved copy is untouched', async () => {
    const t = setUp();
    const id = t.s.map.getState().doc.id;
    add(t.s, 'Saved before');
    await vi.advanceTimersByTimeAsync(300);

    t.flaky.failWith(quotaError);
    add(t.s, 'After the disk filled');
    await vi.advanceTimersByTimeAsync(300);
    const status = t.s.saveStatus.getState();
    expect(status.state).toBe('failed');
    expect(status.detail).toBe('the space this browser gives System Canvas is full');
    // The saved copy is the last good one, and the new edit waits in the journal and in memory.
    expect(labels(await stored(t, id))).toEqual(['Saved before']);
    expect(t.journal.entries()).toHaveLength(1);
    expect(t.autosave.atRisk()).toBe(false);

    // Retries come after 1 s, then 2 s more; a newer edit meanwhile is what gets written.
    const before = t.flaky.writes.length;
    await vi.advanceTimersByTimeAsync(1000);
    add(t.s, 'Typed while failing');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.s.saveStatus.getState().state).toBe('failed');
    t.flaky.failWith(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.flaky.writes.length).toBeGreaterThan(before);
    expect(labels(await stored(t, id))).toEqual(['After the disk filled', 'Saved before', 'Typed while failing']);
    expect(t.s.saveStatus.getState().state).toBe('saved');
    expect(t.journal.entries()).toEqual([]);
    expect(t.s.notices.getState().notices.at(-1)?.text).toMatch(/Saved again/);
  });

  it('"Try again" retries at once', async () => {
    const t = setUp();
    const id = t.s.map.getState().doc.id;
    t.flaky.failWith(() => new DOMException('Connection is closing.', 'InvalidStateError'));
    add(t.s, 'Waiting');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.s.saveStatus.getState().detail).toMatch(/closed its storage/);
    t.flaky.failWith(null);
    t.s.saveStatus.getState().retry?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(labels(await stored(t, id))).toEqual(['Waiting']);
  });

  it('switching maps while saving fails keeps both maps’ edits', async () => {
    const t = setUp();
    const first = t.s.map.getState().doc.id;
    t.flaky.failWith(() => new Error('disk error'));
    add(t.s, 'In the first map');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.s.saveStatus.getState().detail).toBe('the browser refused to save (disk error)');
    const second = createMap({ title: 'Second' });
    t.s.map.getState().openDocument(second);
    add(t.s, 'In the second map');
    t.flaky.failWith(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(labels(await stored(t, first))).toEqual(['In the first map']);
    expect(labels(await stored(t, second.id))).toEqual(['In the second map']);
  });

  it('a map too big for the journal is written at once and counts as at risk until it is', async () => {
    const flaky = flakyKeyValue();
    const library = libraryOver(flaky.kv, memoryKeyValue(), true);
    const s = createSession(library);
    const autosave = startAutosave(s, library, { journal: createJournal(fakeLocalStorage(), 10) });
    s.map.getState().dispatch(updateMeta({ title: 'Too big to journal' }));
    expect(autosave.atRisk()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.atRisk()).toBe(false);
    expect((await library.load(s.map.getState().doc.id))?.ok).toBe(true);
  });

  it('a room’s map as it arrives is written a moment later; an edit meanwhile is journaled at once and goes in that write', async () => {
    const t = setUp();
    const shared = new SharedMap(new Y.Doc());
    shared.share(addNode({ ...newNode('factor', { x: 0, y: 0 }), label: 'From the room' }).apply(createMap({ title: 'Room' })));
    shared.subscribe((doc) => doc && t.s.map.getState().showShared(doc));
    t.s.map.getState().openShared(shared, shared.doc!);
    const id = shared.doc!.id;
    await vi.advanceTimersByTimeAsync(0);
    expect(await stored(t, id)).toBeUndefined();
    expect(t.journal.entries()).toEqual([]);
    expect(t.autosave.atRisk()).toBe(false);
    add(t.s, 'Mine');
    expect(t.journal.entries().map((e) => e.mapId)).toEqual([id]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(labels(await stored(t, id))).toEqual(['From the room', 'Mine']);
    expect(t.journal.entries()).toEqual([]);
    expect(t.flaky.writes.filter((k) => k.startsWith('map:'))).toHaveLength(1);
  });

  it('collaborators’ changes are not journaled and reach the library a moment later in one write; an edit of mine after them is written at once', async () => {
    const t = setUp();
    const shared = new SharedMap(new Y.Doc());
    shared.share(createMap({ title: 'Room' }));
    t.s.map.getState().openShared(shared, shared.doc!);
    const id = shared.doc!.id;
    await vi.advanceTimersByTimeAsync(1000);
    const writes = () => t.flaky.writes.filter((k) => k.startsWith('map:')).length;
    const before = writes();
    // Others' edits as the room shows them (src/services/room/connect.ts), a few within one second.
    for (const label of ['Theirs 1', 'Theirs 2', 'Theirs 3']) {
      shared.apply(addNode({ ...newNode('factor', { x: 0, y: 0 }), label }));
      t.s.map.getState().showShared(shared.doc!, 'others');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(t.journal.entries()).toEqual([]);
    expect(t.autosave.atRisk()).toBe(false);
    expect(writes()).toBe(before);
    await vi.advanceTimersByTimeAsync(1000);
    expect(labels(await stored(t, id))).toEqual(['Theirs 1', 'Theirs 2', 'Theirs 3']);
    expect(writes()).toBe(before + 1);
    // Theirs, then mine while their write still waits: mine is journaled and written at once, with theirs.
    shared.apply(addNode({ ...newNode('factor', { x: 0, y: 0 }), label: 'Theirs 4' }));
    t.s.map.getState().showShared(shared.doc!, 'others');
    shared.subscribe((doc) => doc && t.s.map.getState().showShared(doc));
    add(t.s, 'Mine');
    expect(t.journal.entries().map((e) => e.mapId)).toEqual([id]);
    await vi.advanceTimersByTimeAsync(0);
    expect(labels(await stored(t, id))).toEqual(['Mine', 'Theirs 1', 'Theirs 2', 'Theirs 3', 'Theirs 4']);
    expect(t.journal.entries()).toEqual([]);
  });

  it('a journaled edit of mine still waiting is cleared by the write that holds it, when others’ changes came after it', async () => {
    const t = setUp();
    const shared = new SharedMap(new Y.Doc());
    shared.share(createMap({ title: 'Room' }));
    shared.subscribe((doc, origin) => doc && shared.isMine(origin) && t.s.map.getState().showShared(doc));
    t.s.map.getState().openShared(shared, shared.doc!);
    const id = shared.doc!.id;
    await vi.advanceTimersByTimeAsync(1000);
    add(t.s, 'First');
    vi.advanceTimersByTime(0);
    // A write is under way: my next edit waits for it, and theirs comes after mine.
    add(t.s, 'Mine');
    shared.apply(addNode({ ...newNode('factor', { x: 0, y: 0 }), label: 'Theirs' }));
    t.s.map.getState().showShared(shared.doc!, 'others');
    await vi.advanceTimersByTimeAsync(1000);
    expect(labels(await stored(t, id))).toEqual(['First', 'Mine', 'Theirs']);
    expect(t.journal.entries()).toEqual([]);
  });
});
