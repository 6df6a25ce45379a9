/** The room's Y.Doc and the map file convert both ways, and compaction keeps the stored state small. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseMapText, parseMapValue, serialiseMap } from '../src/model/load.ts';
import type { MapDocument } from '../src/model/types.ts';
import { randomEdit, seeded } from './edits.ts';
import { hasPrivateNotes, mapToYDoc, withoutPrivateNotes, yDocToMapValue } from './map-doc.ts';
import { openRoomStore } from './store.ts';
import { EXAMPLE_MAP, tempDataDir } from './test-support.ts';

function example(): MapDocument {
  const result = parseMapText(readFileSync(EXAMPLE_MAP, 'utf8'));
  if (!result.ok) throw new Error('the example does not load');
  return result.doc;
}

describe('map <-> Y.Doc', () => {
  it('gives back the same map, which passes the loader', () => {
    const map = example();
    const back = parseMapValue(yDocToMapValue(mapToYDoc(map), 'fallback'));
    expect(back.ok).toBe(true);
    // Everything but private notes, which never enter a room.
    if (back.ok) expect(back.doc).toEqual({ ...withoutPrivateNotes(map), loopNames: map.loopNames ?? {} });
  });

  it('keeps each record in its own Y.Map so fields merge independently', () => {
    const a = mapToYDoc(example());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const id = 'n_healthy_weight_across_the_population';
    (a.getMap<Y.Map<unknown>>('nodes').get(id) as Y.Map<unknown>).set('label', 'from A');
    (b.getMap<Y.Map<unknown>>('nodes').get(id) as Y.Map<unknown>).set('description', 'from B');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const node = doc.getMap<Y.Map<unknown>>('nodes').get(id) as Y.Map<unknown>;
      expect([node.get('label'), node.get('description')]).toEqual(['from A', 'from B']);
    }
  });

  it('drops private notes before a map becomes a room, and spots them in a Y.Doc', () => {
    const map = example();
    const id = Object.keys(map.nodes)[0]!;
    const note = (text: string, priv: boolean) => ({ id: `note-${text}`, text, private: priv, createdAt: '2025-01-01T00:00:00.000Z' });
    map.nodes[id]!.notes = [note('shared', false), note('secret', true)];
    // The binding never writes a private note; a hostile client could, in the notes map of a node.
    const room = mapToYDoc(map);
    expect(hasPrivateNotes(room)).toBe(false);
    const notes = (room.getMap<Y.Map<unknown>>('nodes').get(id) as Y.Map<unknown>).get('notes') as Y.Map<unknown>;
    notes.set('note-forced', note('forced', true));
    expect(hasPrivateNotes(room)).toBe(true);
    const shared = mapToYDoc(withoutPrivateNotes(map));
    expect(hasPrivateNotes(shared)).toBe(false);
    expect(JSON.stringify(shared.getMap('nodes').toJSON())).not.toContain('secret');
    expect(JSON.stringify(shared.getMap('nodes').toJSON())).toContain('shared');
  });
});

describe('stored state', () => {
  it('stays within 3x of the plain map file after 10,000 edits', () => {
    const data = tempDataDir();
    const store = openRoomStore(data.dir);
    try {
      const room = 'AAAAAAAAAAAAAAAAAAAAAAAA';
      const server = mapToYDoc(example());
      store.createRoom(room, Y.encodeStateAsUpdate(server));
      server.on('update', (u: Uint8Array) => store.appendUpdate(room, u));
      // Forty participants, each with their own Yjs client id, editing in turn.
      // They send to the room but do not hear each other (as if all offline),
      // so the room merges concurrent overwrites of the same fields too.
      const random = seeded(7);
      const start = Y.encodeStateAsUpdate(server);
      const people = Array.from({ length: 40 }, () => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, start);
        doc.on('update', (u: Uint8Array) => Y.applyUpdate(server, u));
        return doc;
      });
      for (let i = 0; i < 10_000; i++) {
        randomEdit(people[i % 40]!, random, String(i));
        if (i % 500 === 499) store.compact(room);
      }
      const bytes = store.compact(room);
      const doc = new Y.Doc();
      for (const u of store.loadUpdates(room)) Y.applyUpdate(doc, u);
      const map = parseMapValue(yDocToMapValue(doc, room));
      expect(map.ok).toBe(true);
      if (!map.ok) return;
      const fileBytes = Buffer.byteLength(serialiseMap(map.doc));
      expect(store.loadUpdates(room)).toHaveLength(1);
      expect(bytes).toBeLessThanOrEqual(3 * fileBytes);
    } finally {
      store.close();
      data.remove();
    }
  }, 40_000);
});
