import { describe, expect, it } from 'vitest';
import { guessActorType, renameWithGuess } from './actorType.ts';
import { addNode, createMap, newNode } from './operations.ts';

describe('guessActorType', () => {
  it('reads groups, organisations and people from the words', () => {
    expect(guessActorType('Older residents')).toBe('group');
    expect(guessActorType('Young people')).toBe('group');
    expect(guessActorType('Local shopkeepers')).toBe('group');
    expect(guessActorType('Council tax team')).toBe('organisation');
    expect(guessActorType('NHS trust')).toBe('organisation');
    expect(guessActorType('Employers')).toBe('organisation');
    expect(guessActorType('GP')).toBe('person');
    expect(guessActorType('Social worker')).toBe('person');
    expect(guessActorType('Social workers')).toBe('group');
  });
  it('gives no guess when the words say nothing', () => {
    expect(guessActorType('Sam')).toBeNull();
    expect(guessActorType('')).toBeNull();
  });
});

describe('renameWithGuess', () => {
  it('renames an actor and sets its type in one step', () => {
    const actor = newNode('actor', { x: 0, y: 0 });
    const doc = addNode(actor).apply(createMap());
    const op = renameWithGuess(actor, 'Older residents');
    const after = op.apply(doc);
    expect(op.name).toBe('Rename');
    expect(after.nodes[actor.id]).toMatchObject({ label: 'Older residents', actorType: 'group' });
  });
  it('leaves factors and unclear names alone', () => {
    const actor = newNode('actor', { x: 0, y: 0 });
    const doc = addNode(actor).apply(createMap());
    expect(renameWithGuess(actor, 'Sam').apply(doc).nodes[actor.id]!.actorType).toBe(actor.actorType);
  });
});
