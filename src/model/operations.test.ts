import { describe, expect, it } from 'vitest';
import { checkReferences } from './load.ts';
import {
  addTheme,
  addLink,
  addNode,
  batch,
  createMap,
  moveNodes,
  newTheme,
  newLink,
  newNode,
  removeTheme,
  removeElements,
  renameNode,
  reverseLink,
  setFocalOutcome,
  updateLink,
  updateNode,
} from './operations.ts';
import { extractFragment, pasteFragment } from './fragment.ts';

function smallMap() {
  const a = newNode('actor', { x: 0, y: 0 }, { label: 'Resident' });
  const f = newNode('factor', { x: 200, y: 0 }, { label: 'Stress' });
  const o = newNode('outcome', { x: 400, y: 0 }, { label: 'Wellbeing' });
  const l1 = newLink(a.id, f.id, { polarity: '+' });
  const l2 = newLink(f.id, o.id, { polarity: '-', strength: 3 });
  const doc = [addNode(a), addNode(f), addNode(o), addLink(l1), addLink(l2)].reduce((d, op) => op.apply(d), createMap());
  return { doc, a, f, o, l1, l2 };
}

describe('operations', () => {
  it('adds nodes and links without touching the previous document', () => {
    const empty = createMap();
    const n = newNode('factor', { x: 10.4, y: 20.6 });
    const next = addNode(n).apply(empty);
    expect(Object.keys(empty.nodes)).toHaveLength(0);
    expect(next.nodes[n.id]?.position).toEqual({ x: 10, y: 21 });
    expect(next.nodes[n.id]?.factorType).toBe('condition');
  });

  it('names each operation for the undo history', () => {
    const { a, l1 } = smallMap();
    expect(addNode(a).name).toBe('Add actor');
    expect(renameNode(a.id, 'x').name).toBe('Rename');
    expect(removeElements([a.id]).name).toBe('Delete node');
    expect(removeElements([a.id], [l1.id]).name).toBe('Delete 2 items');
    expect(moveNodes({ [a.id]: { x: 1, y: 1 } }).name).toBe('Move node');
  });

  it('refuses a link to a missing node or to itself', () => {
    const { doc, a } = smallMap();
    expect(addLink(newLink(a.id, 'nope')).apply(doc)).toBe(doc);
    expect(addLink(newLink(a.id, a.id)).apply(doc)).toBe(doc);
  });

  it('removing a node removes its links and clears it as focal outcome', () => {
    const { doc: d0, f, o, l1, l2 } = smallMap();
    const doc = setFocalOutcome(o.id).apply(d0);
    expect(doc.meta.focalNodeId).toBe(o.id);
    const next = removeElements([f.id, o.id]).apply(doc);
    expect(next.links[l1.id]).toBeUndefined();
    expect(next.links[l2.id]).toBeUndefined();
    expect(next.meta.focalNodeId).toBeNull();
    expect(checkReferences(next)).toEqual([]);
  });

  it('only an outcome can be the focal outcome, and stops being focal when its kind changes', () => {
    const { doc, f, o } = smallMap();
    expect(setFocalOutcome(f.id).apply(doc)).toBe(doc);
    const focal = setFocalOutcome(o.id).apply(doc);
    expect(updateNode(o.id, { kind: 'factor' }).apply(focal).meta.focalNodeId).toBeNull();
  });

  it('updates, reverses and re-weights links', () => {
    const { doc, a, f, l1 } = smallMap();
    const next = updateLink(l1.id, { polarity: '-', strength: 3, confidence: 'low' }).apply(doc);
    expect(next.links[l1.id]).toMatchObject({ polarity: '-', strength: 3, confidence: 'low', source: a.id });
    expect(reverseLink(l1.id).apply(doc).links[l1.id]).toMatchObject({ source: f.id, target: a.id });
  });

  it('moves several nodes in one step', () => {
    const { doc, a, f } = smallMap();
    const next = moveNodes({ [a.id]: { x: 5, y: 6 }, [f.id]: { x: 7.7, y: 8 } }).apply(doc);
    expect(next.nodes[a.id]?.position).toEqual({ x: 5, y: 6 });
    expect(next.nodes[f.id]?.position).toEqual({ x: 8, y: 8 });
  });

  it('removing a theme keeps its nodes, without a theme', () => {
    const { doc: d0, f } = smallMap();
    const c = newTheme(d0, 'Health');
    const doc = batch('x', [addTheme(c), updateNode(f.id, { clusterId: c.id })]).apply(d0);
    expect(doc.nodes[f.id]?.clusterId).toBe(c.id);
    const next = removeTheme(c.id).apply(doc);
    expect(next.clusters[c.id]).toBeUndefined();
    expect(next.nodes[f.id]?.clusterId).toBeNull();
  });

  it('gives new themes distinct palette colours', () => {
    let doc = createMap();
    const colours = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const c = newTheme(doc, `T${i}`);
      colours.add(c.colour);
      doc = addTheme(c).apply(doc);
    }
    expect(colours.size).toBe(8);
  });

  it('copies a piece of the map and pastes it with fresh ids, keeping inner links only', () => {
    const { doc, a, f } = smallMap();
    const fragment = extractFragment(doc, [a.id, f.id]);
    expect(fragment.nodes).toHaveLength(2);
    expect(fragment.links).toHaveLength(1);
    const { op, nodeIds } = pasteFragment(fragment, { x: 40, y: 40 });
    const next = op.apply(doc);
    expect(Object.keys(next.nodes)).toHaveLength(5);
    expect(Object.keys(next.links)).toHaveLength(3);
    expect(nodeIds.every((id) => next.nodes[id] && !doc.nodes[id])).toBe(true);
    expect(next.nodes[nodeIds[0]!]?.position).toEqual({ x: a.position.x + 40, y: a.position.y + 40 });
    expect(checkReferences(next)).toEqual([]);
  });
});
