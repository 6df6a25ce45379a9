/**
 * One comment thread: its comments oldest first (author, perspective, when),
 * a reply box, Resolve or Reopen, and Edit/Delete on my own comments. All
 * text is rendered by React as text, so markup in a comment stays visible
 * characters and never becomes HTML.
 */
import { useId, useState } from 'react';
import { deleteComment, deleteThread, editComment, newComment, reopenThread, replyToThread, resolveThread, sortedComments } from '../../model/comments.ts';
import type { Comment, CommentThread } from '../../model/types.ts';
import { currentVoice, loadIdentity } from '../../services/room/identity.ts';
import { useMapStore, useRoom } from '../../ui/appSession.ts';
import { useReadOnly } from '../inspector/readOnly.ts';
import { CommentBox } from './CommentBox.tsx';
import './comments.css';

/** "4 Mar, 15:20" (with the year when it is not this one). */
export function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit' });
}

function Author({ comment, mine }: { comment: Comment; mine: boolean }) {
  const perspective = useMapStore((s) => (comment.voice.perspectiveId ? s.doc.perspectives[comment.voice.perspectiveId]?.name : undefined));
  const name = comment.voice.name || (mine ? 'You' : 'Anonymous');
  return (
    <span className="comment__who">
      <strong>{name}</strong>
      {mine && comment.voice.name && <span className="muted"> (you)</span>}
      {perspective && <span className="muted"> · {perspective}</span>}
      <span className="muted"> · {when(comment.createdAt)}</span>
    </span>
  );
}

function CommentItem({ threadId, comment, me, index }: { threadId: string; comment: Comment; me: string; index: number }) {
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState(false);
  const mine = comment.voice.personId === me;
  const dispatch = useMapStore((s) => s.dispatch);
  const what = index === 0 ? 'comment' : `reply ${index}`;
  return (
    <li className="comment">
      <Author comment={comment} mine={mine} />
      {editing ? (
        <CommentBox
          label={`Edit your ${what}`}
          initial={comment.text}
          submit="Save"
          onSubmit={(text) => {
            dispatch(editComment(threadId, comment.id, text, me));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment__text">{comment.text}</p>
      )}
      {mine && !editing && !readOnly && (
        <div className="comment__actions">
          <button type="button" className="link-button" aria-label={`Edit your ${what}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="link-button" aria-label={`Delete your ${what}`} onClick={() => dispatch(deleteComment(threadId, comment.id, me))}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function Thread({ thread, about }: { thread: CommentThread; about?: React.ReactNode }) {
  const readOnly = useReadOnly();
  const dispatch = useMapStore((s) => s.dispatch);
  const [replying, setReplying] = useState(false);
  const headingId = useId();
  const me = loadIdentity().participant;
  const comments = sortedComments(thread);
  // In a room, a thread with other people's comments is theirs too: only a facilitator takes it down (the server checks the same).
  const mayDelete = useRoom((s) => s.room === null || s.role === 'facilitator') || comments.every((c) => c.voice.personId === me);
  const opening = comments[0]?.text ?? '';
  const short = opening.length > 40 ? `${opening.slice(0, 40)}…` : opening;
  return (
    <article className={`thread${thread.resolved ? ' thread--resolved' : ''}`} aria-labelledby={headingId}>
      <p className="thread__head" id={headingId}>
        {about}
        <span className={`thread__status thread__status--${thread.resolved ? 'resolved' : 'open'}`}>{thread.resolved ? '✓ Resolved' : '● Open'}</span>
        <span className="visually-hidden"> thread: {short}</span>
      </p>
      <ol className="thread__comments">
        {comments.map((c, i) => (
          <CommentItem key={c.id} threadId={thread.id} comment={c} me={me} index={i} />
        ))}
      </ol>
      {replying ? (
        <CommentBox
          label={`Reply to “${short}”`}
          submit="Reply"
          onSubmit={(text) => {
            dispatch(replyToThread(thread.id, newComment(text, currentVoice(useMapStore.getState().doc))));
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        !readOnly && (
          <div className="thread__actions">
            {!thread.resolved && (
              <button type="button" onClick={() => setReplying(true)} aria-label={`Reply to “${short}”`}>
                Reply
              </button>
            )}
            <button
              type="button"
              onClick={() => dispatch(thread.resolved ? reopenThread(thread.id) : resolveThread(thread.id))}
              aria-label={`${thread.resolved ? 'Reopen' : 'Resolve'} “${short}”`}
            >
              {thread.resolved ? 'Reopen' : 'Resolve'}
            </button>
            {mayDelete && (
              <button type="button" className="link-button" onClick={() => dispatch(deleteThread(thread.id))} aria-label={`Delete thread “${short}”`}>
                Delete thread
              </button>
            )}
          </div>
        )
      )}
    </article>
  );
}
