import { describe, expect, it } from 'vitest';
import { addNode, createMap, newNode, updateNode } from '../../model/operations.ts';
import { otherNodes } from './otherNodes.ts';

function map() {
  let doc = createMap({ title: 'Test' });
  for (const label of ['Rent', 'arrears', 'Benefits', 'Debt']) doc = addNode({ ...newNode('factor', { x: 0, y: 0 }), label }).apply(doc);
  return doc;
}

describe('otherNodes', () => {
  it('lists every other node by label, as localeCompare orders them', () => {
    const doc = map();
    const self = Object.values(doc.nodes).find((n) => n.label === 'Debt')!.id;
    const labels = Object.values(doc.nodes).filter((n) => n.id !== self).map((n) => n.label).sort((a, b) => a.localeCompare(b));
    expect(otherNodes(doc.nodes, self, null).sorted.map((o) => o.label)).toEqual(labels);
  });

  it('hands back the same list while only the node itself changes, and a new one when another is relabelled', () => {
    const doc = map();
    const self = Object.values(doc.nodes).find((n) => n.label === 'Debt')!.id;
    const first = otherNodes(doc.nodes, self, null);
    const retyped = updateNode(self, { label: 'Debt and arrears' }).apply(doc);
    expect(otherNodes(retyped.nodes, self, first)).toBe(first);
    const other = Object.values(doc.nodes).find((n) => n.label === 'Rent')!.id;
    const renamed = updateNode(other, { label: 'Rent rises' }).apply(doc);
    const next = otherNodes(renamed.nodes, self, first);
    expect(next).not.toBe(first);
    expect(next.sorted.map((o) => o.label)).toContain('Rent rises');
  });
});
