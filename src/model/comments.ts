/**
 * Comment threads: a conversation about a node, a link, a loop or the whole
 * map. Each comment carries the voice of whoever wrote it; only that person
 * may edit or delete it (the caller says who "I" am by my participant id).
 * Text is plain, trimmed and capped; it is shown as text, never as HTML.
 */
import { newId } from './ids.ts';
import type { Operation } from './operations.ts';
import { MAX_COMMENT } from './schema.ts';
import type { Comment, CommentTarget, CommentThread, Id, MapDocument, Voice } from './types.ts';

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

/** What a comment's text becomes when written: trimmed and at most MAX_COMMENT characters. */
export function commentText(text: string): string {
  return text.trim().slice(0, MAX_COMMENT);
}

export function newComment(text: string, voice: Voice, now = new Date().toISOString()): Comment {
  return { id: newId('c'), text: commentText(text), voice, createdAt: now };
}

/** A new, open thread whose first comment is `text`. */
export function newThread(target: CommentTarget, text: string, voice: Voice, now = new Date().toISOString()): CommentThread {
  const first = newComment(text, voice, now);
  return { id: newId('th'), target: { ...target }, resolved: false, comments: { [first.id]: first }, createdAt: now };
}

/** The map's own thread target. */
export const MAP_TARGET: CommentTarget = { kind: 'map', id: '' };

function targetExists(doc: MapDocument, target: CommentTarget): boolean {
  if (target.kind === 'node') return !!doc.nodes[target.id];
  if (target.kind === 'link') return !!doc.links[target.id];
  // A loop's key or the map: loops are derived, so any key is accepted (a loop broken since keeps its thread).
  return true;
}

function withThread(doc: MapDocument, threadId: Id, change: (t: CommentThread) => CommentThread | null): MapDocument {
  const thread = doc.comments[threadId];
  if (!thread) return doc;
  const next = change(thread);
  if (next === thread) return doc;
  const comments = { ...doc.comments };
  if (next) comments[threadId] = next;
  else delete comments[threadId];
  return { ...doc, comments };
}

export function startThread(thread: CommentThread): Operation {
  return op('Start a comment thread', (doc) => {
    const first = Object.values(thread.comments)[0];
    if (!first?.text || doc.comments[thread.id] || !targetExists(doc, thread.target)) return doc;
    return { ...doc, comments: { ...doc.comments, [thread.id]: thread } };
  });
}

export function replyToThread(threadId: Id, comment: Comment): Operation {
  return op('Reply', (doc) =>
    withThread(doc, threadId, (t) => (!comment.text || t.comments[comment.id] ? t : { ...t, comments: { ...t.comments, [comment.id]: comment } })),
  );
}

/** Only the comment's author (by participant id) may change it; anyone else's edit does nothing. */
export function editComment(threadId: Id, commentId: Id, text: string, personId: string): Operation {
  const written = commentText(text);
  return op('Edit comment', (doc) =>
    withThread(doc, threadId, (t) => {
      const c = t.comments[commentId];
      if (!c || c.voice.personId !== personId || !written || c.text === written) return t;
      return { ...t, comments: { ...t.comments, [commentId]: { ...c, text: written } } };
    }),
  );
}

/** Deletes my own comment; a thread left with no comments goes with it. */
export function deleteComment(threadId: Id, commentId: Id, personId: string): Operation {
  return op('Delete comment', (doc) =>
    withThread(doc, threadId, (t) => {
      const c = t.comments[commentId];
      if (!c || c.voice.personId !== personId) return t;
      const comments = { ...t.comments };
      delete comments[commentId];
      return Object.keys(comments).length ? { ...t, comments } : null;
    }),
  );
}

export function resolveThread(threadId: Id): Operation {
  return op('Resolve thread', (doc) => withThread(doc, threadId, (t) => (t.resolved ? t : { ...t, resolved: true })));
}

export function reopenThread(threadId: Id): Operation {
  return op('Reopen thread', (doc) => withThread(doc, threadId, (t) => (t.resolved ? { ...t, resolved: false } : t)));
}

export function deleteThread(threadId: Id): Operation {
  return op('Delete thread', (doc) => withThread(doc, threadId, () => null));
}

// ---- reading ----

const byTime = <T extends { createdAt: string; id: Id }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** A thread's comments, oldest first. */
export function sortedComments(thread: CommentThread): Comment[] {
  return Object.values(thread.comments).sort(byTime);
}

/** The threads on one target, oldest first. */
export function threadsOn(comments: MapDocument['comments'], target: CommentTarget): CommentThread[] {
  return Object.values(comments)
    .filter((t) => t.target.kind === target.kind && t.target.id === target.id)
    .sort(byTime);
}

/** When a thread last had something said in it. */
export function lastActivity(thread: CommentThread): string {
  let last = thread.createdAt;
  for (const c of Object.values(thread.comments)) if (c.createdAt > last) last = c.createdAt;
  return last;
}

export interface OpenCounts {
  nodes: ReadonlyMap<Id, number>;
  links: ReadonlyMap<Id, number>;
}

const countsCache = new WeakMap<MapDocument['comments'], OpenCounts>();

/**
 * How many open threads each node and link has. Computed once per version of
 * the comments collection (cached on its identity), so every node on a big
 * map can ask for its own count on each store change at the cost of a lookup.
 */
export function openCounts(comments: MapDocument['comments']): OpenCounts {
  const cached = countsCache.get(comments);
  if (cached) return cached;
  const nodes = new Map<Id, number>();
  const links = new Map<Id, number>();
  for (const t of Object.values(comments)) {
    if (t.resolved) continue;
    const into = t.target.kind === 'node' ? nodes : t.target.kind === 'link' ? links : null;
    into?.set(t.target.id, (into.get(t.target.id) ?? 0) + 1);
  }
  const counts = { nodes, links };
  countsCache.set(comments, counts);
  return counts;
}

/** How many threads on the map are open, whatever they are on. */
export function openThreadCount(comments: MapDocument['comments']): number {
  let n = 0;
  for (const t of Object.values(comments)) if (!t.resolved) n++;
  return n;
}
