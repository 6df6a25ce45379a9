/**
 * A small drawing vocabulary shared by the PDF and SVG writers: the map,
 * legend and title block are built once as these shapes and then written
 * out by either backend, so the two exports cannot drift apart.
 */
import type { Box, Point } from './geometry.ts';
import { tint } from '../model/palette.ts';

export interface Paint {
  fill?: string;
  stroke?: string;
  /** Stroke width. */
  lw?: number;
  dash?: readonly number[];
  cap?: 'butt' | 'round';
}

export type Segment = ['M', number, number] | ['L', number, number] | ['Q', number, number, number, number] | ['Z'];

export type Prim =
  | ({ t: 'rect'; x: number; y: number; w: number; h: number; r?: number } & Paint)
  | ({ t: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ t: 'path'; d: Segment[] } & Paint)
  | {
      t: 'text';
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      fill: string;
      anchor?: 'start' | 'middle' | 'end';
    };

/** A group of shapes with the box that holds them, so a poster tile can skip what it does not show. */
export interface Item {
  /** The node or link drawn, if any. */
  id?: string;
  bbox: Box;
  prims: Prim[];
  /**
   * For a long, thin item (a link): points along it. A diagonal link's box
   * covers much of a poster; the line itself crosses only a few pages.
   */
  trace?: readonly Point[];
}

/** Whether an item shows in a rectangle, using its trace when it has one. */
export function itemShows(item: Item, view: Box, reach = 14): boolean {
  if (!intersects(item.bbox, view)) return false;
  if (!item.trace) return true;
  const r = inflate(view, reach);
  for (let i = 1; i < item.trace.length; i++) if (segmentMeetsBox(item.trace[i - 1]!, item.trace[i]!, r)) return true;
  return false;
}

/** Liang–Barsky: does the segment from a to b touch the box? */
function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export function unionBox(boxes: readonly Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const inflate = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

/** Moves and scales shapes, e.g. a legend laid out at its own origin into its place on a page. */
export function transformPrims(prims: readonly Prim[], dx: number, dy: number, k = 1): Prim[] {
  const X = (x: number) => dx + x * k;
  const Y = (y: number) => dy + y * k;
  return prims.map((p): Prim => {
    const lw = p.t !== 'text' && p.lw !== undefined ? { lw: p.lw * k } : {};
    const dash = p.t !== 'text' && p.dash ? { dash: p.dash.map((d) => d * k) } : {};
    switch (p.t) {
      case 'rect':
        return { ...p, ...lw, ...dash, x: X(p.x), y: Y(p.y), w: p.w * k, h: p.h * k, ...(p.r ? { r: p.r * k } : {}) };
      case 'circle':
        return { ...p, ...lw, ...dash, cx: X(p.cx), cy: Y(p.cy), r: p.r * k };
      case 'path':
        return { ...p, ...lw, ...dash, d: p.d.map((s) => transformSegment(s, X, Y)) };
      case 'text':
        return { ...p, x: X(p.x), y: Y(p.y), size: p.size * k };
    }
  });
}

function transformSegment(s: Segment, X: (x: number) => number, Y: (y: number) => number): Segment {
  switch (s[0]) {
    case 'M':
    case 'L':
      return [s[0], X(s[1]), Y(s[2])];
    case 'Q':
      return ['Q', X(s[1]), Y(s[2]), X(s[3]), Y(s[4])];
    case 'Z':
      return s;
  }
}

/** Draws shapes as if at partial opacity over white paper (0 = as they are, 1 = gone), without PDF transparency, which some printers mishandle. */
export function fadePrims(prims: Prim[], amount: number): Prim[] {
  const f = (c: string | undefined) => (c && /^#[0-9a-f]{6}$/i.test(c) ? tint(c, amount) : c);
  return prims.map((p) => (p.t === 'text' ? { ...p, fill: f(p.fill)! } : { ...p, fill: f(p.fill), stroke: f(p.stroke) }));
}

/** Shapes drawn `s` times as large about the point (ox, oy): a node sized by a measure, drawn once at 1× and grown. */
export function scalePrims(prims: Prim[], ox: number, oy: number, s: number): Prim[] {
  if (s === 1) return prims;
  const X = (x: number) => ox + (x - ox) * s;
  const Y = (y: number) => oy + (y - oy) * s;
  const paint = <P extends Paint>(q: P): P => ({ ...q, ...(q.lw !== undefined ? { lw: q.lw * s } : {}), ...(q.dash ? { dash: q.dash.map((d) => d * s) } : {}) });
  return prims.map((q): Prim => {
    switch (q.t) {
      case 'rect':
        return paint({ ...q, x: X(q.x), y: Y(q.y), w: q.w * s, h: q.h * s, ...(q.r !== undefined ? { r: q.r * s } : {}) });
      case 'circle':
        return paint({ ...q, cx: X(q.cx), cy: Y(q.cy), r: q.r * s });
      case 'text':
        return { ...q, x: X(q.x), y: Y(q.y), size: q.size * s };
      case 'path':
        return paint({
          ...q,
          d: q.d.map((g): Segment => (g[0] === 'Z' ? g : g[0] === 'Q' ? ['Q', X(g[1]), Y(g[2]), X(g[3]), Y(g[4])] : [g[0], X(g[1]), Y(g[2])])),
        });
    }
  });
}

/** A rough box around one shape, for leaving out what a page does not show. */
export function primBox(p: Prim): Box {
  switch (p.t) {
    case 'rect':
      return { x: p.x, y: p.y, width: p.w, height: p.h };
    case 'circle':
      return { x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r };
    case 'text': {
      // Generous: the widest characters are about an em; anchored text may extend either way.
      const w = p.text.length * p.size;
      return { x: p.x - (p.anchor === 'start' || !p.anchor ? 0 : w), y: p.y - p.size, width: p.anchor === 'middle' ? 2 * w : w, height: p.size * 1.3 };
    }
    case 'path': {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const s of p.d) {
        if (s[0] === 'Z') continue;
        for (let i = 1; i < s.length; i += 2) {
          xs.push(s[i] as number);
          ys.push(s[i + 1] as number);
        }
      }
      return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    }
  }
}
