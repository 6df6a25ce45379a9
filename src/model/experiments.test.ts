import { describe, expect, it } from 'vitest';
import {
  addExperiment,
  addLogEntry,
  experimentsByNode,
  isOrphaned,
  newExperiment,
  newLogEntry,
  orphanedTouches,
  removeExperiment,
  sortedLog,
  toggleTouch,
  touchNodes,
  untouchNode,
  updateLogEntry,
  updateTouch,
} from './experiments.ts';
import { parseMapText, serialiseMap } from './load.ts';
import { addNode, createMap, newNode, removeElements, renameNode } from './operations.ts';

function mapWithExperiment() {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'Fear of opening post' });
  const b = newNode('factor', { x: 200, y: 0 }, { label: 'Arrears' });
  const x = newExperiment({ title: 'Plain-English letters' });
  const doc = [addNode(a), addNode(b), addExperiment(x), touchNodes(x.id, [a.id])].reduce((d, op) => op.apply(d), createMap());
  return { doc, a, b, x };
}

describe('experiments', () => {
  it('touches nodes with a snapshot of their label, and toggles touches', () => {
    const { doc, a, b, x } = mapWithExperiment();
    expect(doc.experiments[x.id]?.touches[a.id]).toMatchObject({ nodeLabel: 'Fear of opening post', intended: 'explore', observed: 'not-yet-known' });
    const both = toggleTouch(x.id, b.id).apply(doc);
    expect(Object.keys(both.experiments[x.id]!.touches)).toEqual([a.id, b.id]);
    const one = toggleTouch(x.id, a.id).apply(both);
    expect(Object.keys(one.experiments[x.id]!.touches)).toEqual([b.id]);
    expect(untouchNode(x.id, 'missing').apply(doc).experiments[x.id]).toEqual(doc.experiments[x.id]);
  });

  it('touching an already touched node keeps its recorded effects', () => {
    const { doc, a, x } = mapWithExperiment();
    const observed = updateTouch(x.id, a.id, { intended: 'weaken', observed: 'down' }).apply(doc);
    const again = touchNodes(x.id, [a.id]).apply(observed);
    expect(again.experiments[x.id]?.touches[a.id]).toMatchObject({ intended: 'weaken', observed: 'down' });
  });

  it('keeps a deleted node’s touch as orphaned, with its last label, and undo-able by the old document', () => {
    const { doc: d0, a, x } = mapWithExperiment();
    const doc = renameNode(a.id, 'Fear of post').apply(d0);
    const after = removeElements([a.id]).apply(doc);
    const touch = after.experiments[x.id]!.touches[a.id]!;
    expect(touch.nodeLabel).toBe('Fear of post');
    expect(isOrphaned(after, touch)).toBe(true);
    expect(orphanedTouches(after)).toEqual([{ experiment: after.experiments[x.id], touch }]);
    expect(orphanedTouches(doc)).toEqual([]);
  });

  it('a file with touches of missing nodes loads, keeping them as orphaned', () => {
    const { doc: d0, a, x } = mapWithExperiment();
    const doc = removeElements([a.id]).apply(d0);
    const result = parseMapText(serialiseMap(doc));
    expect(result.ok).toBe(true);
    if (result.ok) expect(orphanedTouches(result.doc)).toHaveLength(1);
    expect(x.id in doc.experiments).toBe(true);
  });

  it('refuses a touch filed under a different node id', () => {
    const { doc, a, x } = mapWithExperiment();
    const raw = JSON.parse(serialiseMap(doc));
    raw.experiments[x.id].touches[a.id].nodeId = 'other';
    const result = parseMapText(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.where).toBe(`experiments.${x.id}.touches.${a.id}.nodeId`);
  });

  it('keeps a dated learning log with measures and perspectives', () => {
    const { doc, x } = mapWithExperiment();
    const older = newLogEntry({ date: '2026-03-01', did: 'Sent 40 letters' });
    const newer = newLogEntry({ date: '2026-04-01', happened: 'More calls', measure: { name: 'Calls', value: 12, unit: 'per week' }, perspectives: ['resident'] });
    let next = addLogEntry(x.id, older).apply(doc);
    next = addLogEntry(x.id, newer).apply(next);
    next = updateLogEntry(x.id, older.id, { learned: 'People read short letters' }).apply(next);
    const log = sortedLog(next.experiments[x.id]!);
    expect(log.map((e) => e.date)).toEqual(['2026-04-01', '2026-03-01']);
    expect(log[1]?.learned).toBe('People read short letters');
    expect(parseMapText(serialiseMap(next)).ok).toBe(true);
  });

  it('lists the experiments touching each node, and deletes experiments', () => {
    const { doc, a, b, x } = mapWithExperiment();
    const y = newExperiment({ title: 'Second' });
    const next = [addExperiment(y), touchNodes(y.id, [a.id, b.id])].reduce((d, op) => op.apply(d), doc);
    const byNode = experimentsByNode(next);
    expect(byNode.get(a.id)?.map((e) => e.title)).toEqual(['Plain-English letters', 'Second']);
    expect(byNode.get(b.id)?.map((e) => e.title)).toEqual(['Second']);
    expect(removeExperiment(x.id).apply(next).experiments[x.id]).toBeUndefined();
  });
});
