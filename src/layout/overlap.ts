/**
 * Overlap removal: pushes node boxes apart until none overlaps, moving each
 * as little as it can. Fixed nodes (pinned, or outside a selection) never move.
 */
import type { Id } from '../model/types.ts';
import { MIN_GAP, NODE_HEIGHT, NODE_WIDTH, type Positions } from './types.ts';

export interface OverlapOptions {
  /** 1 for nodes that must not move. */
  fixed?: Uint8Array;
  /** Space kept between boxes. */
  gap?: number;
  width?: number;
  height?: number;
  /** Rounds of pushing before the exact pass takes over. */
  rounds?: number;
  /** Each box's own height (a long label wraps to a taller box); `height` for all when absent. */
  heights?: Float64Array;
}

const OFFSET = 1 << 20;
const cellKey = (cx: number, cy: number) => (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);
/**
 * Cell indices are clamped so that a position of 1e19 or Infinity cannot stall
 * the loops below: at that size cx + 1 === cx, and a loop from cx - 1 to cx + 1
 * would never end. Boxes past the edge share the edge cells; visitors still
 * compare real positions, so this is only slower for such maps, never wrong.
 */
const MAX_CELL = OFFSET - 2;
const cellOf = (v: number, size: number) => {
  const c = Math.floor(v / size);
  return c > MAX_CELL ? MAX_CELL : c < -MAX_CELL ? -MAX_CELL : c === c ? c : 0;
};
/** The exact pass gives up on a box after this many rings (a guard: real maps need a few). */
const MAX_FREE_RINGS = 2000;

/** A uniform grid of cells one box (plus gap) in size: overlapping boxes are always in neighbouring cells. */
export class BoxGrid {
  private cells = new Map<number, number[]>();
  constructor(
    private readonly cw: number,
    private readonly ch: number,
  ) {}
  add(i: number, x: number, y: number): void {
    const key = cellKey(cellOf(x, this.cw), cellOf(y, this.ch));
    const cell = this.cells.get(key);
    if (cell) cell.push(i);
    else this.cells.set(key, [i]);
  }
  /** Calls visit for every stored box whose cell neighbours the cell of (x, y). */
  near(x: number, y: number, visit: (j: number) => void): void {
    const cx = cellOf(x, this.cw);
    const cy = cellOf(y, this.ch);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const cell = this.cells.get(cellKey(gx, gy));
        if (cell) for (const j of cell) visit(j);
      }
    }
  }
}

/** Moves the non-fixed boxes (top-left x, y) in place until no two boxes are closer than the gap. */
export function separateBoxes(x: Float64Array, y: Float64Array, options: OverlapOptions = {}): void {
  const n = x.length;
  const fixed = options.fixed ?? new Uint8Array(n);
  const w = (options.width ?? NODE_WIDTH) + (options.gap ?? MIN_GAP);
  const gap = options.gap ?? MIN_GAP;
  const heights = options.heights;
  // The grid's cells are as tall as the tallest box, so overlapping boxes are still in neighbouring cells.
  const h = heights ? Math.max(options.height ?? NODE_HEIGHT, ...heights) + gap : (options.height ?? NODE_HEIGHT) + gap;
  /** Room box i needs below its top before the next box may start. */
  const tall = (i: number) => (heights ? heights[i]! + gap : h);
  const rounds = options.rounds ?? 50;

  // Cheap local pushes first: they resolve almost everything and keep neighbours together.
  for (let round = 0; round < rounds; round++) {
    const grid = new BoxGrid(w, h);
    for (let i = 0; i < n; i++) grid.add(i, x[i]!, y[i]!);
    let found = 0;
    for (let i = 0; i < n; i++) {
      grid.near(x[i]!, y[i]!, (j) => {
        if (j <= i || (fixed[i] && fixed[j])) return;
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        const px = w - Math.abs(dx);
        const py = (dy >= 0 ? tall(i) : tall(j)) - Math.abs(dy);
        if (px <= 0 || py <= 0) return;
        found++;
        const shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
        const shareJ = 1 - shareI;
        // Push along the axis that needs the shorter move; a tie in position goes by index, so results are repeatable.
        if (px / w < py / (dy >= 0 ? tall(i) : tall(j))) {
          const dir = dx > 0 || (dx === 0 && j > i) ? 1 : -1;
          x[i]! -= dir * (px * shareI + (shareI ? 0.01 : 0));
          x[j]! += dir * (px * shareJ + (shareJ ? 0.01 : 0));
        } else {
          const dir = dy > 0 || (dy === 0 && j > i) ? 1 : -1;
          y[i]! -= dir * (py * shareI + (shareI ? 0.01 : 0));
          y[j]! += dir * (py * shareJ + (shareJ ? 0.01 : 0));
        }
      });
    }
    if (found === 0) return;
  }
  placeRemaining(x, y, fixed, w, h, tall);
}

/** The exact pass: each box that still overlaps moves to the nearest free spot; this always ends. */
function placeRemaining(x: Float64Array, y: Float64Array, fixed: Uint8Array, w: number, h: number, tall: (i: number) => number): void {
  const n = x.length;
  const grid = new BoxGrid(w, h);
  let current = 0;
  const clashes = (px: number, py: number) => {
    let hit = false;
    grid.near(px, py, (j) => {
      if (!hit && Math.abs(x[j]! - px) < w && (py >= y[j]! ? py - y[j]! < tall(j) : y[j]! - py < tall(current))) hit = true;
    });
    return hit;
  };
  for (let i = 0; i < n; i++) if (fixed[i]) grid.add(i, x[i]!, y[i]!);
  const stepX = w / 4;
  const stepY = h / 2;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    current = i;
    if (clashes(x[i]!, y[i]!)) {
      const [fx, fy] = nearestFree(x[i]!, y[i]!, stepX, stepY, clashes);
      x[i] = fx;
      y[i] = fy;
    }
    grid.add(i, x[i]!, y[i]!);
  }
}

function nearestFree(px: number, py: number, sx: number, sy: number, clashes: (x: number, y: number) => boolean): [number, number] {
  for (let ring = 1; ring <= MAX_FREE_RINGS; ring++) {
    for (const [dx, dy] of ringOffsets(ring, sx, sy)) if (!clashes(px + dx, py + dy)) return [px + dx, py + dy];
  }
  // Only at positions so large that adding a step changes nothing; leave the box where it is.
  return [px, py];
}

/** The lattice points on the square ring `ring` steps out, nearest first (ties in a fixed order). */
export function ringOffsets(ring: number, sx: number, sy: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = -ring; a <= ring; a++) {
    for (let b = -ring; b <= ring; b++) if (Math.max(Math.abs(a), Math.abs(b)) === ring) out.push([a * sx, b * sy]);
  }
  return out.sort((p, q) => p[0] ** 2 + p[1] ** 2 - (q[0] ** 2 + q[1] ** 2) || p[0] - q[0] || p[1] - q[1]);
}

/** removeOverlaps on id-keyed positions: returns new positions with the same keys; fixed ids keep theirs. */
export function removeOverlaps(positions: Positions, fixedIds: ReadonlySet<Id> = new Set(), options: Omit<OverlapOptions, 'fixed'> = {}): Positions {
  const ids = Object.keys(positions);
  const x = Float64Array.from(ids, (id) => positions[id]!.x);
  const y = Float64Array.from(ids, (id) => positions[id]!.y);
  const fixed = Uint8Array.from(ids, (id) => (fixedIds.has(id) ? 1 : 0));
  separateBoxes(x, y, { ...options, fixed });
  const out: Positions = {};
  ids.forEach((id, i) => (out[id] = { x: x[i]!, y: y[i]! }));
  return out;
}
