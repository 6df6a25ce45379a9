import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addNode, createMap, newNode } from '../../model/operations.ts';
import type { MapDocument } from '../../model/types.ts';
import { createJournal } from './journal.ts';
import { fakeLocalStorage } from './testing/fakes.ts';

const withNode = (doc: MapDocument, label: string) => addNode({ ...newNode('factor', { x: 0, y: 0 }), label }).apply(doc);

describe('the write-ahead journal', () => {
  it('holds the latest state of each map until the library has it', () => {
    const storage = fakeLocalStorage();
    const journal = createJournal(storage);
    const doc = withNode(createMap(), 'Rent arrears');
    const first = journal.write(doc, 1000)!;
    const second = journal.write(withNode(doc, 'Bailiffs'), 2000)!;
    // The write of the first state landing must not remove the newer one.
    journal.clear(doc.id, first);
    expect(journal.entries().map((e) => [e.mapId, e.at])).toEqual([[doc.id, 2000]]);
    journal.clear(doc.id, second);
    expect(journal.entries()).toEqual([]);
  });

  it('keeps the example map well inside the limit, and drops a map too big for it (and its older entry)', () => {
    const example = JSON.parse(readFileSync('examples/healthy-weight-place.json', 'utf8')) as MapDocument;
    expect(JSON.stringify(example).length).toBeLessThan(150_000);
    const storage = fakeLocalStorage();
    const journal = createJournal(storage, 130_000);
    expect(journal.write(example)).not.toBeNull();
    let big = example;
    for (let i = 0; i < 200; i++) big = withNode(big, `A long factor label number ${i} ${'x'.repeat(200)}`);
    expect(journal.write(big)).toBeNull();
    expect(journal.entries()).toEqual([]);
  });

  it('falls back when localStorage is full, leaving no stale entry behind', () => {
    const storage = fakeLocalStorage(5_000);
    const journal = createJournal(storage);
    const doc = withNode(createMap(), 'Small');
    expect(journal.write(doc)).not.toBeNull();
    expect(journal.write(withNode(doc, 'y'.repeat(6_000)))).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('works without any storage, and drops damaged entries', () => {
    expect(createJournal(null).write(createMap())).toBeNull();
    const storage = fakeLocalStorage();
    storage.setItem('system-canvas:journal:map_x', '{"at":12,"doc":{"cut sh');
    storage.setItem('unrelated', 'kept');
    expect(createJournal(storage).entries()).toEqual([]);
    expect([...storage.data.keys()]).toEqual(['unrelated']);
  });
});
