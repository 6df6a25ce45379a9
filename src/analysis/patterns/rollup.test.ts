import { describe, expect, it } from 'vitest';
import { createStack, markSame } from '../../model/stack/operations.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import type { MapDocument } from '../../model/types.ts';
import { bigStack, mapWith } from '../../model/stack/generate.ts';
import { findInStack, suggestSame } from './identity.ts';
import { agreementOf, rollUp } from './rollup.ts';

const team1 = mapWith('team1', 'team', ['waiting time', 'trust in services'], [
  { id: 'a', owner: 'North team', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }, { node: 'trust in services', intended: 'explore', observed: 'up' }] },
  { id: 'b', owner: 'North team', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }, { node: 'trust in services', intended: 'explore', observed: 'up' }] },
]);
const team2 = mapWith('team2', 'team', ['waiting time', 'trust in services'], [
  { id: 'c', owner: 'South team', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'up' }, { node: 'trust in services', intended: 'explore', observed: 'up' }] },
  { id: 'd', owner: 'South team', status: 'running', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }, { node: 'trust in services', intended: 'explore', observed: 'no-change' }] },
]);
const maps: Record<string, MapDocument> = { team1, team2 };

function stackOf(linked: boolean): StackDocument {
  let s = createStack('Test', '2026-01-01T00:00:00.000Z', 'stack_t');
  for (const doc of [team1, team2]) s = { ...s, maps: { ...s.maps, [doc.id]: { mapId: doc.id, title: doc.meta.title, scale: doc.meta.scale, phase: 'experiment' } } };
  if (!linked) return s;
  s = markSame({ mapId: 'team1', nodeId: 'n_waiting time', label: 'waiting time' }, { mapId: 'team2', nodeId: 'n_waiting time', label: 'waiting time' }, 'same_wait').apply(s);
  return markSame({ mapId: 'team1', nodeId: 'n_trust in services', label: 'trust in services' }, { mapId: 'team2', nodeId: 'n_trust in services', label: 'trust in services' }, 'same_trust').apply(s);
}

describe('the pattern roll-up', () => {
  it('counts intended and observed effects per factor across maps joined by same-as', () => {
    const r = rollUp(stackOf(true), maps);
    expect(r.experimentCount).toBe(4);
    const wait = r.factors.find((f) => f.key === 'same_wait')!;
    expect(wait.experiments).toBe(4);
    expect(wait.intended.weaken).toBe(4);
    expect(wait.observed).toMatchObject({ down: 3, up: 1, 'no-change': 0 });
    expect(wait.nodes).toHaveLength(2);
    expect(wait.agreement).toBe('conflict');
    expect(wait.surprises).toBe(1);
  });

  it('keeps the same label in two maps apart until they are marked the same', () => {
    const r = rollUp(stackOf(false), maps);
    expect(r.factors.filter((f) => f.label === 'waiting time').map((f) => f.experiments)).toEqual([2, 2]);
  });

  it('writes the pattern as a sentence: what was tried, and what was seen elsewhere', () => {
    const r = rollUp(stackOf(true), maps);
    const p = r.patterns.find((x) => x.factor.key === 'same_wait' && x.effect.key === 'same_trust')!;
    expect(p.experiments).toHaveLength(4);
    expect(p.observed).toEqual({ up: 3, 'no-change': 1 });
    expect(p.agreement).toBe('mixed');
    expect(p.sentence).toBe('4 experiments tried to weaken waiting time; 3 saw trust in services go up, 1 saw no change.');
  });

  it('filters by scale, status, owner and date', () => {
    const s = stackOf(true);
    expect(rollUp(s, maps, { filter: { statuses: ['running'] } }).experimentCount).toBe(1);
    expect(rollUp(s, maps, { filter: { owner: 'north' } }).experimentCount).toBe(2);
    expect(rollUp(s, maps, { filter: { scales: ['place'] } }).experimentCount).toBe(0);
    expect(rollUp(s, maps, { filter: { from: '2026-07-01' } }).experimentCount).toBe(0);
    expect(rollUp(s, maps, { filter: { to: '2026-03-01' } }).experimentCount).toBe(4);
    expect(rollUp(s, maps, { mapIds: ['team2'] }).experimentCount).toBe(2);
  });

  it('skips maps that are not at hand', () => {
    expect(rollUp(stackOf(true), { team1 }).experimentCount).toBe(2);
  });

  it('tells agreement, conflict and mixed results apart', () => {
    expect(agreementOf({ up: 3 })).toBe('agree');
    expect(agreementOf({ up: 1, down: 1 })).toBe('conflict');
    expect(agreementOf({ down: 2, 'no-change': 1 })).toBe('mixed');
    expect(agreementOf({ unclear: 2 })).toBe('no-results');
  });

  it('suggests nodes with matching labels in other maps, until they are marked the same', () => {
    expect(suggestSame(stackOf(false), maps, 'team1', 'n_waiting time').map((x) => x.mapId)).toEqual(['team2']);
    expect(suggestSame(stackOf(true), maps, 'team1', 'n_waiting time')).toEqual([]);
  });

  it('rolls up a stack of 20 maps and 200 experiments', () => {
    const { stack, maps: big } = bigStack();
    const r = rollUp(stack, big);
    expect(r.experimentCount).toBe(200);
    expect(r.factors.length).toBeLessThanOrEqual(40);
    expect(r.factors.reduce((s, f) => s + f.experiments, 0)).toBe(Object.values(big).reduce((s, m) => s + Object.values(m.experiments).reduce((t, e) => t + Object.keys(e.touches).length, 0), 0));
  });
});

describe('finding a node across the stack', () => {
  it('finds other maps’ nodes by part of their name, in any case, starts first, never the map itself', () => {
    const found = findInStack(stackOf(false), maps, 'team1', 'TRUST');
    expect(found).toEqual([{ mapId: 'team2', nodeId: 'n_trust in services', label: 'trust in services', mapTitle: 'Map team2' }]);
    expect(findInStack(stackOf(false), maps, 'team1', 'time').map((f) => f.mapId)).toEqual(['team2']);
    expect(findInStack(stackOf(false), maps, 'team1', '  ')).toEqual([]);
  });
});
