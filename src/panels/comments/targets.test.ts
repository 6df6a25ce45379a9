import { describe, expect, it } from 'vitest';
import { loopKey } from '../../analysis/loops.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../../model/operations.ts';
import { loopLinks, targetPlace } from './targets.ts';

describe('what a thread is about', () => {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  const b = newNode('factor', { x: 1, y: 0 }, { label: 'Sleep' });
  const ab = newLink(a.id, b.id);
  const ba = newLink(b.id, a.id);
  const doc = [addNode(a), addNode(b), addLink(ab), addLink(ba)].reduce((d, o) => o.apply(d), createMap());

  it('names nodes, links, loops and the map', () => {
    expect(targetPlace(doc, { kind: 'node', id: a.id }).label).toBe('Stress');
    expect(targetPlace(doc, { kind: 'link', id: ab.id })).toMatchObject({ label: 'Stress → Sleep', nodeIds: [a.id, b.id], linkIds: [ab.id] });
    const key = loopKey({ linkIds: [ab.id, ba.id] });
    const loop = targetPlace(doc, { kind: 'loop', id: key });
    expect(loop.present).toBe(true);
    expect(loop.label).toMatch(/^Loop: (Stress → Sleep → Stress|Sleep → Stress → Sleep)$/);
    expect(targetPlace(doc, { kind: 'map', id: '' }).label).toBe('The map');
  });

  it('says when what it was about has gone', () => {
    expect(targetPlace(doc, { kind: 'node', id: 'n_x' }).present).toBe(false);
    expect(loopLinks(doc, 'l_x,l_y')).toBeNull();
    expect(loopLinks(doc, `${ab.id},${ab.id}`)).toBeNull();
  });
});
