import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collectionsTouched } from './touches.ts';

/** A room with a node and a rating round, and a client that has synced it. */
function room() {
  const server = new Y.Doc();
  server.transact(() => {
    const node = new Y.Map<unknown>();
    node.set('label', 'Trust');
    server.getMap('nodes').set('n1', node);
    const round = new Y.Map<unknown>();
    round.set('title', 'Round 1');
    round.set('status', 'open');
    server.getMap('ratingRounds').set('r1', round);
  });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function change(client: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

/** What the update touches, read before the room applies it (as the guard does); then the room applies it. */
function touched(server: Y.Doc, update: Uint8Array): string[] {
  const found = [...collectionsTouched(server, update).collections].sort();
  Y.applyUpdate(server, update);
  return found;
}

describe('collectionsTouched', () => {
  it('finds the collection of a field changed in an existing record', () => {
    const { server, client } = room();
    expect(touched(server, change(client, (d) => (d.getMap('nodes').get('n1') as Y.Map<unknown>).set('label', 'Trust in services')))).toEqual(['nodes']);
    expect(touched(server, change(client, (d) => (d.getMap('ratingRounds').get('r1') as Y.Map<unknown>).set('status', 'closed')))).toEqual(['ratingRounds']);
  });

  it('finds the collection of a new record and its fields, made in the same update', () => {
    const { server, client } = room();
    const update = change(client, (d) => {
      const round = new Y.Map<unknown>();
      round.set('title', 'Round 2');
      d.getMap('ratingRounds').set('r2', round);
    });
    expect(touched(server, update)).toEqual(['ratingRounds']);
  });

  it('finds deletions of a record and of a field', () => {
    const { server, client } = room();
    expect(touched(server, change(client, (d) => d.getMap('ratingRounds').delete('r1')))).toEqual(['ratingRounds']);
    expect(touched(server, change(client, (d) => (d.getMap('nodes').get('n1') as Y.Map<unknown>).delete('label')))).toEqual(['nodes']);
  });

  it('finds the parent of text typed into a record (items placed beside their neighbours)', () => {
    const server = new Y.Doc();
    const note = new Y.Map<unknown>();
    note.set('text', new Y.Text('ab'));
    server.getMap('notes').set('x', note);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const update = change(client, (d) => ((d.getMap('notes').get('x') as Y.Map<unknown>).get('text') as Y.Text).insert(1, 'zz'));
    expect(touched(server, update)).toEqual(['notes']);
  });

  it('says when an item depends on something the room has not seen', () => {
    const { client } = room();
    const update = change(client, (d) => (d.getMap('nodes').get('n1') as Y.Map<unknown>).set('label', 'x'));
    const empty = new Y.Doc();
    expect(collectionsTouched(empty, update).unresolved).toBe(true);
  });

  it('reads several collections in one update', () => {
    const { server, client } = room();
    const update = change(client, (d) =>
      d.transact(() => {
        (d.getMap('nodes').get('n1') as Y.Map<unknown>).set('label', 'y');
        d.getMap('ratingRounds').delete('r1');
      }),
    );
    expect(touched(server, update)).toEqual(['nodes', 'ratingRounds']);
  });

  it('gives each change its path of keys, and a new entry its value', () => {
    const server = new Y.Doc();
    server.transact(() => {
      const thread = new Y.Map<unknown>();
      thread.set('resolved', false);
      const comments = new Y.Map<unknown>();
      const first = new Y.Map<unknown>();
      first.set('text', 'Is this right?');
      first.set('voice', { personId: 'alice-1234', name: 'Alice', perspectiveId: null });
      comments.set('c1', first);
      thread.set('comments', comments);
      server.getMap('comments').set('t1', thread);
    });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const reply = change(client, (d) => {
      const c = new Y.Map<unknown>();
      c.set('text', 'Yes');
      c.set('voice', { personId: 'bob-12345', name: 'Bob', perspectiveId: null });
      ((d.getMap('comments').get('t1') as Y.Map<unknown>).get('comments') as Y.Map<unknown>).set('c2', c);
    });
    const found = collectionsTouched(server, reply).changes.map((c) => [c.path.join('/'), c.deleted, c.value]);
    expect(found).toContainEqual(['comments/t1/comments/c2', false, undefined]);
    expect(found).toContainEqual(['comments/t1/comments/c2/voice', false, { personId: 'bob-12345', name: 'Bob', perspectiveId: null }]);
    Y.applyUpdate(server, reply);

    // Overwriting a field: the new value sits beside the old one (no parent written), and the old one is deleted.
    const edit = change(client, (d) => (((d.getMap('comments').get('t1') as Y.Map<unknown>).get('comments') as Y.Map<unknown>).get('c1') as Y.Map<unknown>).set('text', 'Edited'));
    const edited = collectionsTouched(server, edit).changes.map((c) => [c.path.join('/'), c.deleted, c.value]);
    expect(edited).toEqual(expect.arrayContaining([['comments/t1/comments/c1/text', false, 'Edited'], ['comments/t1/comments/c1/text', true, undefined]]));
    Y.applyUpdate(server, edit);

    const gone = change(client, (d) => d.getMap('comments').delete('t1'));
    // Deleting a record deletes what is in it: each comment is listed, so a rule about comments sees them go.
    const deletions = collectionsTouched(server, gone).changes.map((c) => `${c.path.join('/')} ${c.deleted}`);
    expect(deletions).toEqual(expect.arrayContaining(['comments/t1 true', 'comments/t1/comments/c1 true', 'comments/t1/comments/c2 true']));
  });
});
