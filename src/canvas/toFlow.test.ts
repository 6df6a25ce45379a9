import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, moveNodes, newLink, newNode } from '../model/operations.ts';
import { toFlowEdges, toFlowNodes } from './toFlow.ts';

describe('deriving the canvas from the map', () => {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'A' });
  const b = newNode('factor', { x: 300, y: 0 }, { label: 'B' });
  const doc = [addNode(a), addNode(b), addLink(newLink(a.id, b.id))].reduce((d, op) => op.apply(d), createMap());
  const none = { nodeIds: [], linkIds: [] };

  it('reuses unchanged nodes so memoised components skip rendering', () => {
    const first = toFlowNodes(doc, { selection: none }, []);
    const moved = moveNodes({ [a.id]: { x: 50, y: 50 } }).apply(doc);
    const second = toFlowNodes(moved, { selection: none }, first);
    expect(second.find((n) => n.id === b.id)).toBe(first.find((n) => n.id === b.id));
    expect(second.find((n) => n.id === a.id)).not.toBe(first.find((n) => n.id === a.id));
    expect(second.find((n) => n.id === a.id)?.position).toEqual({ x: 50, y: 50 });
  });

  it('gives back the same lists when nothing changed, so React Flow has nothing to take in', () => {
    const nodes = toFlowNodes(doc, { selection: none }, []);
    const edges = toFlowEdges(doc, { selection: none }, []);
    const renamed = { ...doc, meta: { ...doc.meta, title: 'Renamed' } };
    expect(toFlowNodes(renamed, { selection: none }, nodes)).toBe(nodes);
    expect(toFlowEdges(renamed, { selection: none }, edges)).toBe(edges);
  });

  it('marks selected nodes and links', () => {
    const nodes = toFlowNodes(doc, { selection: { nodeIds: [a.id], linkIds: [] } }, []);
    expect(nodes.find((n) => n.id === a.id)?.selected).toBe(true);
    expect(nodes.find((n) => n.id === b.id)?.selected).toBe(false);
    const edges = toFlowEdges(doc, { selection: { nodeIds: [], linkIds: Object.keys(doc.links) } }, []);
    expect(edges[0]?.selected).toBe(true);
    expect(toFlowEdges(doc, { selection: none }, edges)[0]).not.toBe(edges[0]);
  });
});
