/**
 * The router's fallback for the rare link whose way round boxes is too
 * twisted for the corner-by-corner search: A* on a fine grid over the area
 * around the link, cells inside a (padded) box blocked. Slower, so used only
 * when the quick search gives up.
 */
import type { Box, Point } from '../geometry.ts';

/** The finest cell, for links of ordinary length. */
const FINEST_CELL = 4;
const MAX_CELLS = 400_000;
/** Cells for a link across a big map are coarser, so that its grid stays this small. */
const COARSE_CELLS = 60_000;
/**
 * Weighted A*: the distance still to go counts double, so the search heads
 * for the goal instead of widening evenly round every box in its way. Its
 * path may be up to twice the shortest, but the router pulls it taut after
 * (route.ts), and it searched about a third as many cells on a crowded map
 * (nodes dropped on each other in a busy room), where nearly every link
 * needed the grid.
 */
const GREED = 2;

/**
 * The cell size for the grid of a long link: the finest that keeps it within
 * COARSE_CELLS. A link across a 500-node map (several thousand pixels) gets
 * cells of 10 to 25 px, finer than the gaps a layout leaves between boxes.
 */
export function coarseCell(a: Point, b: Point, reach: number): number {
  const area = (Math.abs(a.x - b.x) + 2 * reach) * (Math.abs(a.y - b.y) + 2 * reach);
  return Math.max(FINEST_CELL, Math.ceil(Math.sqrt(area / COARSE_CELLS)));
}

/** How many cells the grid of a link from a to b has. */
export function gridCells(a: Point, b: Point, reach: number, cell: number): number {
  return (Math.ceil((Math.abs(a.x - b.x) + 2 * reach) / cell) + 1) * (Math.ceil((Math.abs(a.y - b.y) + 2 * reach) / cell) + 1);
}

export function gridPath(a: Point, b: Point, ends: readonly Box[], obstacles: readonly Box[], pad: number, reach: number, CELL = FINEST_CELL): Point[] | null {
  const x0 = Math.min(a.x, b.x) - reach;
  const y0 = Math.min(a.y, b.y) - reach;
  const cols = Math.ceil((Math.abs(a.x - b.x) + 2 * reach) / CELL) + 1;
  const rows = Math.ceil((Math.abs(a.y - b.y) + 2 * reach) / CELL) + 1;
  if (cols * rows > MAX_CELLS) return null;
  const blocked = new Uint8Array(cols * rows);
  for (const o of obstacles) {
    // Cells whose centre lies in the padded box; a gap between two boxes stays open if a cell fits in it.
    const c0 = Math.max(0, Math.ceil((o.x - pad - x0) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((o.x + o.width + pad - x0) / CELL));
    const r0 = Math.max(0, Math.ceil((o.y - pad - y0) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((o.y + o.height + pad - y0) / CELL));
    for (let r = r0; r <= r1; r++) if (c1 >= c0) blocked.fill(1, r * cols + c0, r * cols + c1 + 1);
  }
  // The ends sit inside their own boxes, which are not obstacles, but may be near others (or overlap them): free them.
  for (const o of ends) {
    const c0 = Math.max(0, Math.floor((o.x - x0) / CELL));
    const c1 = Math.min(cols - 1, Math.ceil((o.x + o.width - x0) / CELL));
    const r0 = Math.max(0, Math.floor((o.y - y0) / CELL));
    const r1 = Math.min(rows - 1, Math.ceil((o.y + o.height - y0) / CELL));
    for (let r = r0; r <= r1; r++) blocked.fill(0, r * cols + c0, r * cols + c1 + 1);
  }
  const cellOf = (p: Point) => Math.round((p.y - y0) / CELL) * cols + Math.round((p.x - x0) / CELL);
  const start = cellOf(a);
  const goal = cellOf(b);
  const gc = goal % cols;
  const gr = Math.floor(goal / cols);
  const { g, from } = scratch(cols * rows);
  const heap = new MinHeap();
  const h = (i: number) => {
    const dx = Math.abs((i % cols) - gc);
    const dy = Math.abs(Math.floor(i / cols) - gr);
    return Math.max(dx, dy) + 0.4142 * Math.min(dx, dy);
  };
  g[start] = 0;
  heap.push(start, h(start));
  const steps = [
    [1, 0, 1],
    [-1, 0, 1],
    [0, 1, 1],
    [0, -1, 1],
    [1, 1, Math.SQRT2],
    [1, -1, Math.SQRT2],
    [-1, 1, Math.SQRT2],
    [-1, -1, Math.SQRT2],
  ] as const;
  while (heap.size) {
    const u = heap.pop();
    if (u === goal) break;
    // Settled already, from an earlier entry: marked in `blocked` as 2, so that its neighbours skip it too. (With a
    // consistent heuristic weighted by GREED, a cell's first pop is within GREED of its best, and is kept.)
    if (blocked[u] === 2) continue;
    blocked[u] = 2;
    const uc = u % cols;
    const ur = Math.floor(u / cols);
    for (const [dc, dr, cost] of steps) {
      const c = uc + dc;
      const r = ur + dr;
      if (c < 0 || r < 0 || c >= cols || r >= rows) continue;
      const v = r * cols + c;
      if (blocked[v]) continue;
      const t = g[u]! + cost;
      if (t < g[v]!) {
        g[v] = t;
        from[v] = u;
        heap.push(v, t + GREED * h(v));
      }
    }
  }
  if (from[goal]! < 0) return null;
  const out: Point[] = [];
  for (let v = from[goal]!; v !== start && v >= 0; v = from[v]!) out.unshift({ x: x0 + (v % cols) * CELL, y: y0 + Math.floor(v / cols) * CELL });
  return out;
}

let scratchG = new Float64Array(0);
let scratchFrom = new Int32Array(0);
/** The search's cost and came-from arrays for n cells, reset: reused from call to call, a big map routes dozens of grids. */
function scratch(n: number): { g: Float64Array; from: Int32Array } {
  if (scratchG.length < n) {
    scratchG = new Float64Array(n);
    scratchFrom = new Int32Array(n);
  }
  scratchG.fill(Infinity, 0, n);
  scratchFrom.fill(-1, 0, n);
  return { g: scratchG, from: scratchFrom };
}

/** A binary heap of cell numbers by priority (stale entries are skipped by the caller's costs). */
class MinHeap {
  private items: number[] = [];
  private keys: number[] = [];
  get size() {
    return this.items.length;
  }
  push(item: number, key: number) {
    const { items, keys } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }
  pop(): number {
    const { items, keys } = this;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
