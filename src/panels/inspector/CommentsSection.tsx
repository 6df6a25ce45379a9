/**
 * The comment threads on what the inspector shows (a node, a link, a loop or
 * the map): open threads in full, resolved ones folded away, and a box to
 * start a new thread.
 */
import { useMemo } from 'react';
import { newThread, startThread, threadsOn } from '../../model/comments.ts';
import type { CommentTarget } from '../../model/types.ts';
import { currentVoice } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useReadOnly } from './readOnly.ts';
import { CommentBox } from '../comments/CommentBox.tsx';
import { Thread } from '../comments/Thread.tsx';
import { count } from '../../model/plural.ts';

export function CommentsSection({ target, what }: { target: CommentTarget; what: string }) {
  const readOnly = useReadOnly();
  const comments = useMapStore((s) => s.doc.comments);
  const { kind, id } = target;
  const threads = useMemo(() => threadsOn(comments, { kind, id }), [comments, kind, id]);
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  const start = (text: string) => {
    const doc = useMapStore.getState().doc;
    useMapStore.getState().dispatch(startThread(newThread(target, text, currentVoice(doc))));
  };
  return (
    <section className="field comments" aria-label={`Comments on ${what}`}>
      <h3 className="comments__heading">
        Comments{threads.length > 0 && <span className="muted"> · {count(open.length, 'open thread')}</span>}
      </h3>
      {open.map((t) => (
        <Thread key={t.id} thread={t} />
      ))}
      {resolved.length > 0 && (
        <details className="comments__resolved">
          <summary>{count(resolved.length, 'resolved thread')}</summary>
          {resolved.map((t) => (
            <Thread key={t.id} thread={t} />
          ))}
        </details>
      )}
      {!readOnly && <CommentBox label={`New comment on ${what}`} submit="Comment" placeholder="Ask a question or say what you see…" onSubmit={start} />}
    </section>
  );
}
