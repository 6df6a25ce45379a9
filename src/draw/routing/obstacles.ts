/**
 * Node boxes as obstacles for link routing, in a uniform grid so that a link
 * asks only about the boxes near it: with 6,000 nodes, testing every box for
 * every link would take seconds.
 */
import type { Box, Point } from '../geometry.ts';

export interface Obstacle {
  id: string;
  box: Box;
}

const CELL = 240;
const key = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);

export class ObstacleIndex {
  private cells = new Map<number, number[]>();
  private stamp: Uint32Array;
  private round = 0;
  /** The widest and the tallest box: how far a box listed in a cell may reach out of it (walk()). */
  private widest = 0;
  private tallest = 0;

  constructor(readonly items: readonly Obstacle[]) {
    this.stamp = new Uint32Array(items.length);
    items.forEach((o, i) => {
      const { box } = o;
      this.widest = Math.max(this.widest, box.width);
      this.tallest = Math.max(this.tallest, box.height);
      for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++)
        for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) {
          const k = key(cx, cy);
          const list = this.cells.get(k);
          if (list) list.push(i);
          else this.cells.set(k, [i]);
        }
    });
  }

  /** Numbers of the obstacles whose boxes meet `area`, each once. */
  query(area: Box): number[] {
    const out: number[] = [];
    const r = this.nextRound();
    const x1 = Math.floor((area.x + area.width) / CELL);
    const y1 = Math.floor((area.y + area.height) / CELL);
    for (let cx = Math.floor(area.x / CELL); cx <= x1; cx++)
      for (let cy = Math.floor(area.y / CELL); cy <= y1; cy++) {
        const list = this.cells.get(key(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.stamp[i] === r) continue;
          this.stamp[i] = r;
          if (meets(this.items[i]!.box, area)) out.push(i);
        }
      }
    return out;
  }

  /**
   * The obstacles that may lie within `pad` of the segment a→b, told to `visit` each once, in rough order of
   * distance from a: those listed in the grid cells the segment passes within `pad` of (a box is listed in
   * every cell it overlaps), line of cells by line of cells across the segment's longer axis from a.
   * `visit` returns how far from a an obstacle must be to matter still (Infinity while any may; below 0 to
   * stop at once), and the walk stops where every obstacle still to come lies farther: the router asks for
   * the first box a link meets, and a long link across a big map would otherwise test every box along it.
   */
  walk(a: Point, b: Point, pad: number, visit: (i: number) => number): void {
    const r = this.nextRound();
    const steep = Math.abs(b.y - a.y) > Math.abs(b.x - a.x);
    // u along the longer axis, v across it.
    const au = steep ? a.y : a.x;
    const av = steep ? a.x : a.y;
    const du = (steep ? b.y : b.x) - au;
    const dv = (steep ? b.x : b.y) - av;
    const dir = du >= 0 ? 1 : -1;
    const reach = steep ? this.tallest : this.widest;
    const last = Math.floor((au + du + dir * pad) / CELL);
    let need = Infinity;
    for (let cu = Math.floor((au - dir * pad) / CELL); dir > 0 ? cu <= last : cu >= last; cu += dir) {
      // A box listed in this line of cells overlaps it, so it is at least this far from a along u.
      const gap = dir > 0 ? cu * CELL - reach - au : au - (cu + 1) * CELL - reach;
      if (gap > need) return;
      let t0 = 0;
      let t1 = 1;
      if (du !== 0) {
        const ta = (cu * CELL - pad - au) / du;
        const tb = ((cu + 1) * CELL + pad - au) / du;
        t0 = Math.max(0, Math.min(ta, tb));
        t1 = Math.min(1, Math.max(ta, tb));
        if (t0 > t1) continue;
      }
      const va = av + dv * t0;
      const vb = av + dv * t1;
      const cv1 = Math.floor((Math.max(va, vb) + pad) / CELL);
      for (let cv = Math.floor((Math.min(va, vb) - pad) / CELL); cv <= cv1; cv++) {
        const list = this.cells.get(steep ? key(cv, cu) : key(cu, cv));
        if (!list) continue;
        for (const i of list) {
          if (this.stamp[i] === r) continue;
          this.stamp[i] = r;
          need = visit(i);
          if (need < 0) return;
        }
      }
    }
  }

  private nextRound(): number {
    if (++this.round === 0xffffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    return this.round;
  }
}

const meets = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Liang–Barsky: does the segment from a to b pass inside the box (grown by `pad`)? */
export function segmentHitsBox(a: Point, b: Point, box: Box, pad: number): boolean {
  return segmentHitsRect(a, b, box.x - pad, box.y - pad, box.x + box.width + pad, box.y + box.height + pad);
}

/** Liang–Barsky on the open rectangle (x0, y0)–(x1, y1), written out: routing a big map asks this millions of times. */
function segmentHitsRect(a: Point, b: Point, x0: number, y0: number, x1: number, y1: number): boolean {
  if (Math.max(a.x, b.x) <= x0 || Math.min(a.x, b.x) >= x1 || Math.max(a.y, b.y) <= y0 || Math.min(a.y, b.y) >= y1) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // The four edges in turn, as [p, q] of Liang–Barsky: left (-dx), right (dx), top (-dy), bottom (dy).
  let t0 = 0;
  let t1 = 1;
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? a.x - x0 : edge === 1 ? x1 - a.x : edge === 2 ? a.y - y0 : y1 - a.y;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

export const insideBox = (p: Point, box: Box, pad = 0) =>
  p.x > box.x - pad && p.x < box.x + box.width + pad && p.y > box.y - pad && p.y < box.y + box.height + pad;

/** The box around some points. */
export function boundsOf(points: readonly Point[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
