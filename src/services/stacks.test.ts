import { describe, expect, it } from 'vitest';
import { mapWith } from '../model/stack/generate.ts';
import { addMapToStack, connectMaps, createStack, markSame } from '../model/stack/operations.ts';
import { answer } from './confirm.ts';
import { deleteMap, openFromLibrary, refreshLibrary } from './maps.ts';
import { createSession } from './session.ts';
import { openNodeInStack, startStackFollowsMap, stacksHolding } from './stacks.ts';

const place = mapWith('place', 'place', ['waiting time'], []);
const team = mapWith('team', 'team', ['waiting time', 'trust'], []);
const loner = mapWith('loner', 'team', ['trust'], []);

async function sessionWithStack() {
  const s = createSession();
  const lib = s.library.getState().library;
  for (const d of [place, team, loner]) await lib.save(d);
  let stack = createStack('Riverside', '2026-01-01T00:00:00.000Z', 'stack_r');
  stack = addMapToStack(team).apply(addMapToStack(place).apply(stack));
  stack = connectMaps('learns-from', 'place', 'team', 'c1').apply(stack);
  stack = markSame({ mapId: 'place', nodeId: 'n_waiting time', label: 'waiting time' }, { mapId: 'team', nodeId: 'n_waiting time', label: 'waiting time' }, 'same_w').apply(stack);
  await lib.saveStack(stack);
  return s;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the stack follows the open map', () => {
  it('opens the stack that holds the map, keeps it for the stack’s other maps, and keeps it when a map outside every stack opens', async () => {
    const s = await sessionWithStack();
    startStackFollowsMap(s);
    await openFromLibrary(s, 'team');
    s.library.setState({ ready: true });
    await settle();
    expect(s.stack.getState().stack?.id).toBe('stack_r');
    expect(Object.keys(s.stack.getState().maps).sort()).toEqual(['place', 'team']);
    await openFromLibrary(s, 'loner');
    await settle();
    expect(s.stack.getState().stack?.id).toBe('stack_r');
  });

  it('jumps to a node in another map: that map opens with the node selected and asked into view', async () => {
    const s = await sessionWithStack();
    await openFromLibrary(s, 'team');
    await openNodeInStack(s, 'place', 'n_waiting time', 'waiting time');
    expect(s.map.getState().doc.id).toBe('place');
    expect(s.map.getState().selection.nodeIds).toEqual(['n_waiting time']);
    expect(s.view.getState().focus?.nodeIds).toEqual(['n_waiting time']);
    await openNodeInStack(s, 'team', 'n_gone', 'gone');
    expect(s.notices.getState().notices.at(-1)).toMatchObject({ tone: 'error', text: '“gone” is no longer in Map team.' });
  });

  it('asks before deleting a map a stack refers to, and deletes nothing when the answer is no', async () => {
    const s = await sessionWithStack();
    await openFromLibrary(s, 'loner');
    expect(await stacksHolding(s, 'team')).toEqual([{ title: 'Riverside', references: ['1 connection', '1 same-as link'] }]);
    const deleting = deleteMap(s, 'team');
    await settle();
    expect(s.confirm.getState().request?.title).toBe('Delete a map a learning stack refers to?');
    answer(s.confirm, false);
    await deleting;
    await refreshLibrary(s);
    expect(s.library.getState().entries.find((e) => e.id === 'team')?.deletedAt).toBeFalsy();
    // A map in no stack is deleted without the question.
    await deleteMap(s, 'loner');
    await refreshLibrary(s);
    expect(s.library.getState().entries.find((e) => e.id === 'loner')?.deletedAt).toBeTruthy();
  });
});
