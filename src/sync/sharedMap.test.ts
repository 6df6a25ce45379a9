import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkReferences, parseMapText, parseMapValue } from '../model/load.ts';
import { addTheme, addLink, addNode, createMap, moveNodes, newLink, newNode, removeTheme, removeElements, renameNode, reverseLink, setFocalOutcome, updateNode } from '../model/operations.ts';
import { addExperiment, newExperiment, touchNodes, updateTouch } from '../model/experiments.ts';
import type { MapDocument, Note } from '../model/types.ts';
import { readYDoc } from './project.ts';
import { client, send, syncAll } from './testing/peers.ts';

function smallMap(): MapDocument {
  const theme = { id: 'c_food', name: 'Food', colour: '#336699', description: '' };
  const a = newNode('actor', { x: 0, y: 0 }, { id: 'n_a', label: 'Resident' });
  const f = newNode('factor', { x: 200, y: 0 }, { id: 'n_f', label: 'Stress', clusterId: theme.id });
  const o = newNode('outcome', { x: 400, y: 0 }, { id: 'n_o', label: 'Wellbeing' });
  const doc = [addTheme(theme), addNode(a), addNode(f), addNode(o), addLink(newLink(a.id, f.id, { id: 'l_af' })), addLink(newLink(f.id, o.id, { id: 'l_fo' })), setFocalOutcome(o.id)].reduce(
    (d, op) => op.apply(d),
    createMap({ title: 'Small' }),
  );
  return doc;
}

/** Two clients of one room holding the same map. */
function room(doc = smallMap()) {
  const a = client();
  const b = client();
  a.share(doc);
  send(a.ydoc, b.ydoc);
  return { a, b };
}

const valid = (doc: MapDocument | null) => {
  expect(doc).not.toBeNull();
  const result = parseMapValue(JSON.parse(JSON.stringify(doc)));
  expect(result.ok ? [] : result.problems).toEqual([]);
};

describe('the map in a Y.Doc', () => {
  it('reads back every example map as it was written', () => {
    for (const name of ['healthy-weight-place', 'discharge-team', 'council-tax-debt-person']) {
      const loaded = parseMapText(readFileSync(`examples/${name}.json`, 'utf8'));
      if (!loaded.ok) throw new Error(name);
      const ydoc = new Y.Doc();
      const me = client();
      me.share(loaded.doc);
      // Through an update, as a second browser would get it.
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(me.ydoc));
      const shared = readYDoc(ydoc);
      valid(shared);
      const publicOnly = { ...loaded.doc, nodes: Object.fromEntries(Object.entries(loaded.doc.nodes).map(([id, n]) => [id, { ...n, notes: n.notes.filter((x) => !x.private) }])) };
      // A map without loop names reads back with none.
      expect(shared).toEqual({ loopNames: {}, ...publicOnly });
      // The author sees the private notes too.
      expect(me.doc).toEqual({ loopNames: {}, ...loaded.doc });
    }
    // Three whole maps through Yjs and zod: give a loaded machine room.
  }, 30_000);

  it('merges two edits to different fields of one node: both win', () => {
    const { a, b } = room();
    a.apply(renameNode('n_f', 'Chronic stress'));
    b.apply(updateNode('n_f', { description: 'Money worries, mostly' }));
    b.apply(moveNodes({ n_f: { x: 250, y: 40 } }));
    syncAll(a.ydoc, b.ydoc);
    for (const c of [a, b]) {
      const node = c.doc!.nodes.n_f!;
      expect(node.label).toBe('Chronic stress');
      expect(node.description).toBe('Money worries, mostly');
      expect(node.position).toEqual({ x: 250, y: 40 });
    }
    expect(a.doc).toEqual(b.doc);
  });

  it('ends a same-label conflict with one whole text, the same for both', () => {
    const { a, b } = room();
    a.apply(renameNode('n_f', 'Stress at home'));
    b.apply(renameNode('n_f', 'Work pressure'));
    syncAll(a.ydoc, b.ydoc);
    const label = a.doc!.nodes.n_f!.label;
    expect(['Stress at home', 'Work pressure']).toContain(label);
    expect(b.doc!.nodes.n_f!.label).toBe(label);
  });

  it('drops a link drawn to a node someone else deleted, and the map stays valid', () => {
    const { a, b } = room();
    a.apply(removeElements(['n_o']));
    b.apply(addLink(newLink('n_a', 'n_o', { id: 'l_ao' })));
    expect(b.doc!.links.l_ao).toBeDefined();
    syncAll(a.ydoc, b.ydoc);
    for (const c of [a, b]) {
      expect(c.doc!.nodes.n_o).toBeUndefined();
      expect(c.doc!.links.l_ao).toBeUndefined();
      expect(c.doc!.meta.focalNodeId).toBeNull();
      valid(c.doc);
    }
    // Undoing the deletion brings the node back, and the late link with it.
    a.undo();
    syncAll(a.ydoc, b.ydoc);
    expect(b.doc!.nodes.n_o?.label).toBe('Wellbeing');
    expect(b.doc!.links.l_ao).toBeDefined();
    valid(b.doc);
  });

  it('shows a node put in a theme someone else deleted without a theme', () => {
    const { a, b } = room();
    a.apply(removeTheme('c_food'));
    b.apply(updateNode('n_a', { clusterId: 'c_food' }));
    syncAll(a.ydoc, b.ydoc);
    for (const c of [a, b]) {
      expect(c.doc!.nodes.n_a!.clusterId).toBeNull();
      valid(c.doc);
    }
  });

  it('clears a focal outcome that someone else turned into a factor', () => {
    const { a, b } = room();
    a.apply(updateNode('n_o', { kind: 'factor' }));
    b.apply(renameNode('n_o', 'Being well'));
    syncAll(a.ydoc, b.ydoc);
    expect(b.doc!.meta.focalNodeId).toBeNull();
    valid(b.doc);
  });

  it('drops a link two people reversed from different states so that it joins a node to itself', () => {
    const { a, b } = room();
    const c = client();
    send(a.ydoc, c.ydoc);
    // a reverses, b sees it and reverses back; c meanwhile reverses the original.
    a.apply(reverseLink('l_af'));
    send(a.ydoc, b.ydoc);
    b.apply(reverseLink('l_af'));
    c.apply(reverseLink('l_af'));
    syncAll(a.ydoc, b.ydoc, c.ydoc);
    const link = a.doc!.links.l_af;
    if (link) expect(link.source).not.toBe(link.target);
    expect(a.doc).toEqual(c.doc);
    valid(a.doc);
  });

  it('keeps an experiment touch of a node deleted meanwhile, orphaned', () => {
    const { a, b } = room();
    const x = newExperiment({ id: 'x_1', title: 'Cook together' });
    a.apply(addExperiment(x));
    syncAll(a.ydoc, b.ydoc);
    a.apply(removeElements(['n_f']));
    b.apply(touchNodes('x_1', ['n_f']));
    syncAll(a.ydoc, b.ydoc);
    const touch = a.doc!.experiments.x_1!.touches.n_f;
    expect(touch?.nodeLabel).toBe('Stress');
    expect(a.doc!.nodes.n_f).toBeUndefined();
    valid(a.doc);
  });

  it('merges two people editing different fields of one touch', () => {
    const { a, b } = room();
    a.apply(addExperiment(newExperiment({ id: 'x_1' })));
    a.apply(touchNodes('x_1', ['n_f', 'n_a']));
    syncAll(a.ydoc, b.ydoc);
    a.apply(updateTouch('x_1', 'n_f', { observed: 'down' }));
    b.apply(updateTouch('x_1', 'n_f', { evidence: 'Three families said so' }));
    b.apply(touchNodes('x_1', ['n_o']));
    syncAll(a.ydoc, b.ydoc);
    const touches = a.doc!.experiments.x_1!.touches;
    expect(touches.n_f).toMatchObject({ observed: 'down', evidence: 'Three families said so' });
    expect(Object.keys(touches).sort()).toEqual(['n_a', 'n_f', 'n_o']);
    expect(a.doc).toEqual(b.doc);
  });

  it('keeps both notes when two people add one at once', () => {
    const { a, b } = room();
    const note = (id: string, at: string): Note => ({ id, text: id, private: false, createdAt: at });
    a.apply(updateNode('n_a', { notes: [note('note_a', '2025-01-01T10:00:00.000Z')] }));
    b.apply(updateNode('n_a', { notes: [note('note_b', '2025-01-01T10:00:01.000Z')] }));
    syncAll(a.ydoc, b.ydoc);
    expect(a.doc!.nodes.n_a!.notes.map((n) => n.id)).toEqual(['note_a', 'note_b']);
    expect(b.doc).toEqual(a.doc);
  });
});

describe('the projection', () => {
  it('keeps the objects of records that did not change', () => {
    const { a, b } = room();
    const before = b.doc!;
    a.apply(renameNode('n_f', 'Chronic stress'));
    send(a.ydoc, b.ydoc);
    const after = b.doc!;
    expect(after).not.toBe(before);
    expect(after.nodes.n_f).not.toBe(before.nodes.n_f);
    expect(after.nodes.n_a).toBe(before.nodes.n_a);
    expect(after.nodes.n_o).toBe(before.nodes.n_o);
    expect(after.links).toBe(before.links);
    expect(after.clusters).toBe(before.clusters);
    expect(after.experiments).toBe(before.experiments);
    // A full re-read given the previous map keeps its objects too.
    const reread = readYDoc(b.ydoc, after)!;
    expect(reread).toBe(after);
  });

  it('re-reads a link when one of its ends comes or goes, and only then', () => {
    const { a, b } = room();
    const before = b.doc!;
    a.apply(removeElements(['n_o']));
    send(a.ydoc, b.ydoc);
    const mid = b.doc!;
    expect(mid.links.l_fo).toBeUndefined();
    expect(mid.links.l_af).toBe(before.links.l_af);
    a.apply(moveNodes({ n_a: { x: 5, y: 5 } }));
    send(a.ydoc, b.ydoc);
    expect(b.doc!.links).toBe(mid.links);
  });

  it('tells subscribers about remote changes with their origin', () => {
    const { a, b } = room();
    const seen: unknown[] = [];
    b.subscribe((doc, origin) => seen.push([doc?.nodes.n_a?.label, b.isMine(origin)]));
    a.apply(renameNode('n_a', 'Parent'));
    send(a.ydoc, b.ydoc);
    b.apply(renameNode('n_a', 'Carer'));
    expect(seen).toEqual([
      ['Parent', false],
      ['Carer', true],
    ]);
  });

  it('gives a valid map with no dangling references after a deleted theme comes back', () => {
    const { a, b } = room();
    a.apply(removeTheme('c_food'));
    send(a.ydoc, b.ydoc);
    expect(b.doc!.nodes.n_f!.clusterId).toBeNull();
    a.undo();
    send(a.ydoc, b.ydoc);
    expect(b.doc!.nodes.n_f!.clusterId).toBe('c_food');
    expect(checkReferences(b.doc!)).toEqual([]);
  });

  it('tells onChange listeners of each remote update without reading the map; a burst is read once, when asked', () => {
    const { a, b } = room();
    const origins: unknown[] = [];
    b.onChange((origin) => origins.push(origin));
    const before = b.doc!;
    a.apply(renameNode('n_a', 'Tenant'));
    a.apply(renameNode('n_f', 'Worry'));
    send(a.ydoc, b.ydoc);
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.every((o) => !b.isMine(o))).toBe(true);
    const after = b.doc!;
    expect(after.nodes.n_a!.label).toBe('Tenant');
    expect(after.nodes.n_f!.label).toBe('Worry');
    // Only the renamed records are new objects.
    expect(after.nodes.n_o).toBe(before.nodes.n_o);
    expect(after.links).toBe(before.links);
  });
});

