/**
 * The DOM-free test harness: a session made in the test, driven through the
 * services as the UI drives them, with nothing shared between sessions.
 */
import { describe, expect, it } from 'vitest';
import { parseMapText, serialiseMap } from '../model/load.ts';
import { addNode, createMap, newNode, renameNode } from '../model/operations.ts';
import { addExperiment, newExperiment, touchNodes } from '../model/experiments.ts';
import { addLinkedNode, addNodeAt, deleteElements, duplicateSelection, selectAll } from './actions.ts';
import { answer } from './confirm.ts';
import { deleteMap, newMap, openLoadedMap, refreshLibrary, restoreMap } from './maps.ts';
import { createSession } from './session.ts';

describe('a session in a test', () => {
  it('dispatches, undoes and reads back, and two sessions side by side share nothing', () => {
    const a = createSession();
    const b = createSession();
    const node = addNodeAt(a, 'factor', { x: 0, y: 0 }, false);
    a.map.getState().dispatch(renameNode(node.id, 'Stress'));
    expect(a.map.getState().doc.nodes[node.id]?.label).toBe('Stress');
    expect(Object.keys(b.map.getState().doc.nodes)).toEqual([]);
    a.map.getState().undo();
    expect(a.map.getState().doc.nodes[node.id]?.label).not.toBe('Stress');
    a.map.getState().undo();
    expect(a.map.getState().doc.nodes[node.id]).toBeUndefined();
    expect(a.map.getState().history.future.map((h) => h.name)).toEqual(['Add factor', 'Rename']);
  });

  it('places a new node clear of the others and selects what it made', () => {
    const s = createSession();
    const first = addNodeAt(s, 'factor', { x: 100, y: 100 }, false);
    const second = addNodeAt(s, 'actor', { x: 100, y: 100 }, true);
    expect(second.position).not.toEqual(first.position);
    expect(s.map.getState().selection.nodeIds).toEqual([second.id]);
    expect(s.map.getState().editingNodeId).toBe(second.id);
    selectAll(s);
    duplicateSelection(s);
    expect(Object.keys(s.map.getState().doc.nodes)).toHaveLength(4);
  });

  it('makes a node and links to it as one undo step, to the right of where the link comes from', () => {
    const s = createSession();
    const from = addNodeAt(s, 'factor', { x: 100, y: 100 }, false);
    const made = addLinkedNode(s, from.id, '  Older residents ', 'actor', { polarity: '-', strength: 1 });
    const { doc, selection } = s.map.getState();
    expect(made?.label).toBe('Older residents');
    expect(made?.actorType).toBe('group');
    expect(made!.position.x).toBeGreaterThan(from.position.x);
    const links = Object.values(doc.links);
    expect(links.map((l) => [l.source, l.target, l.polarity, l.strength])).toEqual([[from.id, made!.id, '-', 1]]);
    expect(selection.nodeIds).toEqual([from.id]);
    expect(s.map.getState().history.past.at(-1)?.name).toBe('Add actor and link');
    s.map.getState().undo();
    expect(Object.keys(s.map.getState().doc.nodes)).toEqual([from.id]);
    expect(s.map.getState().doc.links).toEqual({});
    expect(addLinkedNode(s, from.id, '   ', 'factor', { polarity: '+', strength: 0.5 })).toBeNull();
  });

  it('asks before deleting a node an experiment touches, and keeps it when the answer is no', async () => {
    const s = createSession();
    const node = newNode('factor', { x: 0, y: 0 }, { label: 'Waiting time' });
    const experiment = newExperiment({ title: 'Same-day call back' });
    const { dispatch } = s.map.getState();
    dispatch(addNode(node));
    dispatch(addExperiment(experiment));
    dispatch(touchNodes(experiment.id, [node.id]));

    const refused = deleteElements(s, [node.id]);
    expect(s.confirm.getState().request?.title).toBe('Delete a node that experiments touch?');
    answer(s.confirm, false);
    await refused;
    expect(s.map.getState().doc.nodes[node.id]).toBeDefined();

    const accepted = deleteElements(s, [node.id]);
    answer(s.confirm, true);
    await accepted;
    expect(s.map.getState().doc.nodes[node.id]).toBeUndefined();
    expect(s.map.getState().doc.experiments[experiment.id]?.touches[node.id]?.nodeLabel).toBe('Waiting time');
  });

  it('opens a map file into its own library, refuses a broken one without touching the open map, and restores a deleted map', async () => {
    const s = createSession();
    await newMap(s);
    const open = s.map.getState().doc;
    const map = createMap({ title: 'Household out of debt' });
    await openLoadedMap(s, 'debt.json', parseMapText(serialiseMap(map)));
    expect(s.map.getState().doc.meta.title).toBe('Household out of debt');
    expect(s.notices.getState().notices.at(-1)?.text).toContain('Opened debt.json');

    const before = s.map.getState().doc;
    await openLoadedMap(s, 'broken.json', parseMapText('{"schemaVersion": 2, "nodes": '));
    expect(s.map.getState().doc).toBe(before);
    expect(s.notices.getState().notices.at(-1)).toMatchObject({ tone: 'error' });
    expect(s.notices.getState().notices.at(-1)?.text).toContain('broken.json is not a System Canvas map');

    await deleteMap(s, before.id);
    expect(s.map.getState().doc.id).toBe(open.id);
    await restoreMap(s, before.id);
    await refreshLibrary(s);
    expect(s.library.getState().entries.find((e) => e.id === before.id)?.deletedAt).toBeFalsy();
  });
});
