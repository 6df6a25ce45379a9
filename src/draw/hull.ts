/** Convex hulls of points and whether a hull meets a box: the geometry of theme regions. */
import type { Box, Point } from './geometry.ts';
import { insideBox, segmentHitsBox } from './routing/obstacles.ts';

/** Andrew's monotone chain; counter-clockwise, no repeated last point. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

export function insidePolygon(p: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i]!;
    const b = poly[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Whether a hull and a box share any area (a touch along an edge does not count). */
export function polygonMeetsBox(poly: readonly Point[], box: Box): boolean {
  if (poly.length < 3) return false;
  const inner = { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 };
  if (poly.some((p) => insideBox(p, inner))) return true;
  if (insidePolygon({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, poly)) return true;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) if (segmentHitsBox(poly[j]!, poly[i]!, inner, 0)) return true;
  return false;
}
