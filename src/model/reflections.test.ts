import { describe, expect, it } from 'vitest';
import { parseMapText, serialiseMap } from './load.ts';
import { addNode, createMap, newNode, removeElements } from './operations.ts';
import { addReflection, newReflection, reflectionNodes, removeReflection, sortedReflections, todayIso, updateReflection } from './reflections.ts';
import type { Voice } from './types.ts';

const sam: Voice = { personId: 'sam-000001', name: 'Sam', perspectiveId: 'p_lived' };

describe('reflection points', () => {
  it('records what we noticed, dated, about the selected nodes, with the voice', () => {
    const node = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
    const doc0 = addNode(node).apply(createMap());
    const r = newReflection({ text: ' Stress shows up in every loop ', nodeIds: [node.id, node.id], voice: sam }, new Date(2026, 2, 4, 15, 0));
    const doc = addReflection(r).apply(doc0);
    expect(doc.reflections[r.id]).toMatchObject({ date: '2026-03-04', text: 'Stress shows up in every loop', nodeIds: [node.id], viewId: null, voice: sam });
    expect(reflectionNodes(doc, r).map((n) => n.label)).toEqual(['Stress']);
    // A deleted node is ignored, and the file still loads.
    const without = removeElements([node.id]).apply(doc);
    expect(reflectionNodes(without, without.reflections[r.id]!)).toEqual([]);
    const reopened = parseMapText(serialiseMap(without));
    expect(reopened.ok).toBe(true);
  });

  it('refuses an empty note, edits and deletes', () => {
    const doc0 = createMap();
    expect(addReflection(newReflection({ text: '  ' })).apply(doc0)).toBe(doc0);
    const r = newReflection({ text: 'First' });
    let doc = addReflection(r).apply(doc0);
    expect(updateReflection(r.id, { text: '' }).apply(doc)).toBe(doc);
    doc = updateReflection(r.id, { text: 'Changed', date: '2026-01-02' }).apply(doc);
    expect(doc.reflections[r.id]).toMatchObject({ text: 'Changed', date: '2026-01-02' });
    doc = removeReflection(r.id).apply(doc);
    expect(doc.reflections).toEqual({});
  });

  it('lists oldest first', () => {
    let doc = createMap();
    for (const [text, date] of [['b', '2026-02-01'], ['a', '2026-01-01'], ['c', '2026-03-01']] as const) doc = addReflection(newReflection({ text, date })).apply(doc);
    expect(sortedReflections(doc.reflections).map((r) => r.text)).toEqual(['a', 'b', 'c']);
    expect(todayIso(new Date(2026, 0, 9))).toBe('2026-01-09');
  });
});
