import { describe, expect, it } from 'vitest';
import { addLink, addNode, createMap, newLink, newNode } from '../../model/operations.ts';
import { focusAnnouncement, MAX_FOCUS_IDS, readAnnouncement } from './announce.ts';

const doc = [addNode(newNode('factor', { x: 0, y: 0 }, { id: 'a', label: 'A' })), addNode(newNode('factor', { x: 0, y: 0 }, { id: 'b', label: 'B' })), addLink(newLink('a', 'b', { id: 'ab' }))].reduce(
  (d, op) => op.apply(d),
  createMap({ title: 'T' }),
);

describe('Bring everyone here', () => {
  it('reads a node or loop focus, keeping only ids of this map', () => {
    expect(readAnnouncement({ kind: 'focus', nodeIds: ['a', 'ghost', 'b', 'a'], linkIds: ['ab', 'zz'], caption: 'Loop' }, doc)).toEqual({
      kind: 'focus',
      nodeIds: ['a', 'b'],
      linkIds: ['ab'],
      caption: 'Loop',
    });
  });

  it('ignores a focus on nothing this map has, and malformed views', () => {
    expect(readAnnouncement({ kind: 'focus', nodeIds: ['ghost'] }, doc)).toBeNull();
    expect(readAnnouncement({ kind: 'focus', nodeIds: 'a' }, doc)).toBeNull();
    expect(readAnnouncement({ kind: 'view', viewport: { x: 1, y: 2, zoom: 0 } }, doc)).toBeNull();
    expect(readAnnouncement({ kind: 'view', viewport: { x: 1, y: Number.NaN, zoom: 1 } }, doc)).toBeNull();
    expect(readAnnouncement(null, doc)).toBeNull();
    expect(readAnnouncement({ kind: 'view', viewport: { x: 1, y: 2, zoom: 1.5 } }, doc)).toEqual({ kind: 'view', viewport: { x: 1, y: 2, zoom: 1.5 } });
  });

  it('caps what a facilitator sends', () => {
    const many = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const a = focusAnnouncement(many, many, 'x'.repeat(500));
    expect(a.kind === 'focus' && [a.nodeIds.length, a.linkIds.length, a.caption.length]).toEqual([MAX_FOCUS_IDS, MAX_FOCUS_IDS, 200]);
    // Even with ids at their longest, the message stays inside the server's limit (server/protocol.ts).
    const longest = many.map((id) => id.padEnd(100, 'x'));
    expect(JSON.stringify({ type: 'announce', payload: focusAnnouncement(longest, longest, 'x'.repeat(500)) }).length).toBeLessThan(4096);
  });
});
