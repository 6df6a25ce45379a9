import { describe, expect, it } from 'vitest';
import { giveLinkView, newLinkView } from '../model/linkViews.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import { toFlowEdges } from './toFlow.ts';

describe('agreement marks on the canvas', () => {
  it('a link two people rated carries agreed or contested, in its accessible name too; others carry none', () => {
    const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
    const b = newNode('factor', { x: 300, y: 0 }, { label: 'Sleep' });
    const l1 = newLink(a.id, b.id, { polarity: '-' });
    const l2 = newLink(b.id, a.id);
    let doc = [addNode(a), addNode(b), addLink(l1), addLink(l2)].reduce((d, o) => o.apply(d), createMap());
    const none = toFlowEdges(doc, { selection: { nodeIds: [], linkIds: [] } }, []);
    expect(none.map((e) => e.data?.agreement)).toEqual([null, null]);

    const fields = { strength: 2, confidence: 'high' as const, why: '' };
    doc = giveLinkView(newLinkView(l1.id, { personId: 'p1', name: 'Sam', perspectiveId: null }, { ...fields, polarity: '-' })).apply(doc);
    doc = giveLinkView(newLinkView(l1.id, { personId: 'p2', name: 'Ria', perspectiveId: null }, { ...fields, polarity: '+' })).apply(doc);
    doc = giveLinkView(newLinkView(l2.id, { personId: 'p1', name: 'Sam', perspectiveId: null }, { ...fields, polarity: '+' })).apply(doc);
    const edges = toFlowEdges(doc, { selection: { nodeIds: [], linkIds: [] } }, none);
    const [e1, e2] = [edges.find((e) => e.id === l1.id)!, edges.find((e) => e.id === l2.id)!];
    expect(e1.data?.agreement).toEqual({ verdict: 'contested', count: 2 });
    expect(e1.ariaLabel).toMatch(/; contested: 2 views$/);
    // One view is not "several": no mark, and the edge is the one from before.
    expect(e2.data?.agreement).toBeNull();
    expect(e2).toBe(none.find((e) => e.id === l2.id));
  });
});
