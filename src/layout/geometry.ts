/**
 * Measures of a drawing that tests, the CLI and the benchmark share: how many
 * node boxes overlap and how many straight links cross.
 */
import type { Id, MapDocument, Position } from '../model/types.ts';
import { NODE_HEIGHT, NODE_WIDTH, type Positions } from './types.ts';

export interface BoxSize {
  width: number;
  height: number;
}

const DEFAULT_BOX: BoxSize = { width: NODE_WIDTH, height: NODE_HEIGHT };

export function documentPositions(doc: MapDocument): Positions {
  const out: Positions = {};
  for (const [id, node] of Object.entries(doc.nodes)) out[id] = node.position;
  return out;
}

/** Pairs of node boxes (top-left positions, all the same size) that overlap with positive area. */
export function countOverlaps(positions: Positions | readonly Position[], box: BoxSize = DEFAULT_BOX): number {
  const points = Array.isArray(positions) ? positions : Object.values(positions);
  // Sweep along x: only boxes whose left edges are closer than one width can overlap.
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.x - points[b]!.x);
  let count = 0;
  for (let i = 0; i < order.length; i++) {
    const a = points[order[i]!]!;
    for (let j = i + 1; j < order.length; j++) {
      const b = points[order[j]!]!;
      if (b.x - a.x >= box.width) break;
      if (Math.abs(b.y - a.y) < box.height) count++;
    }
  }
  return count;
}

interface Segment {
  a: number;
  b: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Crossings between links drawn as straight lines between node centres.
 * Links that share a node do not count; A->B and B->A count as one line.
 * Since every node has the same size, top-left positions give the same answer as centres.
 */
export function countCrossings(positions: Positions, links: Iterable<{ source: Id; target: Id }>): number {
  const ids = new Map<Id, number>();
  const seen = new Set<string>();
  const segments: Segment[] = [];
  for (const link of links) {
    const p = positions[link.source];
    const q = positions[link.target];
    if (!p || !q || link.source === link.target) continue;
    const key = link.source < link.target ? `${link.source}\n${link.target}` : `${link.target}\n${link.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const id of [link.source, link.target]) if (!ids.has(id)) ids.set(id, ids.size);
    const [l, r] = p.x <= q.x ? [p, q] : [q, p];
    segments.push({ a: ids.get(link.source)!, b: ids.get(link.target)!, x1: l.x, y1: l.y, x2: r.x, y2: r.y });
  }
  segments.sort((s, t) => s.x1 - t.x1);
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const sMinY = Math.min(s.y1, s.y2);
    const sMaxY = Math.max(s.y1, s.y2);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (t.x1 > s.x2) break;
      if (Math.max(t.y1, t.y2) < sMinY || Math.min(t.y1, t.y2) > sMaxY) continue;
      if (t.a === s.a || t.a === s.b || t.b === s.a || t.b === s.b) continue;
      if (segmentsCross(s, t)) count++;
    }
  }
  return count;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** A proper crossing: each segment has the other's ends strictly on opposite sides. */
function segmentsCross(s: Segment, t: Segment): boolean {
  const d1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
  const d2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  const d3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
  const d4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around node boxes at these top-left positions (index subset optional). */
export function boundingBox(x: ArrayLike<number>, y: ArrayLike<number>, which?: Iterable<number>, box: BoxSize = DEFAULT_BOX): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const indices = which ?? Array.from({ length: x.length }, (_, i) => i);
  for (const i of indices) {
    minX = Math.min(minX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxX = Math.max(maxX, x[i]! + box.width);
    maxY = Math.max(maxY, y[i]! + box.height);
  }
  return { minX, minY, maxX, maxY };
}
