/**
 * Tidy: the map as the user left it, with the mess taken out. No node goes
 * far, so the picture people have in their heads still holds: nodes that are
 * nearly in a row or a column are lined up exactly, boxes crowded in a row
 * are spaced out in the order they were in (by the least movement), and any
 * overlap left is pushed apart (tall, wrapped labels included).
 * It is what a map imported with positions gets, since another tool's boxes
 * are sized differently and often land on top of each other here.
 */
import type { LayoutGraph } from './graph.ts';
import { separateBoxes } from './overlap.ts';
import { packInOrder } from './isotonic.ts';
import { MIN_GAP, NODE_WIDTH, type Placement } from './types.ts';

/** Nodes this close to a shared row (top edges) or column (left edges) are lined up on it. */
export const ALIGN_WITHIN = 14;

/**
 * Groups values that lie within `within` of the group's first, in sorted
 * order, and moves each group to its median. Returns the new values.
 */
function snap(values: Float64Array, fixed: Uint8Array, within: number): Float64Array {
  const out = Float64Array.from(values);
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    while (j < order.length && values[order[j]!]! - values[order[i]!]! <= within) j++;
    const group = order.slice(i, j);
    if (group.length > 1) {
      // A pinned node in the group sets the line; otherwise the median does.
      const anchor = group.find((v) => fixed[v]);
      const line = anchor !== undefined ? values[anchor]! : values[group[Math.floor((group.length - 1) / 2)]!]!;
      for (const v of group) if (!fixed[v]) out[v] = line;
    }
    i = j;
  }
  return out;
}

export function tidyLayout(g: LayoutGraph, heights: Float64Array | null = null, pinned: Uint8Array = new Uint8Array(g.n)): Placement {
  const x = snap(g.x0, pinned, ALIGN_WITHIN);
  const y = snap(g.y0, pinned, ALIGN_WITHIN);
  spaceRows(x, y, pinned);
  separateBoxes(x, y, { fixed: pinned, ...(heights ? { heights } : {}) });
  return { x, y };
}

/** Nodes on one row keep their left-to-right order: packed at least a box apart, as near their places as can be. */
function spaceRows(x: Float64Array, y: Float64Array, pinned: Uint8Array): void {
  const rows = new Map<number, number[]>();
  for (let v = 0; v < x.length; v++) rows.set(y[v]!, [...(rows.get(y[v]!) ?? []), v]);
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    row.sort((a, b) => x[a]! - x[b]! || a - b);
    // A pinned node all but refuses to move; the others move round it.
    const packed = packInOrder(
      row.map((v) => x[v]!),
      NODE_WIDTH + MIN_GAP,
      row.map((v) => (pinned[v] ? 1e6 : 1)),
    );
    row.forEach((v, i) => {
      if (!pinned[v]) x[v] = packed[i]!;
    });
  }
}
