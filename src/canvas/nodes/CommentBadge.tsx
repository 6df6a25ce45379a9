/**
 * The count of open comment threads on a node, as a small speech-bubble mark.
 * Each node reads its own count from a table built once per version of the
 * comments (openCounts), so the badge costs a lookup on a 5,000-node map and
 * re-renders only the nodes whose count changed.
 */
import { openCounts } from '../../model/comments.ts';
import { count } from '../../model/plural.ts';
import type { Id } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import './commentBadge.css';

export function CommentBadge({ nodeId }: { nodeId: Id }) {
  const open = useMapStore((s) => openCounts(s.doc.comments).nodes.get(nodeId) ?? 0);
  if (!open) return null;
  const text = count(open, 'open comment');
  return (
    <span className="node__comments" role="img" aria-label={text} title={text}>
      <svg aria-hidden="true" width="11" height="11" viewBox="0 0 12 12">
        <path d="M1.5 1.5h9a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H5l-3 2.5V8.5h-.5a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1z" fill="currentColor" />
      </svg>
      {open}
    </span>
  );
}
