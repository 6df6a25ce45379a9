import { describe, expect, it } from 'vitest';
import {
  MAP_TARGET,
  deleteComment,
  deleteThread,
  editComment,
  newComment,
  newThread,
  openCounts,
  reopenThread,
  replyToThread,
  resolveThread,
  sortedComments,
  startThread,
  threadsOn,
} from './comments.ts';
import { parseMapText, serialiseMap } from './load.ts';
import { addNode, createMap, newLink, newNode, addLink, removeElements } from './operations.ts';
import { MAX_COMMENT } from './schema.ts';
import type { MapDocument, Voice } from './types.ts';

const sam: Voice = { personId: 'sam-000001', name: 'Sam', perspectiveId: 'p_lived' };
const ash: Voice = { personId: 'ash-000002', name: 'Ash', perspectiveId: null };

function mapWithNode(): { doc: MapDocument; nodeId: string } {
  const node = newNode('factor', { x: 0, y: 0 }, { label: 'Stress' });
  return { doc: addNode(node).apply(createMap()), nodeId: node.id };
}

describe('comment threads', () => {
  it('starts a thread on a node, stamped with the voice, and counts it as open', () => {
    const { doc, nodeId } = mapWithNode();
    const thread = newThread({ kind: 'node', id: nodeId }, '  Is this the right word?  ', sam, '2026-03-01T10:00:00.000Z');
    const next = startThread(thread).apply(doc);
    const [t] = threadsOn(next.comments, { kind: 'node', id: nodeId });
    expect(t!.resolved).toBe(false);
    expect(sortedComments(t!).map((c) => [c.text, c.voice.name])).toEqual([['Is this the right word?', 'Sam']]);
    expect(openCounts(next.comments).nodes.get(nodeId)).toBe(1);
  });

  it('refuses an empty comment and a thread on a node that is not on the map', () => {
    const { doc } = mapWithNode();
    expect(startThread(newThread({ kind: 'node', id: 'n_gone' }, 'hello', sam)).apply(doc)).toBe(doc);
    expect(startThread(newThread(MAP_TARGET, '   ', sam)).apply(doc)).toBe(doc);
  });

  it('caps the text at the file format limit and keeps markup as plain text', () => {
    const long = newComment('x'.repeat(MAX_COMMENT + 50), sam);
    expect(long.text).toHaveLength(MAX_COMMENT);
    expect(newComment('<img src=x onerror=alert(1)>', sam).text).toBe('<img src=x onerror=alert(1)>');
  });

  it('threads on a link, a loop and the map; replies are shown oldest first', () => {
    const { doc: d0, nodeId } = mapWithNode();
    const other = newNode('factor', { x: 100, y: 0 });
    const link = newLink(nodeId, other.id);
    let doc = addLink(link).apply(addNode(other).apply(d0));
    const onLink = newThread({ kind: 'link', id: link.id }, 'Is this strong?', sam, '2026-03-01T10:00:00.000Z');
    const onLoop = newThread({ kind: 'loop', id: 'l_a,l_b' }, 'What keeps this going?', ash);
    const onMap = newThread(MAP_TARGET, 'Who is missing?', ash);
    for (const t of [onLink, onLoop, onMap]) doc = startThread(t).apply(doc);
    doc = replyToThread(onLink.id, newComment('Later reply', ash, '2026-03-01T12:00:00.000Z')).apply(doc);
    doc = replyToThread(onLink.id, newComment('Earlier reply', sam, '2026-03-01T11:00:00.000Z')).apply(doc);
    expect(sortedComments(doc.comments[onLink.id]!).map((c) => c.text)).toEqual(['Is this strong?', 'Earlier reply', 'Later reply']);
    expect(openCounts(doc.comments).links.get(link.id)).toBe(1);
    expect(threadsOn(doc.comments, { kind: 'loop', id: 'l_a,l_b' })).toHaveLength(1);
    expect(threadsOn(doc.comments, MAP_TARGET)).toHaveLength(1);
    // The file round-trips with all three.
    const reopened = parseMapText(serialiseMap(doc));
    expect(reopened.ok && Object.keys(reopened.doc.comments)).toHaveLength(3);
  });

  it('lets only the author edit or delete a comment', () => {
    const { doc: d0, nodeId } = mapWithNode();
    const thread = newThread({ kind: 'node', id: nodeId }, 'First', sam);
    const reply = newComment('Second', ash);
    let doc = replyToThread(thread.id, reply).apply(startThread(thread).apply(d0));
    expect(editComment(thread.id, reply.id, 'Not mine', sam.personId).apply(doc)).toBe(doc);
    expect(deleteComment(thread.id, reply.id, sam.personId).apply(doc)).toBe(doc);
    doc = editComment(thread.id, reply.id, 'Second, edited', ash.personId).apply(doc);
    expect(doc.comments[thread.id]!.comments[reply.id]!.text).toBe('Second, edited');
    doc = deleteComment(thread.id, reply.id, ash.personId).apply(doc);
    expect(Object.keys(doc.comments[thread.id]!.comments)).toHaveLength(1);
    // Deleting the last comment deletes the thread.
    const firstId = Object.keys(doc.comments[thread.id]!.comments)[0]!;
    doc = deleteComment(thread.id, firstId, sam.personId).apply(doc);
    expect(doc.comments[thread.id]).toBeUndefined();
  });

  it('resolves, reopens and deletes a thread; resolved threads are not counted as open', () => {
    const { doc: d0, nodeId } = mapWithNode();
    const thread = newThread({ kind: 'node', id: nodeId }, 'Hmm', sam);
    let doc = startThread(thread).apply(d0);
    doc = resolveThread(thread.id).apply(doc);
    expect(doc.comments[thread.id]!.resolved).toBe(true);
    expect(openCounts(doc.comments).nodes.get(nodeId)).toBeUndefined();
    expect(resolveThread(thread.id).apply(doc)).toBe(doc);
    doc = reopenThread(thread.id).apply(doc);
    expect(openCounts(doc.comments).nodes.get(nodeId)).toBe(1);
    doc = deleteThread(thread.id).apply(doc);
    expect(doc.comments).toEqual({});
  });

  it('threads go with the node they are on, and come back with it', () => {
    const { doc: d0, nodeId } = mapWithNode();
    const doc = startThread(newThread({ kind: 'node', id: nodeId }, 'Hmm', sam)).apply(d0);
    expect(removeElements([nodeId]).apply(doc).comments).toEqual({});
  });
});
