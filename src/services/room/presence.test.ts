import { describe, expect, it } from 'vitest';
import { personFrom } from './presence.ts';

describe('a person from another browser’s awareness', () => {
  it('reads a well-formed state', () => {
    const p = personFrom(7, { user: { participant: 'abcdefgh', name: 'Sam', colour: '#1d4ed8', role: 'facilitator' }, pointer: { x: 1, y: 2 }, selection: ['n_a'], editing: 'n_a' });
    expect(p).toMatchObject({ clientId: 7, name: 'Sam', role: 'facilitator', pointer: { x: 1, y: 2 }, selection: ['n_a'], editing: 'n_a', dragging: null, leading: null });
  });

  it('never trusts it: bad colours, names, points and ids are dropped or defaulted', () => {
    const p = personFrom(1, { user: { participant: 'abcdefgh', name: '', colour: 'red;background:url(x)', role: 'root' }, pointer: { x: 'a' }, selection: [1, 'n_b'], dragging: { n_a: { x: Infinity, y: 0 }, n_b: { x: 3, y: 4 } } });
    expect(p).toMatchObject({ name: 'Someone', colour: '#555555', role: 'edit', pointer: null, selection: ['n_b'], dragging: { n_b: { x: 3, y: 4 } } });
    expect(personFrom(2, { pointer: { x: 0, y: 0 } })).toBeNull();
  });
});
