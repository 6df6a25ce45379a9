/**
 * Fewer crossings without moving any region: nodes of the same theme swap
 * places when that takes crossings away. Each theme keeps exactly the spots
 * it had, so the regions, their names and the space between them stay; only
 * which node sits in which spot changes. A greedy pass over every pair in a
 * theme, repeated while it helps.
 */
import type { LayoutGraph } from './graph.ts';

interface Edge {
  a: number;
  b: number;
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Undirected links, each pair once. */
function edgesOf(g: LayoutGraph): Edge[] {
  const seen = new Set<number>();
  const out: Edge[] = [];
  for (let e = 0; e < g.m; e++) {
    const a = Math.min(g.src[e]!, g.dst[e]!);
    const b = Math.max(g.src[e]!, g.dst[e]!);
    if (a === b || seen.has(a * g.n + b)) continue;
    seen.add(a * g.n + b);
    out.push({ a, b });
  }
  return out;
}

/** Maps where each swap costs about this many segment tests are left as they are, to keep layout quick. */
const MAX_WORK = 4e7;

export function untangleWithinThemes(g: LayoutGraph, x: Float64Array, y: Float64Array, rounds = 4, fixed: Uint8Array = new Uint8Array(g.n)): number {
  const edges = edgesOf(g);
  const incident: number[][] = Array.from({ length: g.n }, () => []);
  edges.forEach((e, i) => {
    incident[e.a]!.push(i);
    incident[e.b]!.push(i);
  });
  const groups = new Map<number, number[]>();
  for (let v = 0; v < g.n; v++) {
    if (fixed[v] || v === g.focal) continue;
    const t = g.theme[v]!;
    groups.set(t, [...(groups.get(t) ?? []), v]);
  }
  let pairs = 0;
  for (const members of groups.values()) pairs += (members.length * (members.length - 1)) / 2;
  const meanDegree = (2 * edges.length) / Math.max(1, g.n);
  if (pairs * 4 * meanDegree * edges.length > MAX_WORK) return 0;

  // Reused between calls: the inner loop runs millions of times on a 300-link map, so it allocates nothing.
  const mark = new Int32Array(edges.length);
  let stamp = 0;
  /** Crossings of the links in `which` with every link, counting a pair inside `which` once. */
  const crossingsOf = (which: readonly number[]): number => {
    let count = 0;
    stamp++;
    for (const i of which) mark[i] = stamp;
    for (const i of which) {
      const s = edges[i]!;
      const ax = x[s.a]!;
      const ay = y[s.a]!;
      const bx = x[s.b]!;
      const by = y[s.b]!;
      const minX = Math.min(ax, bx);
      const maxX = Math.max(ax, bx);
      const minY = Math.min(ay, by);
      const maxY = Math.max(ay, by);
      for (let j = 0; j < edges.length; j++) {
        if (j === i || (mark[j] === stamp && j < i)) continue;
        const t = edges[j]!;
        const cx = x[t.a]!;
        const cy = y[t.a]!;
        const dx = x[t.b]!;
        const dy = y[t.b]!;
        // Boxes apart: no crossing, and no need for the orientation tests.
        if ((cx < minX && dx < minX) || (cx > maxX && dx > maxX) || (cy < minY && dy < minY) || (cy > maxY && dy > maxY)) continue;
        if (t.a === s.a || t.a === s.b || t.b === s.a || t.b === s.b) continue;
        if (cross(ax, ay, bx, by, cx, cy, dx, dy)) count++;
      }
    }
    return count;
  };
  const touched: number[] = [];
  const swap = (u: number, v: number) => {
    [x[u], x[v]] = [x[v]!, x[u]!];
    [y[u], y[v]] = [y[v]!, y[u]!];
  };

  let saved = 0;
  for (let round = 0; round < rounds; round++) {
    let gained = 0;
    for (const members of groups.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const u = members[i]!;
          const v = members[j]!;
          touched.length = 0;
          for (const e of incident[u]!) touched.push(e);
          for (const e of incident[v]!) if (edges[e]!.a !== u && edges[e]!.b !== u) touched.push(e);
          if (!touched.length) continue;
          const before = crossingsOf(touched);
          swap(u, v);
          const after = crossingsOf(touched);
          if (after < before) gained += before - after;
          else swap(u, v);
        }
      }
    }
    saved += gained;
    if (!gained) break;
  }
  return saved;
}
