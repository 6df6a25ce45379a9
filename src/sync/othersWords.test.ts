import { describe, expect, it } from 'vitest';
import { deleteThread, editComment, newComment, newThread, replyToThread, resolveThread, startThread } from '../model/comments.ts';
import { giveLinkView, newLinkView } from '../model/linkViews.ts';
import { addLink, addNode, createMap, newLink, newNode } from '../model/operations.ts';
import type { MapDocument, Voice } from '../model/types.ts';
import { keepOthersWords } from './othersWords.ts';

const alice: Voice = { personId: 'alice-0001', name: 'Alice', perspectiveId: null };
const bob: Voice = { personId: 'bob-00001', name: 'Bob', perspectiveId: null };
const view = { polarity: '+' as const, strength: 2, confidence: 'medium' as const, why: '' };

function room() {
  const a = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  const b = newNode('factor', { x: 0, y: 0 }, { label: 'Sleep' });
  const link = newLink(a.id, b.id);
  const thread = newThread({ kind: 'map', id: '' }, 'Is this right?', alice);
  const aliceView = newLinkView(link.id, alice, view);
  const doc = [addNode(a), addNode(b), addLink(link), startThread(thread), giveLinkView(aliceView)].reduce((d, o) => o.apply(d), createMap());
  return { doc, thread, aliceView, link };
}
const bobDoes = (doc: MapDocument, after: MapDocument) => keepOthersWords(doc, after, bob.personId);

describe('keeping other people’s words as the room has them', () => {
  it('takes back an edit of, or the deletion of, someone else’s comment or view', () => {
    const { doc, thread, aliceView } = room();
    const first = Object.keys(thread.comments)[0]!;
    const forged = { ...doc, comments: { ...doc.comments, [thread.id]: { ...doc.comments[thread.id]!, comments: { [first]: { ...thread.comments[first]!, text: 'Bob was here' } } } } };
    expect(bobDoes(doc, forged).comments[thread.id]!.comments[first]!.text).toBe('Is this right?');
    expect(bobDoes(doc, deleteThread(thread.id).apply(doc)).comments[thread.id]).toEqual(doc.comments[thread.id]);
    expect(bobDoes(doc, { ...doc, linkViews: {} }).linkViews[aliceView.id]).toEqual(aliceView);
    // The author's own edit goes through.
    const edited = editComment(thread.id, first, 'Is this right, really?', alice.personId).apply(doc);
    expect(keepOthersWords(doc, edited, alice.personId)).toBe(edited);
  });

  it('drops words written in someone else’s name', () => {
    const { doc, thread, link } = room();
    const inAlicesName = replyToThread(thread.id, newComment('Alice agrees with Bob', alice)).apply(doc);
    expect(Object.keys(bobDoes(doc, inAlicesName).comments[thread.id]!.comments)).toHaveLength(1);
    const aliceThread = newThread({ kind: 'map', id: '' }, 'Alice thinks so', alice);
    expect(bobDoes(doc, startThread(aliceThread).apply(doc)).comments[aliceThread.id]).toBeUndefined();
    const other = newLinkView(link.id, { ...alice }, view);
    expect(bobDoes(doc, { ...doc, linkViews: { ...doc.linkViews, [other.id]: other } }).linkViews[other.id]).toBeUndefined();
  });

  it('lets through my own words, and what anyone may do to a thread', () => {
    const { doc, thread } = room();
    const replied = replyToThread(thread.id, newComment('I doubt it', bob)).apply(doc);
    expect(bobDoes(doc, replied)).toBe(replied);
    const resolved = resolveThread(thread.id).apply(replied);
    expect(bobDoes(replied, resolved)).toBe(resolved);
  });
});
