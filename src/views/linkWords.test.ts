import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import { linkSentence } from './linkWords.ts';

describe('linkSentence', () => {
  it('names both ends, the direction of influence and the strength', () => {
    const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
    const b = newNode('factor', { x: 0, y: 0 }, { label: 'Sleep' });
    const link = newLink(a.id, b.id, { polarity: '-', strength: 3 });
    const doc = [addNode(a), addNode(b), addLink(link)].reduce((d, o) => o.apply(d), createMap());
    expect(linkSentence(doc, link)).toBe('Link: more “Stress” → less “Sleep”, strong');
    expect(linkSentence(doc, { ...link, polarity: '?', strength: 1, delay: true })).toBe('Link: “Stress” → “Sleep”, direction unknown, weak, with a delay');
  });
});
