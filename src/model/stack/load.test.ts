import { describe, expect, it } from 'vitest';
import { mapWith } from './generate.ts';
import { migrateStack } from './migrations.ts';
import { addEnabler, addMapToStack, connectMaps, createStack, markSame, removeMapFromStack, referencesTo, unmarkSame } from './operations.ts';
import { parseStackFileText, parseStackValue, serialiseStackFile } from './load.ts';
import { overdueEnablers, overdueReviews, promisedTo, timeline } from './stewardship.ts';
import type { StackDocument } from './types.ts';

const place = mapWith('place', 'place', ['waiting time', 'commissioning rule'], []);
const team = mapWith('team', 'team', ['waiting time', 'trust'], [{ id: 'x1', touches: [{ node: 'waiting time', intended: 'weaken', observed: 'down' }] }]);

function sample(): StackDocument {
  let s = createStack('Riverside', '2026-01-01T00:00:00.000Z', 'stack_1');
  s = addMapToStack(place, 'experiment').apply(s);
  s = addMapToStack(team, 'experiment').apply(s);
  s = connectMaps('enables', 'place', 'team', 'con_1').apply(s);
  s = markSame({ mapId: 'place', nodeId: 'n_waiting time', label: 'waiting time' }, { mapId: 'team', nodeId: 'n_waiting time', label: 'waiting time' }, 'same_1').apply(s);
  s = addEnabler(
    { connectionId: 'con_1', kind: 'barrier', statement: 'Referral forms', lowerNodes: [{ mapId: 'team', nodeId: 'n_trust', label: 'trust' }], upperNode: null, owner: 'Council', status: 'acting', reviewDate: '2026-03-01' },
    'en_1',
  ).apply(s);
  return s;
}

describe('stack documents', () => {
  it('round-trip through a stack file with their maps', () => {
    const s = sample();
    const text = serialiseStackFile(s, { place, team });
    const back = parseStackFileText(text);
    expect(back.ok && back.warnings).toEqual([]);
    expect(back.ok && back.stack).toEqual(s);
    expect(back.ok && Object.keys(back.maps)).toEqual(['place', 'team']);
  });

  it('opens a file whose map is missing, keeps the rest, and says which', () => {
    const text = serialiseStackFile(sample(), { place });
    const back = parseStackFileText(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(Object.keys(back.stack.maps)).toEqual(['place', 'team']);
    expect(back.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual(['maps.team: the map "Map team" is missing; its card is kept, marked missing']);
  });

  it('keeps a reference to a deleted node by its label and reports it', () => {
    const { n_trust: _gone, ...nodes } = team.nodes;
    const back = parseStackFileText(serialiseStackFile(sample(), { place, team: { ...team, nodes } }));
    expect(back.ok && back.warnings.map((w) => w.where)).toEqual(['enablers.en_1.lowerNodes[0]']);
    expect(back.ok && back.stack.enablers.en_1!.lowerNodes[0]!.label).toBe('trust');
  });

  it('leaves out a map that cannot be read and opens the others', () => {
    const file = JSON.parse(serialiseStackFile(sample(), { place, team }));
    file.maps.team.nodes = 'oops';
    const back = parseStackFileText(JSON.stringify(file));
    expect(back.ok && Object.keys(back.maps)).toEqual(['place']);
    expect(back.ok && back.warnings[0]!.where).toBe('maps.team');
  });

  it('drops a connection to a map that is not in the stack, with its enablers, and says so', () => {
    const s = sample();
    const bad = { ...s, connections: { ...s.connections, con_1: { ...s.connections.con_1!, to: 'elsewhere' } } };
    const back = parseStackValue(bad);
    expect(back.ok && Object.keys(back.stack.connections)).toEqual([]);
    expect(back.ok && back.warnings.map((w) => w.where)).toEqual(['connections.con_1', 'enablers.en_1']);
  });

  it('refuses what it cannot read, with where', () => {
    expect(parseStackFileText('{"kind":')).toMatchObject({ ok: false });
    expect(parseStackFileText('{"kind":"other"}')).toMatchObject({ ok: false, problems: [{ where: 'kind' }] });
    const s = sample();
    const bad = { ...s, enablers: { en_1: { ...s.enablers.en_1!, status: 'maybe' } } };
    const back = parseStackValue(bad);
    expect(back.ok ? [] : back.problems.map((p) => p.where)).toEqual(['enablers.en_1.status']);
    const wrongKey = { ...s, maps: { other: s.maps.place } };
    expect(parseStackValue(wrongKey)).toMatchObject({ ok: false, problems: [{ where: 'maps.other' }] });
  });

  it('refuses a stack from a newer version, and migrates through the scaffold', () => {
    expect(parseStackValue({ ...sample(), schemaVersion: 9 })).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('newer System Canvas') }] });
    const migrated = migrateStack({ schemaVersion: 1, x: 1 }, { 1: (d) => ({ ...d, added: true }) }, 2);
    expect(migrated).toEqual({ ok: true, doc: { schemaVersion: 2, x: 1, added: true }, from: 1 });
  });
});

describe('stack operations', () => {
  it('join same-as groups and take members out', () => {
    let s = sample();
    s = markSame({ mapId: 'team', nodeId: 'n_waiting time', label: 'waiting time' }, { mapId: 'x', nodeId: 'n', label: 'waits' }).apply(s);
    expect(Object.values(s.identities).map((i) => i.members.length)).toEqual([3]);
    s = unmarkSame({ mapId: 'x', nodeId: 'n', label: '' }).apply(s);
    s = unmarkSame({ mapId: 'place', nodeId: 'n_waiting time', label: '' }).apply(s);
    expect(s.identities).toEqual({});
  });

  it('say what refers to a map, and removing it keeps identities readable', () => {
    const s = sample();
    expect(referencesTo(s, 'team')).toEqual(['1 connection', '1 same-as link', '1 enabler or barrier']);
    const after = removeMapFromStack('team').apply(s);
    expect(after.connections).toEqual({});
    expect(after.enablers).toEqual({});
    expect(after.identities.same_1!.members).toHaveLength(2);
  });

  it('do nothing when nothing changes, so undo gets no empty step', () => {
    const s = sample();
    expect(connectMaps('enables', 'place', 'team').apply(s)).toBe(s);
    expect(connectMaps('enables', 'place', 'place').apply(s)).toBe(s);
    expect(addMapToStack(place).apply(s)).toBe(s);
  });
});

describe('stewardship', () => {
  it('flags overdue reviews and enablers and lists what the scale above promised', () => {
    let s = sample();
    s = { ...s, reviews: { r1: { id: 'r1', mapId: 'team', date: '2026-01-10', noticed: 'a', willChange: 'b', nextReview: '2026-02-10' } } };
    expect(overdueReviews(s, '2026-04-01')).toEqual([{ mapId: 'team', due: '2026-02-10' }]);
    expect(overdueReviews(s, '2026-02-01')).toEqual([]);
    expect(overdueEnablers(s, '2026-04-01').map((e) => e.id)).toEqual(['en_1']);
    expect(promisedTo(s, 'team').map((e) => e.id)).toEqual(['en_1']);
    expect(promisedTo(s, 'place')).toEqual([]);
    const items = timeline(s, { place, team }, '2026-04-01');
    expect(items.filter((i) => i.overdue).map((i) => i.kind)).toEqual(['next-review', 'enabler-review']);
  });
});
