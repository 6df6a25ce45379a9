/**
 * Fitting a computed layout back into the map: where the whole picture goes,
 * pinned nodes held in place, a laid-out selection set down where it was
 * without landing on the nodes around it.
 */
import type { MapDocument } from '../model/types.ts';
import { boundingBox } from './geometry.ts';
import type { LayoutGraph } from './graph.ts';
import { BoxGrid, ringOffsets, separateBoxes } from './overlap.ts';
import { layoutNode } from '../draw/nodes.ts';
import { MIN_GAP, NODE_HEIGHT, NODE_WIDTH, type Positions, type Placement } from './types.ts';

/** How far (in half-node steps) a laid-out selection may shift as a whole to find free space. */
const MAX_SHIFT_RINGS = 12;

export interface FitInput {
  doc: MapDocument;
  /** The nodes that were laid out (the selection, or every node). */
  g: LayoutGraph;
  placement: Placement;
  /** 1 for laid-out nodes that must keep their current position. */
  pinned: Uint8Array;
  /** The placement is already in the map's own coordinates (Tidy): not moved to where the nodes were. */
  inPlace?: boolean;
}

/** Final positions (whole pixels) for every laid-out node that is not pinned. */
export function fitIntoMap({ doc, g, placement, pinned, inPlace = false }: FitInput): Positions {
  const { n } = g;
  const others = Object.keys(doc.nodes).filter((id) => !g.index.has(id));
  const total = n + others.length;
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  const fixed = new Uint8Array(total);

  const [dx, dy] = inPlace ? [0, 0] : offset(g, placement, pinned);
  for (let v = 0; v < n; v++) {
    x[v] = pinned[v] ? g.x0[v]! : placement.x[v]! + dx;
    y[v] = pinned[v] ? g.y0[v]! : placement.y[v]! + dy;
    fixed[v] = pinned[v]!;
  }
  others.forEach((id, i) => {
    const p = doc.nodes[id]!.position;
    x[n + i] = p.x;
    y[n + i] = p.y;
    fixed[n + i] = 1;
  });

  // A selection moves as one piece first, so its new arrangement survives; only
  // if no free spot is near does each node get pushed aside on its own.
  if (others.length && !pinned.includes(1) && !inPlace) {
    const [sx, sy] = freeShift(x, y, n);
    for (let v = 0; v < n; v++) {
      x[v] = x[v]! + sx;
      y[v] = y[v]! + sy;
    }
  }
  // The drawn heights, not the planned one: a label that wraps to three lines is taller than layouts plan for (layered stacks a column 16 px apart).
  const ids = [...g.ids, ...others];
  const heights = Float64Array.from(ids, (id) => Math.max(NODE_HEIGHT, layoutNode(doc.nodes[id]!, doc.meta.focalNodeId === id, undefined).box.height));
  separateBoxes(x, y, { fixed, heights });

  const out: Positions = {};
  for (let v = 0; v < n; v++) if (!pinned[v]) out[g.ids[v]!] = { x: Math.round(x[v]!), y: Math.round(y[v]!) };
  return out;
}

/** Pinned nodes anchor the picture; without them it is centred where the laid-out nodes were. */
function offset(g: LayoutGraph, placement: Placement, pinned: Uint8Array): [number, number] {
  let sx = 0;
  let sy = 0;
  let count = 0;
  for (let v = 0; v < g.n; v++) {
    if (!pinned[v]) continue;
    sx += g.x0[v]! - placement.x[v]!;
    sy += g.y0[v]! - placement.y[v]!;
    count++;
  }
  if (count) return [sx / count, sy / count];
  const before = boundingBox(g.x0, g.y0);
  const after = boundingBox(placement.x, placement.y);
  return [(before.minX + before.maxX - after.minX - after.maxX) / 2, (before.minY + before.maxY - after.minY - after.maxY) / 2];
}

/** The smallest shift of nodes 0..n-1 that clears every later (fixed) node, or no shift if none is near. */
function freeShift(x: Float64Array, y: Float64Array, n: number): [number, number] {
  const w = NODE_WIDTH + MIN_GAP;
  const h = NODE_HEIGHT + MIN_GAP;
  const grid = new BoxGrid(w, h);
  for (let j = n; j < x.length; j++) grid.add(j, x[j]!, y[j]!);
  const clear = (dx: number, dy: number) => {
    for (let v = 0; v < n; v++) {
      const px = x[v]! + dx;
      const py = y[v]! + dy;
      let hit = false;
      grid.near(px, py, (j) => {
        if (!hit && Math.abs(x[j]! - px) < w && Math.abs(y[j]! - py) < h) hit = true;
      });
      if (hit) return false;
    }
    return true;
  };
  if (clear(0, 0)) return [0, 0];
  for (let ring = 1; ring <= MAX_SHIFT_RINGS; ring++) {
    for (const [dx, dy] of ringOffsets(ring, w / 2, h / 2)) if (clear(dx, dy)) return [dx, dy];
  }
  return [0, 0];
}
