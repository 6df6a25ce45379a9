import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import { neighbourIndex, neighbours } from './neighbours.ts';

describe('neighbours', () => {
  it('lists effects and causes by name', () => {
    const [a, b, c] = ['Stress', 'Sleep', 'Appetite'].map((label) => newNode('factor', { x: 0, y: 0 }, { label }));
    const doc = [addNode(a!), addNode(b!), addNode(c!), addLink(newLink(a!.id, b!.id)), addLink(newLink(a!.id, c!.id)), addLink(newLink(b!.id, a!.id))].reduce(
      (d, o) => o.apply(d),
      createMap(),
    );
    expect(neighbours(doc, a!.id, 'effect').map((n) => n.node.label)).toEqual(['Appetite', 'Sleep']);
    expect(neighbours(doc, a!.id, 'cause').map((n) => n.node.label)).toEqual(['Sleep']);
    expect(neighbours(doc, c!.id, 'effect')).toEqual([]);
  });
  it('are the same from the one-pass index as node by node', () => {
    const [a, b, c] = ['Stress', 'Sleep', 'Appetite'].map((label) => newNode('factor', { x: 0, y: 0 }, { label }));
    const doc = [addNode(a!), addNode(b!), addNode(c!), addLink(newLink(a!.id, b!.id)), addLink(newLink(a!.id, c!.id)), addLink(newLink(b!.id, a!.id)), addLink(newLink(c!.id, 'gone'))].reduce(
      (d, o) => o.apply(d),
      createMap(),
    );
    const around = neighbourIndex(doc);
    for (const n of [a!, b!, c!]) {
      expect(around(n.id).effects).toEqual(neighbours(doc, n.id, 'effect'));
      expect(around(n.id).causes).toEqual(neighbours(doc, n.id, 'cause'));
    }
    expect(around('nobody')).toEqual({ causes: [], effects: [] });
  });
});
