import { describe, expect, it } from 'vitest';
import { addExperiment, addLogEntry, newExperiment, newLogEntry } from './experiments.ts';
import { extractFragment, pasteFragment } from './fragment.ts';
import { addLink, addNode, createMap, moveNodes, newLink, newNode, renameNode, updateNode } from './operations.ts';
import type { MapDocument, Voice } from './types.ts';
import { addPerspective, newPerspective, removePerspective, renamePerspective, stampVoices } from './voices.ts';

const sam: Voice = { personId: 'person-sam-1', name: 'Sam', perspectiveId: 'p_lived' };
const kim: Voice = { personId: 'person-kim-1', name: 'Kim', perspectiveId: 'p_practitioner' };

/** Applies an operation as the store does for a local change: stamped with the voice. */
const as = (voice: Voice, doc: MapDocument, ...ops: { apply(d: MapDocument): MapDocument }[]) => ops.reduce((d, o) => stampVoices(d, o.apply(d), voice), doc);

describe('stampVoices', () => {
  it('stamps the nodes and links a change adds, and nothing already there', () => {
    const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
    const b = newNode('factor', { x: 200, y: 0 }, { label: 'Sleep' });
    const doc = as(sam, createMap(), addNode(a));
    expect(doc.nodes[a.id]!.voice).toEqual(sam);
    const link = newLink(a.id, b.id);
    const next = as(kim, doc, addNode(b), addLink(link), renameNode(a.id, 'Worry'));
    expect(next.nodes[b.id]!.voice).toEqual(kim);
    expect(next.links[link.id]!.voice).toEqual(kim);
    // Editing someone else's factor does not make it mine.
    expect(next.nodes[a.id]!.voice).toEqual(sam);
    expect(next.nodes[a.id]!.label).toBe('Worry');
  });

  it('gives back the same document when nothing was added', () => {
    const a = newNode('factor', { x: 0, y: 0 });
    const doc = addNode(a).apply(createMap());
    const moved = moveNodes({ [a.id]: { x: 10, y: 10 } }).apply(doc);
    expect(stampVoices(doc, moved, sam)).toBe(moved);
    expect(stampVoices(doc, doc, sam)).toBe(doc);
    expect(stampVoices(doc, addNode(newNode('factor', { x: 1, y: 1 })).apply(doc), null).nodes).not.toHaveProperty(`${a.id}.voice`);
  });

  it('stamps a note added to a node, not the notes it had', () => {
    const a = newNode('factor', { x: 0, y: 0 }, { notes: [{ id: 'note_old', text: 'old', private: false, createdAt: '2026-01-01T00:00:00Z' }] });
    const doc = addNode(a).apply(createMap());
    const note = { id: 'note_new', text: 'new', private: false, createdAt: '2026-01-02T00:00:00Z' };
    const next = as(kim, doc, updateNode(a.id, { notes: [...a.notes, note] }));
    expect(next.nodes[a.id]!.notes.map((n) => n.voice?.name ?? null)).toEqual([null, 'Kim']);
    expect(next.nodes[a.id]!.voice).toBeUndefined();
  });

  it('stamps a log entry added to an experiment, and the reflections added', () => {
    const x = newExperiment({ title: 'Plain-English letters' });
    const doc = addExperiment(x).apply(createMap());
    const entry = newLogEntry({ did: 'Sent letters' });
    const next = as(sam, doc, addLogEntry(x.id, entry));
    expect(next.experiments[x.id]!.log[entry.id]!.voice).toEqual(sam);
    // The experiment itself is not a voiced record.
    expect(next.experiments[x.id]).not.toHaveProperty('voice');
    const reflection = { id: 'r1', date: '2026-03-01', text: 'We noticed the loop', viewId: null, nodeIds: [], createdAt: '2026-03-01T10:00:00Z' };
    const reflected = as(kim, next, { apply: (d: MapDocument) => ({ ...d, reflections: { ...d.reflections, r1: reflection } }) });
    expect(reflected.reflections.r1!.voice).toEqual(kim);
  });

  it('keeps the voices a paste brings with it, and stamps what had none', () => {
    const a = newNode('factor', { x: 0, y: 0 }, { label: 'Said by Sam' });
    const b = newNode('factor', { x: 0, y: 100 }, { label: 'Nobody said' });
    const doc = as(sam, createMap(), addNode(a));
    const withB = addNode(b).apply(doc);
    const { op, nodeIds } = pasteFragment(extractFragment(withB, [a.id, b.id]), { x: 40, y: 40 });
    const pasted = as(kim, withB, op);
    const byLabel = Object.fromEntries(nodeIds.map((id) => [pasted.nodes[id]!.label, pasted.nodes[id]!.voice?.name]));
    expect(byLabel).toEqual({ 'Said by Sam': 'Sam', 'Nobody said': 'Kim' });
  });
});

describe('perspectives', () => {
  it('renames, adds after the others, and removes, leaving what was said from it as it was', () => {
    const a = newNode('factor', { x: 0, y: 0 });
    let doc = as(sam, createMap(), addNode(a));
    doc = renamePerspective('p_lived', 'People who use the service').apply(doc);
    expect(doc.perspectives.p_lived!.name).toBe('People who use the service');
    const carers = newPerspective(doc, 'p_carers', 'Carers');
    expect(carers.order).toBe(5);
    doc = addPerspective(carers).apply(doc);
    expect(Object.keys(doc.perspectives)).toContain('p_carers');
    doc = removePerspective('p_lived').apply(doc);
    expect(doc.perspectives.p_lived).toBeUndefined();
    expect(doc.nodes[a.id]!.voice).toEqual(sam);
    expect(removePerspective('p_gone').apply(doc)).toBe(doc);
    expect(renamePerspective('p_carers', 'x'.repeat(300)).apply(doc).perspectives.p_carers!.name).toHaveLength(100);
  });
});
