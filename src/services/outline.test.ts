import { describe, expect, it } from 'vitest';
import { addTheme, newTheme } from '../model/operations.ts';
import { addNamedNode, bulkEdit, linkNodes } from './outline.ts';
import { createSession } from './session.ts';

describe('the outline services', () => {
  it('add named nodes that never overlap, guessing what sort of actor', () => {
    const s = createSession();
    const a = addNamedNode(s, 'actor', 'Older residents');
    const b = addNamedNode(s, 'factor', 'Loneliness');
    expect(a.actorType).toBe('group');
    expect(a.position).not.toEqual(b.position);
    expect(s.map.getState().history.past.map((h) => h.name)).toEqual(['Add actor', 'Add factor']);
  });
  it('link and bulk edit as single undo steps', () => {
    const s = createSession();
    const a = addNamedNode(s, 'factor', 'Debt');
    const b = addNamedNode(s, 'factor', 'Stress');
    linkNodes(s, a.id, b.id, '-', 3);
    const theme = newTheme(s.map.getState().doc, 'Money');
    s.map.getState().dispatch(addTheme(theme));
    expect(bulkEdit(s, [a.id, b.id], { clusterId: theme.id, addTags: ['core'], kind: 'outcome' })).toBe(2);
    const { doc, history } = s.map.getState();
    expect(history.past[history.past.length - 1]!.name).toBe('Edit 2 nodes');
    expect(doc.nodes[a.id]).toMatchObject({ clusterId: theme.id, tags: ['core'], kind: 'outcome' });
    expect(Object.values(doc.links)[0]).toMatchObject({ polarity: '-', strength: 3 });
    s.map.getState().undo();
    expect(s.map.getState().doc.nodes[a.id]!.clusterId).toBeNull();
  });
});
