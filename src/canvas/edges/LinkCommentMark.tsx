/**
 * Open comments on a link, as a small count in a speech bubble beside its
 * middle, on SVG links when zoomed in (a big map's link canvas paints the same
 * bubble, draw/links.ts); each link looks its count up in a table built once
 * per version of the comments.
 */
import { openCounts } from '../../model/comments.ts';
import { count } from '../../model/plural.ts';
import type { Id } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';

export function LinkCommentMark({ linkId, x, y, dimmed }: { linkId: Id; x: number; y: number; dimmed: boolean }) {
  const open = useMapStore((s) => openCounts(s.doc.comments).links.get(linkId) ?? 0);
  if (!open) return null;
  const text = count(open, 'open comment');
  const width = open > 9 ? 34 : 28;
  return (
    <g transform={`translate(${x + 10} ${y + 6})`} className={`link__comments${dimmed ? ' link--dimmed' : ''}`} role="img" aria-label={text}>
      <title>{text}</title>
      <rect width={width} height={17} rx={8.5} fill="#fff" stroke="#7a3e00" strokeWidth={1.5} />
      <path d="M6 4.5h8a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H9.5l-2.5 2v-2H6a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1z" fill="#7a3e00" />
      <text x={18} y={12.5} fontSize={11} fontWeight={700} fill="#7a3e00">
        {open}
      </text>
    </g>
  );
}
