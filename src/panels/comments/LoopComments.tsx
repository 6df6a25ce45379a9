/** A loop's "Comment" action in the loops view: opens the loop's threads and a box to start one, in place. */
import { useState } from 'react';
import { useMapStore } from '../../ui/appSession.ts';
import { CommentsSection } from '../inspector/CommentsSection.tsx';

/** Open threads on one loop. At most a hundred loops are listed at once, so a scan of the threads each is cheap. */
function useLoopThreads(loopKey: string): number {
  return useMapStore((s) => {
    let n = 0;
    for (const t of Object.values(s.doc.comments)) if (!t.resolved && t.target.kind === 'loop' && t.target.id === loopKey) n++;
    return n;
  });
}

export function LoopComments({ loopKey, what }: { loopKey: string; what: string }) {
  const [open, setOpen] = useState(false);
  const threads = useLoopThreads(loopKey);
  return (
    <div className="loop__comments">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`${open ? 'Hide comments' : 'Comment'}${threads ? ` (${threads} open)` : ''} on ${what}`}>
        {open ? 'Hide comments' : 'Comment'}
        {threads > 0 && ` (${threads} open)`}
      </button>
      {open && <CommentsSection target={{ kind: 'loop', id: loopKey }} what={what} />}
    </div>
  );
}
