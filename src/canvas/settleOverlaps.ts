/**
 * Layouts plan with a standard node box, but real nodes vary: a long label
 * wraps to more lines and the focal outcome is drawn larger. This pass uses
 * the sizes the canvas actually measured and moves any node that would still
 * overlap another straight down, just clear of it, so what the user sees has
 * no overlaps. Fixed nodes (pinned, or outside a selection) never move.
 */
import type { Id, Position } from '../model/types.ts';

export interface Size {
  width: number;
  height: number;
}

const GAP = 12;

export function settleOverlaps(
  positions: Record<Id, Position>,
  sizes: (id: Id) => Size,
  fixed: Record<Id, Position> = {},
): Record<Id, Position> {
  const placed: { x: number; y: number; w: number; h: number }[] = Object.entries(fixed).map(([id, p]) => {
    const s = sizes(id);
    return { x: p.x, y: p.y, w: s.width, h: s.height };
  });
  const out: Record<Id, Position> = {};
  // Top to bottom, so a node pushed down only meets nodes that are already final.
  const order = Object.entries(positions).sort(([, a], [, b]) => a.y - b.y || a.x - b.x);
  for (const [id, p] of order) {
    const s = sizes(id);
    let y = p.y;
    for (let moved = true; moved; ) {
      moved = false;
      for (const q of placed) {
        if (p.x < q.x + q.w + GAP && q.x < p.x + s.width + GAP && y < q.y + q.h + GAP && q.y < y + s.height + GAP) {
          y = q.y + q.h + GAP;
          moved = true;
        }
      }
    }
    out[id] = { x: p.x, y: Math.round(y) };
    placed.push({ x: p.x, y, w: s.width, h: s.height });
  }
  return out;
}
