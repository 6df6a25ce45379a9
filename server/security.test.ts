/** A view link cannot write, a forged or altered link cannot join, only facilitators steer. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { connect, createRoom, label, labelUpdate, RawClient, setLabel, startTestServer, waitFor, type Capabilities, type Client } from './test-support.ts';

const NODE = 'n_healthy_weight_across_the_population';

let t: Awaited<ReturnType<typeof startTestServer>>;
let caps: Capabilities;
const cleanup: Array<() => void> = [];

beforeEach(async () => {
  t = await startTestServer();
  caps = await createRoom(t.baseUrl);
});
afterEach(async () => {
  for (const fn of cleanup.splice(0)) fn();
  await t.stop();
});

function client(token: string, participant?: string): Client {
  const c = connect(t.wsUrl, caps.room, token, participant);
  cleanup.push(() => c.destroy());
  return c;
}

async function raw(): Promise<RawClient> {
  const r = await RawClient.open(t.wsUrl, caps.room);
  cleanup.push(() => r.close());
  return r;
}

function storedLabel(): unknown {
  const doc = new Y.Doc();
  for (const u of t.server.store.loadUpdates(caps.room)) Y.applyUpdate(doc, u);
  return label(doc, NODE);
}

function roomState(): Uint8Array {
  const doc = new Y.Doc();
  for (const u of t.server.store.loadUpdates(caps.room)) Y.applyUpdate(doc, u);
  return Y.encodeStateAsUpdate(doc);
}

describe('capabilities', () => {
  it('gives 144-bit room ids and three different signed capabilities', () => {
    expect(caps.room).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set([caps.edit, caps.view, caps.facilitator]).size).toBe(3);
    expect(caps.view.split('.').slice(0, 3)).toEqual(['v1', caps.room, 'view']);
  });

  it('refuses a raw Yjs update sent on a view capability, and the room is unchanged', async () => {
    const before = storedLabel();
    const r = await raw();
    expect(await r.authenticate(caps.view)).toBe('authenticated');
    const saved = await r.sendUpdate(labelUpdate(roomState(), NODE, 'written by a viewer'));
    expect(saved).toBe(false);
    expect(storedLabel()).toBe(before);
    const editor = client(caps.edit);
    await editor.synced();
    expect(label(editor.doc, NODE)).toBe(before);
    expect(t.log.lines.some((l) => l.includes('write-refused'))).toBe(true);
  });

  it('applies the same raw update on an edit capability (so the refusal above is the role, not the bytes)', async () => {
    const r = await raw();
    expect(await r.authenticate(caps.edit)).toBe('authenticated');
    expect(await r.sendUpdate(labelUpdate(roomState(), NODE, 'written by an editor'))).toBe(true);
    expect(storedLabel()).toBe('written by an editor');
  });

  it('refuses an altered capability: view turned into edit', async () => {
    const r = await raw();
    const altered = caps.view.replace('.view.', '.edit.');
    expect(await r.authenticate(altered)).toMatch(/^invalid-capability: the link was altered/);
  });

  it('refuses a forged capability and one for another room', async () => {
    const forged = `v1.${caps.room}.facilitator.${'A'.repeat(43)}`;
    expect(await (await raw()).authenticate(forged)).toMatch(/^invalid-capability/);
    expect(await (await raw()).authenticate('not a capability')).toMatch(/^invalid-capability: the link is incomplete/);
    const other = await createRoom(t.baseUrl);
    expect(await (await raw()).authenticate(other.edit)).toMatch(/^wrong-room/);
  });

  it('refuses an unknown room', async () => {
    const r = await RawClient.open(t.wsUrl, 'AAAAAAAAAAAAAAAAAAAAAAAA');
    cleanup.push(() => r.close());
    expect(await r.authenticate(caps.edit)).toMatch(/^unknown-room/);
  });

  it('refuses a client broadcast, which could otherwise tell everyone the room is unlocked', async () => {
    const r = await raw();
    await r.authenticate(caps.edit);
    r.ws.send(r.message(6, (e) => encoding.writeVarString(e, '{"type":"room-state","locked":false}')));
    await waitFor('the socket to close', () => r.closed !== null);
    expect(t.log.lines.some((l) => l.includes('message-refused') && l.includes('not-allowed'))).toBe(true);
  });
});

describe('facilitator control', () => {
  it('lock makes an edit connection read-only at once; unlock restores it', async () => {
    const facilitator = client(caps.facilitator, 'facilitator-1');
    const editor = client(caps.edit, 'editor-0001');
    await Promise.all([facilitator.synced(), editor.synced()]);

    facilitator.provider.sendStateless(JSON.stringify({ type: 'lock' }));
    await waitFor('the editor to hear it is locked', () => editor.messages.some((m) => m.type === 'you' && m.reason === 'locked'));
    expect(editor.messages.some((m) => m.type === 'room-state' && m.locked === true)).toBe(true);
    setLabel(editor.doc, NODE, 'typed while locked');
    await waitFor('the edit to be answered', () => t.log.lines.some((l) => l.includes('write-refused')));
    expect(storedLabel()).not.toBe('typed while locked');
    expect(t.server.store.getRoom(caps.room)?.locked).toBe(true);

    // The facilitator still writes while locked.
    setLabel(facilitator.doc, NODE, 'facilitator wrote this');
    await waitFor('the facilitator edit to be stored', () => storedLabel() === 'facilitator wrote this');

    facilitator.provider.sendStateless(JSON.stringify({ type: 'unlock' }));
    await waitFor('the editor to hear it is unlocked', () => editor.messages.some((m) => m.type === 'you' && m.readOnly === false && editor.messages.indexOf(m) > 0));
    const fresh = connect(t.wsUrl, caps.room, caps.edit);
    cleanup.push(() => fresh.destroy());
    await fresh.synced();
    setLabel(fresh.doc, NODE, 'after unlock');
    await waitFor('the edit after unlock to be stored', () => storedLabel() === 'after unlock');
  });

  it('refuses control messages from a non-facilitator', async () => {
    const editor = client(caps.edit, 'editor-0002');
    await editor.synced();
    editor.provider.sendStateless(JSON.stringify({ type: 'lock' }));
    await waitFor('a refusal', () => editor.messages.some((m) => m.type === 'refused'));
    expect(editor.messages.find((m) => m.type === 'refused')).toMatchObject({ request: 'lock', reason: 'only a facilitator can do this' });
    expect(t.server.store.getRoom(caps.room)?.locked).toBe(false);
  });

  it('makes a participant a viewer (kept when they rejoin) and promotes another to facilitator', async () => {
    const facilitator = client(caps.facilitator, 'facilitator-1');
    const sam = client(caps.edit, 'sam-00000001');
    const kim = client(caps.edit, 'kim-00000001');
    await Promise.all([facilitator.synced(), sam.synced(), kim.synced()]);

    facilitator.provider.sendStateless(JSON.stringify({ type: 'make-viewer', participant: 'sam-00000001' }));
    await waitFor('sam to be a viewer', () => sam.messages.some((m) => m.type === 'you' && m.reason === 'made-viewer'));
    sam.destroy();
    const samAgain = client(caps.edit, 'sam-00000001');
    await waitFor('sam to rejoin', () => samAgain.messages.some((m) => m.type === 'you'));
    expect(samAgain.messages.find((m) => m.type === 'you')).toMatchObject({ readOnly: true, reason: 'made-viewer' });

    facilitator.provider.sendStateless(JSON.stringify({ type: 'make-facilitator', participant: 'kim-00000001' }));
    await waitFor('kim to get a capability', () => kim.messages.some((m) => m.type === 'capability'));
    const token = kim.messages.find((m) => m.type === 'capability')!.token as string;
    expect(token.split('.').slice(0, 3)).toEqual(['v1', caps.room, 'facilitator']);
    kim.provider.sendStateless(JSON.stringify({ type: 'lock' }));
    await waitFor('kim to lock the room', () => t.server.store.getRoom(caps.room)?.locked === true);
  });
});

describe('resetting the edit link', () => {
  it('makes every older edit link read-only at once and for good, whatever participant id it joins with; the new link edits', async () => {
    const facilitator = client(caps.facilitator, 'facilitator-1');
    const old = client(caps.edit, 'editor-0001');
    await Promise.all([facilitator.synced(), old.synced()]);

    facilitator.provider.sendStateless(JSON.stringify({ type: 'reset-edit-link' }));
    await waitFor('the new links', () => facilitator.messages.some((m) => m.type === 'links'));
    const links = facilitator.messages.find((m) => m.type === 'links') as { edit: string; view: string };
    expect(links.edit).not.toBe(caps.edit);
    expect(links.edit.split('.').slice(0, 4)).toEqual(['v2', caps.room, 'edit', '1']);
    expect(links.view).toBe(caps.view);
    await waitFor('the old editor to hear it', () => old.messages.some((m) => m.type === 'you' && m.reason === 'link-reset'));

    // A fresh browser identity does not help: the generation is in the signed link, not chosen by the client.
    const before = storedLabel();
    const r = await raw();
    expect(await r.authenticate(caps.edit)).toBe('authenticated');
    expect(await r.sendUpdate(labelUpdate(roomState(), NODE, 'written on the old link'))).toBe(false);
    expect(storedLabel()).toBe(before);

    const fresh = client(links.edit, 'editor-0002');
    await fresh.synced();
    setLabel(fresh.doc, NODE, 'written on the new link');
    await waitFor('the new link to write', () => storedLabel() === 'written on the new link');

    // A second reset retires the first new link too.
    facilitator.provider.sendStateless(JSON.stringify({ type: 'reset-edit-link' }));
    await waitFor('the newer editor to hear it', () => fresh.messages.some((m) => m.type === 'you' && m.reason === 'link-reset'));
    expect(t.server.store.getRoom(caps.room)?.editGeneration).toBe(2);
  });

  it('only a facilitator can reset it, and a generation cannot be altered', async () => {
    const editor = client(caps.edit, 'editor-0003');
    await editor.synced();
    editor.provider.sendStateless(JSON.stringify({ type: 'reset-edit-link' }));
    await waitFor('a refusal', () => editor.messages.some((m) => m.type === 'refused'));
    expect(t.server.store.getRoom(caps.room)?.editGeneration).toBe(0);

    const facilitator = client(caps.facilitator, 'facilitator-2');
    await facilitator.synced();
    facilitator.provider.sendStateless(JSON.stringify({ type: 'reset-edit-link' }));
    await waitFor('the new links', () => facilitator.messages.some((m) => m.type === 'links'));
    const edit = (facilitator.messages.find((m) => m.type === 'links') as { edit: string }).edit;
    const bumped = edit.replace('.edit.1.', '.edit.9.');
    expect(await (await raw()).authenticate(bumped)).toMatch(/^invalid-capability: the link was altered/);
  });
});

describe('parts only facilitators change', () => {
  /** An update that starts a rating round, made against the room's current state. */
  function roundUpdate(): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, roomState());
    const before = Y.encodeStateVector(doc);
    const round = new Y.Map<unknown>();
    doc.transact(() => {
      round.set('id', 'r_forged');
      round.set('title', 'Rate these');
      round.set('linkIds', []);
      round.set('status', 'open');
      round.set('createdAt', '2026-12-02T10:00:00.000Z');
      doc.getMap('ratingRounds').set('r_forged', round);
    });
    return Y.encodeStateAsUpdate(doc, before);
  }
  function storedRounds(): string[] {
    const doc = new Y.Doc();
    for (const u of t.server.store.loadUpdates(caps.room)) Y.applyUpdate(doc, u);
    return [...doc.getMap('ratingRounds').keys()];
  }

  it('refuses a rating round written on an edit link, closes that connection, and the room is unchanged', async () => {
    const r = await raw();
    expect(await r.authenticate(caps.edit)).toBe('authenticated');
    expect(await r.sendUpdate(roundUpdate())).toBe(false);
    await waitFor('the socket to close', () => r.closed !== null);
    expect(r.closed?.code).toBe(4403);
    expect(t.log.lines.some((l) => l.includes('message-refused') && l.includes('only a facilitator may change rating rounds'))).toBe(true);
    expect(storedRounds()).toEqual([]);

    // Everyone else carries on, and an editor's ordinary edit still lands.
    const editor = client(caps.edit, 'editor-0100');
    await editor.synced();
    setLabel(editor.doc, NODE, 'an editor may relabel');
    await waitFor('the label to be stored', () => storedLabel() === 'an editor may relabel');
    expect(editor.doc.getMap('ratingRounds').size).toBe(0);
  });

  it('takes the same round from a facilitator', async () => {
    const r = await raw();
    expect(await r.authenticate(caps.facilitator)).toBe('authenticated');
    expect(await r.sendUpdate(roundUpdate())).toBe(true);
    await waitFor('the round to be stored', () => storedRounds().includes('r_forged'));
    expect(r.closed).toBeNull();
  });

  it('refuses an editor closing or deleting a round a facilitator started', async () => {
    const facilitator = await raw();
    await facilitator.authenticate(caps.facilitator);
    expect(await facilitator.sendUpdate(roundUpdate())).toBe(true);
    await waitFor('the round to be stored', () => storedRounds().includes('r_forged'));

    const doc = new Y.Doc();
    Y.applyUpdate(doc, roomState());
    const before = Y.encodeStateVector(doc);
    doc.getMap('ratingRounds').delete('r_forged');
    const r = await raw();
    await r.authenticate(caps.edit);
    expect(await r.sendUpdate(Y.encodeStateAsUpdate(doc, before))).toBe(false);
    expect(storedRounds()).toEqual(['r_forged']);
  });
});

describe('whose words', () => {
  const ALICE = 'alice-0001';
  const MALLORY = 'mallory-01';
  const voice = (personId: string) => ({ personId, name: personId.split('-')[0], perspectiveId: null });

  async function as(participant: string | undefined, token = caps.edit, key?: string): Promise<RawClient> {
    const r = await RawClient.open(t.wsUrl, caps.room, participant, key);
    cleanup.push(() => r.close());
    expect(await r.authenticate(token)).toBe('authenticated');
    return r;
  }
  /** An update made against the room's stored state. */
  function edit(change: (doc: Y.Doc) => void): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, roomState());
    const before = Y.encodeStateVector(doc);
    doc.transact(() => change(doc));
    return Y.encodeStateAsUpdate(doc, before);
  }
  const record = (fields: Record<string, unknown>) => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) m.set(k, v);
    return m;
  };
  const comments = (doc: Y.Doc, thread = 't1') => (doc.getMap('comments').get(thread) as Y.Map<unknown>).get('comments') as Y.Map<Y.Map<unknown>>;
  function stored(): Y.Doc {
    const doc = new Y.Doc();
    for (const u of t.server.store.loadUpdates(caps.room)) Y.applyUpdate(doc, u);
    return doc;
  }
  async function refused(r: RawClient, update: Uint8Array, why: string) {
    expect(await r.sendUpdate(update)).toBe(false);
    await waitFor('the socket to close', () => r.closed !== null);
    expect(r.closed?.code).toBe(4403);
    expect(t.log.lines.some((l) => l.includes('message-refused') && l.includes(why))).toBe(true);
  }

  /** Alice opens a thread on the map and gives her view of a link. */
  async function aliceSpeaks() {
    const alice = await as(ALICE);
    const update = edit((doc) => {
      const thread = record({ target: { kind: 'map' }, resolved: false, createdAt: '2026-12-02T10:00:00.000Z' });
      thread.set('comments', new Y.Map<unknown>());
      doc.getMap('comments').set('t1', thread);
      comments(doc).set('c1', record({ text: 'Is this loop real?', voice: voice(ALICE), createdAt: '2026-12-02T10:00:00.000Z' }));
      doc.getMap('linkViews').set('v1', record({ linkId: 'l1', voice: voice(ALICE), polarity: '+', strength: 2, confidence: 'medium', why: '', roundId: null, createdAt: '' }));
    });
    expect(await alice.sendUpdate(update)).toBe(true);
    await waitFor('Alice’s words to be stored', () => stored().getMap('comments').has('t1'));
  }

  it('refuses an editor changing another person’s comment or view of a link, and the room keeps them', async () => {
    await aliceSpeaks();
    await refused(await as(MALLORY), edit((doc) => comments(doc).get('c1')!.set('text', 'I agree with Mallory')), 'only its author may change or delete a comment');
    await refused(await as(MALLORY), edit((doc) => (doc.getMap('linkViews').get('v1') as Y.Map<unknown>).set('strength', 3)), 'only its author may change or delete a view of a link');
    await refused(await as(MALLORY), edit((doc) => doc.getMap('linkViews').delete('v1')), 'only its author may change or delete a view of a link');
    await refused(await as(MALLORY), edit((doc) => doc.getMap('comments').delete('t1')), 'only its author may change or delete a comment');
    expect(comments(stored()).get('c1')!.get('text')).toBe('Is this loop real?');
    expect(stored().getMap('linkViews').has('v1')).toBe(true);
  });

  it('refuses words written in someone else’s name, or sent under their id without their key', async () => {
    await aliceSpeaks();
    await refused(
      await as(MALLORY),
      edit((doc) => comments(doc).set('c2', record({ text: 'Alice says: delete it', voice: voice(ALICE), createdAt: '' }))),
      "may only be written in the sender's own name",
    );
    // Claiming Alice's id (everyone in the room sees it) with another key gives a fresh id, not hers.
    const impostor = await as(ALICE, caps.edit, 'not-alices-key-0123456789');
    await refused(impostor, edit((doc) => comments(doc).get('c1')!.set('text', 'changed by an impostor')), 'only its author may change or delete a comment');
    expect(t.log.lines.some((l) => l.includes('participant-claimed') && l.includes(ALICE))).toBe(true);
    expect(comments(stored()).has('c2')).toBe(false);
  });

  it('takes a reply in one’s own name, resolving anyone’s thread, the author’s own edit, and a facilitator taking a thread down', async () => {
    await aliceSpeaks();
    const mallory = await as(MALLORY);
    expect(await mallory.sendUpdate(edit((doc) => comments(doc).set('c2', record({ text: 'I doubt it', voice: voice(MALLORY), createdAt: '' }))))).toBe(true);
    expect(await mallory.sendUpdate(edit((doc) => (doc.getMap('comments').get('t1') as Y.Map<unknown>).set('resolved', true)))).toBe(true);
    const alice = await as(ALICE);
    expect(await alice.sendUpdate(edit((doc) => comments(doc).get('c1')!.set('text', 'Is this loop real? (edited)')))).toBe(true);
    expect(mallory.closed).toBeNull();
    const facilitator = await as(undefined, caps.facilitator);
    expect(await facilitator.sendUpdate(edit((doc) => doc.getMap('comments').delete('t1')))).toBe(true);
    await waitFor('the thread to go', () => !stored().getMap('comments').has('t1'));
  });
});
