import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newComment, newThread, replyToThread, resolveThread, startThread } from '../model/comments.ts';
import { addNode, createMap, newNode } from '../model/operations.ts';
import { addReflection, newReflection } from '../model/reflections.ts';
import { SharedMap } from './index.ts';

const sam = { personId: 'sam-000001', name: 'Sam', perspectiveId: null };
const ash = { personId: 'ash-000002', name: 'Ash', perspectiveId: 'p_lived' };

describe('comments in a room', () => {
  it('keeps two replies made at once, and a resolve made meanwhile', () => {
    const base = addNode(newNode('factor', { x: 0, y: 0 }, { id: 'n_a', label: 'Stress' })).apply(createMap());
    const thread = newThread({ kind: 'node', id: 'n_a' }, 'Cause or symptom?', sam);
    const mine = new SharedMap(new Y.Doc());
    mine.share(startThread(thread).apply(base));
    const theirs = new SharedMap(new Y.Doc());
    Y.applyUpdate(theirs.ydoc, Y.encodeStateAsUpdate(mine.ydoc));
    // Both reply while apart (as two people typing at once), and one resolves it.
    mine.apply(replyToThread(thread.id, newComment('Both', sam)), {});
    theirs.apply(replyToThread(thread.id, newComment('A cause, for me', ash)), {});
    theirs.apply(resolveThread(thread.id), {});
    mine.apply(addReflection(newReflection({ text: 'Stress came first', nodeIds: ['n_a'] })), {});
    Y.applyUpdate(theirs.ydoc, Y.encodeStateAsUpdate(mine.ydoc));
    Y.applyUpdate(mine.ydoc, Y.encodeStateAsUpdate(theirs.ydoc));
    for (const side of [mine, theirs]) {
      const t = side.doc!.comments[thread.id]!;
      expect(Object.values(t.comments).map((c) => c.text).sort()).toEqual(['A cause, for me', 'Both', 'Cause or symptom?']);
      expect(t.resolved).toBe(true);
      expect(Object.values(side.doc!.reflections).map((r) => r.text)).toEqual(['Stress came first']);
    }
  });
});
