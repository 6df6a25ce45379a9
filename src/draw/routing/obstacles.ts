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
    if (++this.round === 0xffffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    const r = this.round;
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
}

const meets = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Liang–Barsky: does the segment from a to b pass inside the box (grown by `pad`)? */
export function segmentHitsBox(a: Point, b: Point, box: Box, pad: number): boolean {
  const x0 = box.x - pad;
  const y0 = box.y - pad;
  const x1 = box.x + box.width + pad;
  const y1 = box.y + box.height + pad;
  if (Math.max(a.x, b.x) <= x0 || Math.min(a.x, b.x) >= x1 || Math.max(a.y, b.y) <= y0 || Math.min(a.y, b.y) >= y1) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const p = [-dx, dx, -dy, dy];
  const q = [a.x - x0, x1 - a.x, a.y - y0, y1 - a.y];
  for (let i = 0; i < 4; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) {
      if (qi <= 0) return false;
      continue;
    }
    const t = qi / pi;
    if (pi < 0) t0 = Math.max(t0, t);
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
