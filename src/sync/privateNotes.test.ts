import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, createMap, newNode, updateNode } from '../model/operations.ts';
import type { MapDocument, Note } from '../model/types.ts';
import { SharedMap } from './sharedMap.ts';
import { readYDoc } from './project.ts';
import { send } from './testing/peers.ts';

const SECRET = 'Mrs P. at no. 14 is afraid of the bailiffs';
const note = (id: string, text: string, isPrivate: boolean, at: string): Note => ({ id, text, private: isPrivate, createdAt: at });

function mapWithNotes(): MapDocument {
  const n = newNode('actor', { x: 0, y: 0 }, {
    id: 'n_res',
    label: 'Resident',
    notes: [note('note_pub', 'Met at the food bank', false, '2025-01-01T09:00:00.000Z'), note('note_sec', SECRET, true, '2025-01-01T10:00:00.000Z')],
  });
  return addNode(n).apply(createMap({ title: 'Debt' }));
}

/** Every byte the room could ever send: the whole state as an update. */
const everythingShared = (ydoc: Y.Doc) => new TextDecoder().decode(Y.encodeStateAsUpdate(ydoc));

describe('private notes in a room', () => {
  it('never puts a private note into the Y.Doc, while the author still sees it', () => {
    const me = new SharedMap(new Y.Doc());
    me.share(mapWithNotes());
    expect(everythingShared(me.ydoc)).not.toContain(SECRET);
    expect(everythingShared(me.ydoc)).toContain('Met at the food bank');
    expect(JSON.stringify(me.ydoc.toJSON())).not.toContain(SECRET);
    expect(me.doc!.nodes.n_res!.notes.map((n) => n.id)).toEqual(['note_pub', 'note_sec']);
    expect(me.myPrivateNotes.n_res?.map((n) => n.text)).toEqual([SECRET]);

    const other = new SharedMap(new Y.Doc());
    send(me.ydoc, other.ydoc);
    expect(other.doc!.nodes.n_res!.notes.map((n) => n.id)).toEqual(['note_pub']);
  });

  it('keeps private notes added, typed and edited in the room out of every update sent', () => {
    const me = new SharedMap(new Y.Doc());
    me.share(createMap());
    const updates: Uint8Array[] = [];
    me.ydoc.on('update', (u: Uint8Array) => updates.push(u));
    me.apply(addNode(newNode('factor', { x: 0, y: 0 }, { id: 'n_f' })));
    const at = '2025-02-01T10:00:00.000Z';
    let text = '';
    for (const ch of 'rent arrears') {
      text += ch;
      me.apply(updateNode('n_f', { notes: [note('note_x', text, true, at)] }), { coalesceKey: 'note note_x' });
    }
    me.apply(updateNode('n_f', { label: 'Arrears' }));
    expect(me.doc!.nodes.n_f!.notes).toEqual([note('note_x', 'rent arrears', true, at)]);
    const sent = updates.map((u) => new TextDecoder().decode(u)).join('\n');
    expect(sent).toContain('Arrears');
    expect(sent).not.toContain('arrears');
    expect(everythingShared(me.ydoc)).not.toContain('rent');
    expect(readYDoc(me.ydoc)!.nodes.n_f!.notes).toEqual([]);
  });

  it('shares a note when it is made public and takes it back out of the projection when made private', () => {
    const me = new SharedMap(new Y.Doc());
    const other = new SharedMap(new Y.Doc());
    me.share(mapWithNotes());
    const notes = me.doc!.nodes.n_res!.notes;
    me.apply(updateNode('n_res', { notes: notes.map((n) => (n.id === 'note_pub' ? { ...n, private: true } : n)) }));
    send(me.ydoc, other.ydoc);
    expect(other.doc!.nodes.n_res!.notes).toEqual([]);
    expect(me.doc!.nodes.n_res!.notes.every((n) => n.private)).toBe(true);
    expect(me.doc!.nodes.n_res!.notes).toHaveLength(2);
  });

  it('undoes adding a private note as one step of its own, though it made no shared change', () => {
    const me = new SharedMap(new Y.Doc());
    me.share(mapWithNotes());
    const before = me.doc!;
    me.apply(updateNode('n_res', { label: 'Tenant' }));
    me.apply(updateNode('n_res', { notes: [...me.doc!.nodes.n_res!.notes, note('note_new', 'call back', true, '2025-03-01T00:00:00.000Z')] }));
    expect(me.doc!.nodes.n_res!.notes).toHaveLength(3);
    expect(me.undo()).toBe('Edit node');
    expect(me.doc!.nodes.n_res!.notes).toEqual(before.nodes.n_res!.notes);
    expect(me.doc!.nodes.n_res!.label).toBe('Tenant');
    me.redo();
    expect(me.doc!.nodes.n_res!.notes.map((n) => n.id)).toEqual(['note_pub', 'note_sec', 'note_new']);
  });

  it('keeps the node object when neither its shared fields nor its private notes changed', () => {
    const me = new SharedMap(new Y.Doc());
    me.share(mapWithNotes());
    const first = me.doc!;
    me.apply(addNode(newNode('factor', { x: 1, y: 1 })));
    expect(me.doc!.nodes.n_res).toBe(first.nodes.n_res);
  });
});
