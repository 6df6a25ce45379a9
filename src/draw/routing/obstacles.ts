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

  constructor(readonly items: readonly Obstacle[]) {
    this.stamp = new Uint32Array(items.length);
    items.forEach((o, i) => {
      const { box } = o;
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
   * Numbers of the obstacles that may lie within `pad` of the segment a→b, each once: those listed in the
   * grid cells the segment passes within `pad` of (a box is listed in every cell it overlaps), not in every
   * cell of its bounding box. A long diagonal link of a big map spans a hundred cells and passes a tenth.
   */
  near(a: Point, b: Point, pad: number): number[] {
    const out: number[] = [];
    const r = this.nextRound();
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const cx1 = Math.floor((Math.max(a.x, b.x) + pad) / CELL);
    for (let cx = Math.floor((Math.min(a.x, b.x) - pad) / CELL); cx <= cx1; cx++) {
      // The stretch of the segment over this column of cells (widened by pad), and the rows it spans there, widened by pad.
      let t0 = 0;
      let t1 = 1;
      if (dx !== 0) {
        const ta = (cx * CELL - pad - a.x) / dx;
        const tb = ((cx + 1) * CELL + pad - a.x) / dx;
        t0 = Math.max(0, Math.min(ta, tb));
        t1 = Math.min(1, Math.max(ta, tb));
        if (t0 > t1) continue;
      }
      const ya = a.y + dy * t0;
      const yb = a.y + dy * t1;
      const cy1 = Math.floor((Math.max(ya, yb) + pad) / CELL);
      for (let cy = Math.floor((Math.min(ya, yb) - pad) / CELL); cy <= cy1; cy++) {
        const list = this.cells.get(key(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.stamp[i] === r) continue;
          this.stamp[i] = r;
          out.push(i);
        }
      }
    }
    return out;
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
