import { describe, expect, it } from 'vitest';
import { loadExample } from '../../export/test-maps.ts';
import { keyFactors } from '../../analysis/measures.ts';
import { keyLabelNodes, KEY_LABELS } from './keyLabels.ts';

describe('keyLabelNodes', () => {
  const doc = loadExample();

  it('labels the focal outcome and the key factors by betweenness, not every node', () => {
    const ids = keyLabelNodes(doc, []);
    expect(ids.has(doc.meta.focalNodeId!)).toBe(true);
    const top = [...keyFactors(doc)].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    expect(ids.has(top.id)).toBe(true);
    // Spaced apart: no two labelled key factors (besides the focal outcome) are next-door neighbours.
    const spots = [...ids].filter((id) => id !== doc.meta.focalNodeId).map((id) => doc.nodes[id]!.position);
    for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 360 || Math.abs(a.y - b.y) >= 112).toBe(true);
    expect(ids.size).toBeLessThanOrEqual(KEY_LABELS + 1);
    expect(ids.size).toBeLessThan(Object.keys(doc.nodes).length / 4);
  });

  it('adds the selection and its neighbours', () => {
    const link = Object.values(doc.links)[0]!;
    const ids = keyLabelNodes(doc, [link.source]);
    expect(ids.has(link.source)).toBe(true);
    expect(ids.has(link.target)).toBe(true);
  });

  it('keeps the last answer when the same nodes keep their labels, so the node views need not re-render', () => {
    const first = keyLabelNodes(doc, []);
    const renamed = Object.values(doc.nodes).find((n) => !first.has(n.id))!;
    const edited = { ...doc, nodes: { ...doc.nodes, [renamed.id]: { ...renamed, description: 'said by someone else' } } };
    expect(keyLabelNodes(edited, [], KEY_LABELS, first)).toBe(first);
    const link = Object.values(doc.links).find((l) => !first.has(l.source) || !first.has(l.target))!;
    expect(keyLabelNodes(edited, [link.source], KEY_LABELS, first)).not.toBe(first);
  });

  it('spaces the labels as far apart as asked (the overview asks for their size on screen at its zoom), and with none asked for names only the focal outcome and the selection', () => {
    const apart = { x: 1600, y: 400 };
    const ids = keyLabelNodes(doc, [], KEY_LABELS, undefined, apart);
    const spots = [...ids].filter((id) => id !== doc.meta.focalNodeId).map((id) => doc.nodes[id]!.position);
    for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(Math.abs(a.x - b.x) >= apart.x || Math.abs(a.y - b.y) >= apart.y).toBe(true);
    expect(ids.size).toBeLessThan(keyLabelNodes(doc, []).size);
    const link = Object.values(doc.links)[0]!;
    const neighbours = Object.values(doc.links).flatMap((l) => (l.source === link.source ? [l.target] : l.target === link.source ? [l.source] : []));
    expect([...keyLabelNodes(doc, [link.source], 0)].sort()).toEqual([...new Set([doc.meta.focalNodeId!, link.source, ...neighbours])].sort());
  });
});
