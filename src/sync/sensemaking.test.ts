import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseMapValue } from '../model/load.ts';
import { addLink, addNode, createMap, newLink, newNode, removeElements } from '../model/operations.ts';
import { DEFAULT_PERSPECTIVES } from '../model/sensemaking.ts';
import type { Operation } from '../model/operations.ts';
import type { CommentThread, LinkView, MapDocument } from '../model/types.ts';
import { newRatingRound, startRatingRound } from '../model/linkViews.ts';
import { SharedMap } from './sharedMap.ts';
import { applyToYDoc } from './write.ts';
import { readYDoc } from './project.ts';
import { roomMaps } from './shape.ts';
import { client, send, syncAll } from './testing/peers.ts';

const voice = { personId: 'p1', name: 'Sam', perspectiveId: 'p_lived' };

function mapWithViews(): MapDocument {
  const a = newNode('factor', { x: 0, y: 0 }, { id: 'n_a', label: 'Stress', voice });
  const b = newNode('outcome', { x: 200, y: 0 }, { id: 'n_b', label: 'Wellbeing' });
  let doc = [addNode(a), addNode(b), addLink(newLink(a.id, b.id, { id: 'l_ab' }))].reduce((d, o) => o.apply(d), createMap({ title: 'Views' }));
  const view: LinkView = { id: 'v1', linkId: 'l_ab', voice, polarity: '-', strength: 3, confidence: 'high', why: 'Stress drains it', roundId: null, createdAt: 't' };
  const thread: CommentThread = {
    id: 't1',
    target: { kind: 'node', id: 'n_a' },
    resolved: false,
    comments: { c1: { id: 'c1', text: 'Is this <b>money</b> stress?', voice, createdAt: 't1' } },
    createdAt: 't1',
  };
  doc = { ...doc, linkViews: { v1: view }, comments: { t1: thread } };
  return doc;
}

describe('sense-making parts in a room', () => {
  it('reads back perspectives, views of links and comment threads as written', () => {
    const doc = mapWithViews();
    const ydoc = new Y.Doc();
    applyToYDoc(ydoc, null, doc, 'me');
    const back = readYDoc(ydoc)!;
    expect(back.perspectives).toEqual(doc.perspectives);
    expect(back.linkViews).toEqual(doc.linkViews);
    expect(back.comments).toEqual(doc.comments);
    expect(back.nodes.n_a!.voice).toEqual(voice);
    const check = parseMapValue(JSON.parse(JSON.stringify(back)));
    expect(check.ok ? [] : check.problems).toEqual([]);
  });

  it('keeps two replies made at once to the same thread', () => {
    const a = client();
    const b = client();
    a.share(mapWithViews());
    send(a.ydoc, b.ydoc);
    const reply = (id: string, text: string): Operation => ({
      name: 'Reply',
      apply: (d) => {
        const t = d.comments.t1!;
        return { ...d, comments: { ...d.comments, t1: { ...t, comments: { ...t.comments, [id]: { id, text, voice, createdAt: id } } } } };
      },
    });
    a.apply(reply('c2', 'From A'));
    b.apply(reply('c3', 'From B'));
    syncAll(a.ydoc, b.ydoc);
    expect(Object.keys(a.doc!.comments.t1!.comments).sort()).toEqual(['c1', 'c2', 'c3']);
    expect(b.doc).toEqual(a.doc);
  });

  it('drops a view and a thread when someone deletes the link or node they are about, and brings them back if it returns', () => {
    const a = client();
    const b = client();
    a.share(mapWithViews());
    send(a.ydoc, b.ydoc);
    b.apply(removeElements(['n_a']));
    syncAll(a.ydoc, b.ydoc);
    expect(a.doc!.linkViews).toEqual({});
    expect(a.doc!.comments).toEqual({});
    b.undo();
    syncAll(a.ydoc, b.ydoc);
    expect(Object.keys(a.doc!.linkViews)).toEqual(['v1']);
    expect(Object.keys(a.doc!.comments)).toEqual(['t1']);
  });

  it('shows a version 2 room with the default perspectives, and its first writer stores them', () => {
    const doc = mapWithViews();
    const ydoc = new Y.Doc();
    applyToYDoc(ydoc, null, { ...doc, perspectives: {} }, 'old');
    const maps = roomMaps(ydoc);
    maps.file.set('schemaVersion', 2);
    const seen = readYDoc(ydoc)!;
    expect(Object.keys(seen.perspectives)).toEqual(DEFAULT_PERSPECTIVES.map((p) => p.id));
    applyToYDoc(ydoc, seen, { ...seen, meta: { ...seen.meta, title: 'Renamed' } }, 'me');
    expect(maps.file.get('schemaVersion')).toBe(3);
    expect([...maps.perspectives.keys()].sort()).toEqual(DEFAULT_PERSPECTIVES.map((p) => p.id).sort());
  });
});

describe('a version 2 file', () => {
  it('opens with the default perspectives and empty sense-making parts', () => {
    const v2 = { ...JSON.parse(JSON.stringify(createMap({ title: 'Old' }))), schemaVersion: 2 };
    for (const k of ['perspectives', 'linkViews', 'ratingRounds', 'comments', 'views', 'reflections']) delete v2[k];
    const result = parseMapValue(v2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(Object.values(result.doc.perspectives).map((p) => p.name)).toEqual(['Lived experience', 'Practitioner', 'Manager', 'Commissioner', 'Partner organisation']);
    expect(result.doc.comments).toEqual({});
  });

  it('refuses a view of a link that is not on the map, saying where', () => {
    const doc = mapWithViews();
    const broken = JSON.parse(JSON.stringify({ ...doc, linkViews: { v1: { ...doc.linkViews.v1!, linkId: 'l_gone' } } }));
    const result = parseMapValue(broken);
    expect(result.ok ? [] : result.problems).toEqual([{ where: 'linkViews.v1.linkId', message: 'refers to link "l_gone", which is not in the map' }]);
  });
});

describe('parts only facilitators change, in a room', () => {
  it('an operation by someone who may not facilitate keeps the room’s rating rounds as they are', () => {
    const facilitator = new SharedMap(new Y.Doc());
    facilitator.share(mapWithViews());
    const round = newRatingRound('Rate these', ['l_ab'], 't');
    expect(facilitator.apply(startRatingRound(round))).toBe(true);

    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(facilitator.ydoc));
    const editor = new SharedMap(ydoc, { mayFacilitate: () => false });
    const old = editor.doc!;
    // Restoring a version from before the round, say: the rest comes back, the round stays.
    const restore: Operation = { name: 'Restore a version', apply: (doc) => ({ ...doc, ratingRounds: {}, meta: { ...doc.meta, title: 'Earlier' } }) };
    expect(editor.apply(restore)).toBe(true);
    expect(editor.doc!.meta.title).toBe('Earlier');
    expect(Object.keys(editor.doc!.ratingRounds)).toEqual([round.id]);
    expect(old.ratingRounds[round.id]).toEqual(editor.doc!.ratingRounds[round.id]);
  });
});
