import { describe, expect, it } from 'vitest';
import { mapWith } from '../model/stack/generate.ts';
import { addEnabler, addLearning, addMapToStack, connectMaps, createStack, markSame } from '../model/stack/operations.ts';
import type { StackDocument } from '../model/stack/types.ts';
import { evidenceOnMap, evidenceWords } from './evidence.ts';
import { mapsBelow, stackMarksFor } from './stackMarks.ts';

const place = mapWith('place', 'place', ['waiting time', 'commissioning rule'], []);
const team = mapWith('team', 'team', ['waiting time', 'trust'], [
  { id: 'a', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }, { node: 'trust', intended: 'explore', observed: 'up' }] },
  { id: 'b', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'up' }] },
]);
const person = mapWith('person', 'person', ['waiting time'], [{ id: 'c', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }] }]);
const ref = (mapId: string, label: string) => ({ mapId, nodeId: `n_${label}`, label });

function stack(): StackDocument {
  let s = createStack('T', '2026-01-01T00:00:00.000Z', 'stack_t');
  for (const d of [place, team, person]) s = addMapToStack(d).apply(s);
  s = connectMaps('learns-from', 'place', 'team', 'c1').apply(s);
  s = connectMaps('enables', 'place', 'team', 'c2').apply(s);
  s = connectMaps('learns-from', 'team', 'person', 'c3').apply(s);
  s = markSame(ref('place', 'waiting time'), ref('team', 'waiting time'), 'same_wait').apply(s);
  s = markSame(ref('team', 'waiting time'), ref('person', 'waiting time')).apply(s);
  s = addEnabler(
    { connectionId: 'c2', kind: 'barrier', statement: 'Drop the referral form', lowerNodes: [ref('team', 'waiting time')], upperNode: ref('place', 'commissioning rule'), owner: 'Council', status: 'acting', reviewDate: '2026-02-01' },
    'en1',
  ).apply(s);
  return addLearning({ mapId: 'place', statement: 'Quick answers help', about: ref('place', 'waiting time'), experiments: [{ mapId: 'team', experimentId: 'a', title: 'A' }], date: '2026-03-01' }, 'l1').apply(s);
}

describe('a map’s marks from its stack', () => {
  it('lists the same node in the other maps, with their titles and scales', () => {
    const marks = stackMarksFor(stack(), 'team', '2026-01-15');
    expect(marks.get('n_waiting time')!.sameAs.map((m) => [m.mapId, m.scale])).toEqual([
      ['person', 'person'],
      ['place', 'place'],
    ]);
    expect(marks.has('n_trust')).toBe(false);
  });

  it('shows a promise on the lower map’s node, and on the upper map’s own node as made, never as received', () => {
    const s = stack();
    const team = stackMarksFor(s, 'team', '2026-01-15').get('n_waiting time')!;
    expect(team.promised).toMatchObject([{ statement: 'Drop the referral form', status: 'acting', otherMapId: 'place', overdue: false }]);
    expect(team.promising).toEqual([]);
    const place = stackMarksFor(s, 'place', '2026-01-15');
    expect(place.get('n_commissioning rule')!.promising).toMatchObject([{ otherMapId: 'team' }]);
    expect(place.get('n_waiting time')!.promised).toEqual([]);
    // Past its review date while still being acted on: overdue.
    expect(stackMarksFor(s, 'team', '2026-03-01').get('n_waiting time')!.promised[0]!.overdue).toBe(true);
  });

  it('shows a learning on the node of the map that holds it', () => {
    const place = stackMarksFor(stack(), 'place', '2026-01-15');
    expect(place.get('n_waiting time')!.learnings).toMatchObject([{ statement: 'Quick answers help', experiments: 1 }]);
    expect(stackMarksFor(stack(), 'team', '2026-01-15').get('n_waiting time')!.learnings).toEqual([]);
  });

  it('has nothing for a map outside the stack, and keeps a removed map’s node readable', () => {
    expect(stackMarksFor(stack(), 'elsewhere', '2026-01-15').size).toBe(0);
    const s = stack();
    const { person: _gone, ...maps } = s.maps;
    const marks = stackMarksFor({ ...s, maps }, 'team', '2026-01-15').get('n_waiting time')!;
    expect(marks.sameAs.find((m) => m.mapId === 'person')).toMatchObject({ inStack: false, mapTitle: 'a map no longer in the stack', label: 'waiting time' });
  });

  it('follows "learns from" down the stack, each map once', () => {
    const s = connectMaps('learns-from', 'place', 'person').apply(stack());
    expect(mapsBelow(s, 'place')).toEqual(['team', 'person']);
    expect(mapsBelow(s, 'person')).toEqual([]);
  });
});

describe('the evidence lens', () => {
  it('counts this map’s experiments and those of the maps it learns from, through same-as', () => {
    const maps = { place, team, person };
    const onPlace = evidenceOnMap(place, stack(), maps);
    expect(onPlace.mapIds).toEqual(['place', 'team', 'person']);
    // The place ran no experiments, but its waiting time is the team's and the person's.
    const wait = onPlace.nodes.get('n_waiting time')!;
    expect(wait).toMatchObject({ experiments: 3, maps: 2, agreement: 'conflict', surprises: 1 });
    expect(evidenceWords(wait)).toBe('3 experiments in 2 maps: results conflict (1 up, 2 down); 1 surprise');
    expect(onPlace.nodes.has('n_commissioning rule')).toBe(false);
  });

  it('reads only the map itself when it is in no stack', () => {
    const alone = evidenceOnMap(team, null, {});
    expect(alone.nodes.get('n_waiting time')).toMatchObject({ experiments: 2, maps: 1, agreement: 'conflict' });
    expect(evidenceWords(alone.nodes.get('n_trust')!)).toBe('1 experiment: results agree (1 up)');
  });
});
