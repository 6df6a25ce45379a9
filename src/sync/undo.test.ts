import { describe, expect, it } from 'vitest';
import { checkReferences } from '../model/load.ts';
import { addNode, createMap, newNode, renameNode, updateNode } from '../model/operations.ts';
import { client, send, syncAll } from './testing/peers.ts';

function room() {
  const a = client();
  const b = client();
  const doc = [addNode(newNode('factor', { x: 0, y: 0 }, { id: 'n_1', label: 'One' })), addNode(newNode('factor', { x: 9, y: 9 }, { id: 'n_2', label: 'Two' }))].reduce(
    (d, op) => op.apply(d),
    createMap(),
  );
  a.share(doc);
  send(a.ydoc, b.ydoc);
  return { a, b };
}

describe('undo of my own changes', () => {
  it("takes back only A's edit, never B's", () => {
    const { a, b } = room();
    a.apply(renameNode('n_1', 'One by A'));
    b.apply(renameNode('n_2', 'Two by B'));
    syncAll(a.ydoc, b.ydoc);
    expect(a.undo()).toBe('Rename');
    syncAll(a.ydoc, b.ydoc);
    for (const c of [a, b]) {
      expect(c.doc!.nodes.n_1!.label).toBe('One');
      expect(c.doc!.nodes.n_2!.label).toBe('Two by B');
    }
    expect(a.canUndo()).toBe(false);
    expect(b.canUndo()).toBe(true);
  });

  it("leaves a collaborator's later edit of the same field alone", () => {
    const { a, b } = room();
    a.apply(renameNode('n_1', 'By A'));
    syncAll(a.ydoc, b.ydoc);
    b.apply(renameNode('n_1', 'By B, after A'));
    syncAll(a.ydoc, b.ydoc);
    a.undo();
    expect(a.doc!.nodes.n_1!.label).toBe('By B, after A');
  });

  it('never leaves a field empty when A undoes an edit that won over a concurrent one', () => {
    for (let round = 0; round < 6; round++) {
      const { a, b } = room();
      a.apply(renameNode('n_1', 'A'));
      b.apply(renameNode('n_1', 'B'));
      syncAll(a.ydoc, b.ydoc);
      a.undo();
      b.undo();
      syncAll(a.ydoc, b.ydoc);
      for (const c of [a, b]) {
        expect(Object.keys(c.doc!.nodes).sort()).toEqual(['n_1', 'n_2']);
        expect(typeof c.doc!.nodes.n_1!.label).toBe('string');
        expect(checkReferences(c.doc!)).toEqual([]);
      }
      expect(a.doc).toEqual(b.doc);
    }
  });

  it('makes each named operation one step and a burst of typing in one field one step', () => {
    const { a } = room();
    a.apply(renameNode('n_1', 'First'), { now: 1_000 });
    let label = '';
    let now = 10_000;
    for (const ch of 'Typed') {
      label += ch;
      a.apply(updateNode('n_2', { label }, 'Edit label'), { coalesceKey: 'node:n_2:label', now: (now += 300) });
    }
    // A pause longer than the coalescing window starts a new step.
    a.apply(updateNode('n_2', { label: 'Typed more' }, 'Edit label'), { coalesceKey: 'node:n_2:label', now: now + 5_000 });
    expect(a.undo()).toBe('Edit label');
    expect(a.doc!.nodes.n_2!.label).toBe('Typed');
    expect(a.undo()).toBe('Edit label');
    expect(a.doc!.nodes.n_2!.label).toBe('Two');
    expect(a.doc!.nodes.n_1!.label).toBe('First');
    expect(a.undo()).toBe('Rename');
    expect(a.doc!.nodes.n_1!.label).toBe('One');
    expect(a.undo()).toBeNull();
    expect(a.redo()).toBe('Rename');
    expect(a.redo()).toBe('Edit label');
    expect(a.doc!.nodes.n_2!.label).toBe('Typed');
    expect(a.redoName()).toBe('Edit label');
  });

  it('skips a step that collaborators have entirely overwritten', () => {
    const { a, b } = room();
    // Distinct clocks: each step also stamps meta.updatedAt, and two stamps in the same millisecond
    // would leave A's stamp in place, so B would not have overwritten A's step entirely.
    a.apply(renameNode('n_2', 'Two by A'), { now: Date.parse('2026-12-01T10:00:00Z') });
    a.apply(renameNode('n_1', 'One by A'), { now: Date.parse('2026-12-01T10:00:01Z') });
    syncAll(a.ydoc, b.ydoc);
    b.apply(renameNode('n_1', 'One by B'), { now: Date.parse('2026-12-01T10:00:02Z') });
    syncAll(a.ydoc, b.ydoc);
    expect(a.undo()).toBe('Rename');
    expect(a.doc!.nodes.n_2!.label).toBe('Two');
    expect(a.doc!.nodes.n_1!.label).toBe('One by B');
  });

  it('drops the redo steps when a new operation is made', () => {
    const { a } = room();
    a.apply(renameNode('n_1', 'X'));
    a.undo();
    expect(a.canRedo()).toBe(true);
    a.apply(renameNode('n_2', 'Y'));
    expect(a.canRedo()).toBe(false);
    expect(a.redo()).toBeNull();
  });
});
