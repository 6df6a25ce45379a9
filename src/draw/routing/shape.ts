/**
 * The drawn shape of a routed link: either today's gentle curve (when nothing
 * is in its way) or a run of straight stretches through the router's
 * waypoints with every corner rounded off by a quadratic curve, so the link
 * reads as one smooth line bending around the boxes. Canvas, big-map canvas
 * and exports all draw from this, so they agree.
 */
import { borderPoint, linkCurve, pointOnCurve, type Box, type Point } from '../geometry.ts';
import type { Segment } from '../prims.ts';

export interface Route {
  /** How far the plain curve bows out, as a share of its length (used when there are no waypoints). */
  bend: number;
  /** Points the link passes by, in order; empty for the plain curve. */
  waypoints: Point[];
  /** How much of each stretch a rounded corner may use (0 to 0.5). */
  round: number;
  /** Where along the link its polarity mark sits (0 start, 1 tip), chosen clear of every box. */
  markAt: number;
}

export const PLAIN_ROUTE: Route = { bend: 0.12, waypoints: [], round: 0, markAt: 0.8 };

export interface LinkShape {
  start: Point;
  end: Point;
  d: Segment[];
  /** Points along the drawn line, close enough for hit tests and measures. */
  samples: Point[];
  /** Length of the line up to each sample. */
  lengths: number[];
}

const CORNER_SAMPLES = 6;
const MAX_RADIUS = 160;

function withLengths(start: Point, end: Point, d: Segment[], samples: Point[]): LinkShape {
  const lengths = [0];
  for (let i = 1; i < samples.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(samples[i]!.x - samples[i - 1]!.x, samples[i]!.y - samples[i - 1]!.y));
  return { start, end, d, samples, lengths };
}

const f = (v: number) => v.toFixed(1);
export function pathData(d: readonly Segment[]): string {
  return d
    .map((s) => (s[0] === 'Z' ? 'Z' : s[0] === 'Q' ? `Q${f(s[1])},${f(s[2])} ${f(s[3])},${f(s[4])}` : `${s[0]}${f(s[1])},${f(s[2])}`))
    .join(' ');
}

export function linkShape(source: Box, target: Box, route: Route = PLAIN_ROUTE): LinkShape {
  const w = route.waypoints;
  if (!w.length) {
    const c = linkCurve(source, target, route.bend);
    const samples: Point[] = [];
    for (let i = 0; i <= 16; i++) samples.push(pointOnCurve(c, i / 16).point);
    return withLengths(c.start, c.end, [['M', c.start.x, c.start.y], ['Q', c.control.x, c.control.y, c.end.x, c.end.y]], samples);
  }
  const start = borderPoint(source, w[0]!, 2);
  const end = borderPoint(target, w[w.length - 1]!, 4);
  const pts = [start, ...w, end];
  const d: Segment[] = [['M', start.x, start.y]];
  const samples: Point[] = [start];
  for (let i = 1; i < pts.length - 1; i++) {
    const [p, c, n] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    const lin = Math.hypot(c.x - p.x, c.y - p.y) || 1;
    const lout = Math.hypot(n.x - c.x, n.y - c.y) || 1;
    const r = Math.min(MAX_RADIUS, route.round * Math.min(lin, lout));
    const a = { x: c.x - ((c.x - p.x) / lin) * r, y: c.y - ((c.y - p.y) / lin) * r };
    const b = { x: c.x + ((n.x - c.x) / lout) * r, y: c.y + ((n.y - c.y) / lout) * r };
    d.push(['L', a.x, a.y], ['Q', c.x, c.y, b.x, b.y]);
    samples.push(a);
    for (let k = 1; k <= CORNER_SAMPLES; k++) {
      const t = k / CORNER_SAMPLES;
      const u = 1 - t;
      samples.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
    }
  }
  d.push(['L', end.x, end.y]);
  samples.push(end);
  return withLengths(start, end, d, samples);
}

/** The point t of the way along the line (by length), and the direction of travel there in degrees. */
export function along(shape: LinkShape, t: number): { point: Point; angle: number } {
  const { samples, lengths } = shape;
  const total = lengths[lengths.length - 1]!;
  const want = Math.max(0, Math.min(1, t)) * total;
  let i = 1;
  while (i < samples.length - 1 && lengths[i]! < want) i++;
  const a = samples[i - 1]!;
  const b = samples[i]!;
  const span = lengths[i]! - lengths[i - 1]! || 1;
  const k = Math.max(0, Math.min(1, (want - lengths[i - 1]!) / span));
  return { point: { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k }, angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The line's path stopping `by` short of the tip, so a thick line does not poke out past a thin arrow point. */
export function trimmedEnd(shape: LinkShape, by: number): Segment[] {
  const d = shape.d.slice();
  const last = d[d.length - 1]!;
  const prev = d[d.length - 2]!;
  const from = prev[0] === 'Z' ? shape.start : prev[0] === 'Q' ? { x: prev[3], y: prev[4] } : { x: prev[1], y: prev[2] };
  if (last[0] === 'L') {
    const len = Math.hypot(last[1] - from.x, last[2] - from.y);
    const k = Math.max(0.3, 1 - by / Math.max(len, 1));
    const p = lerp(from, { x: last[1], y: last[2] }, k);
    d[d.length - 1] = ['L', p.x, p.y];
  } else if (last[0] === 'Q') {
    const total = shape.lengths[shape.lengths.length - 1]!;
    const t = Math.max(0.5, 1 - by / Math.max(total, 1));
    const c = { x: last[1], y: last[2] };
    const e = { x: last[3], y: last[4] };
    const p01 = lerp(from, c, t);
    const p12 = lerp(c, e, t);
    const end = lerp(p01, p12, t);
    d[d.length - 1] = ['Q', p01.x, p01.y, end.x, end.y];
  }
  return d;
}
