/**
 * Fewer crossings without moving any region: nodes of the same theme swap
 * places when that takes crossings away. Each theme keeps exactly the spots
 * it had, so the regions, their names and the space between them stay; only
 * which node sits in which spot changes. A greedy pass over every pair in a
 * theme, repeated while it helps.
 *
 * Why it is quick: every link keeps a count of the links it crosses, so the
 * crossings before a swap are a sum of a few counts; only the links of the two
 * swapped nodes are tested against the others, and only after the swap. The
 * counts are brought up to date when a swap is kept, which is rare.
 */
import type { LayoutGraph } from './graph.ts';
import { SegmentGrid } from './segmentGrid.ts';

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Undirected links, each pair once, as two arrays of ends. */
function edgesOf(g: LayoutGraph): { ea: Int32Array; eb: Int32Array } {
  const seen = new Set<number>();
  const a: number[] = [];
  const b: number[] = [];
  for (let e = 0; e < g.m; e++) {
    const p = Math.min(g.src[e]!, g.dst[e]!);
    const q = Math.max(g.src[e]!, g.dst[e]!);
    if (p === q || seen.has(p * g.n + q)) continue;
    seen.add(p * g.n + q);
    a.push(p);
    b.push(q);
  }
  return { ea: Int32Array.from(a), eb: Int32Array.from(b) };
}

/** Maps where each swap costs about this many segment tests are left as they are, to keep layout quick. */
const MAX_WORK = 4e7;

export function untangleWithinThemes(g: LayoutGraph, x: Float64Array, y: Float64Array, rounds = 4, fixed: Uint8Array = new Uint8Array(g.n)): number {
  const { ea, eb } = edgesOf(g);
  const m = ea.length;
  const incident: number[][] = Array.from({ length: g.n }, () => []);
  for (let i = 0; i < m; i++) {
    incident[ea[i]!]!.push(i);
    incident[eb[i]!]!.push(i);
  }
  const groups = new Map<number, number[]>();
  for (let v = 0; v < g.n; v++) {
    if (fixed[v] || v === g.focal) continue;
    const t = g.theme[v]!;
    groups.set(t, [...(groups.get(t) ?? []), v]);
  }
  let pairs = 0;
  for (const members of groups.values()) pairs += (members.length * (members.length - 1)) / 2;
  const meanDegree = (2 * m) / Math.max(1, g.n);
  if (pairs * 4 * meanDegree * m > MAX_WORK) return 0;

  /** Whether links i and j cross where they are now; the same test as the inner loop of crossingsOf below. */
  const crosses = (i: number, j: number): boolean => {
    const a = ea[i]!;
    const b = eb[i]!;
    const c = ea[j]!;
    const d = eb[j]!;
    if (c === a || c === b || d === a || d === b) return false;
    if (left[j]! > right[i]! || right[j]! < left[i]! || top[j]! > bottom[i]! || bottom[j]! < top[i]!) return false;
    return cross(x[a]!, y[a]!, x[b]!, y[b]!, x[c]!, y[c]!, x[d]!, y[d]!);
  };
  /** Each link's bounds, kept beside the positions so the inner loop reads four numbers in a row. */
  const left = new Float64Array(m);
  const right = new Float64Array(m);
  const top = new Float64Array(m);
  const bottom = new Float64Array(m);
  const bound = (which: readonly number[]) => {
    for (const i of which) {
      const ax = x[ea[i]!]!;
      const ay = y[ea[i]!]!;
      const bx = x[eb[i]!]!;
      const by = y[eb[i]!]!;
      left[i] = Math.min(ax, bx);
      right[i] = Math.max(ax, bx);
      top[i] = Math.min(ay, by);
      bottom[i] = Math.max(ay, by);
    }
  };
  /** How many links each link crosses. */
  const crossCount = new Int32Array(m);
  // Reused between calls: the inner loop runs millions of times on a 300-link map, so it allocates nothing.
  const mark = new Int32Array(m);
  let stamp = 0;
  /** Every link filed by where it runs, so a moved link is tested only against the links near its path. */
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let v = 0; v < g.n; v++) {
    minX = Math.min(minX, x[v]!);
    minY = Math.min(minY, y[v]!);
    maxX = Math.max(maxX, x[v]!);
    maxY = Math.max(maxY, y[v]!);
  }
  const side = Math.max(1, Math.min(64, Math.round(Math.sqrt(m))));
  const grid = new SegmentGrid(minX, minY, maxX, maxY, side, side, m);
  const file = (i: number) => grid.set(i, x[ea[i]!]!, y[ea[i]!]!, x[eb[i]!]!, y[eb[i]!]!);
  const cells: number[] = [];
  const seen = new Int32Array(m);
  let seenStamp = 0;
  /**
   * Crossings of the links in `which` with every link, counting a pair inside `which` once;
   * with `change`, adds `change` to the count of each link of the pair. Stops counting at `enough`.
   * The links in `which` may stand elsewhere than where the grid has them; the others may not.
   */
  const crossingsOf = (which: readonly number[], change = 0, enough = Infinity): number => {
    let count = 0;
    stamp++;
    for (const i of which) mark[i] = stamp;
    for (let p = 0; p < which.length; p++) {
      for (let q = p + 1; q < which.length; q++) {
        if (!crosses(which[p]!, which[q]!)) continue;
        if (++count >= enough) return count;
        if (change) {
          crossCount[which[p]!]! += change;
          crossCount[which[q]!]! += change;
        }
      }
    }
    for (const i of which) {
      const a = ea[i]!;
      const b = eb[i]!;
      const ax = x[a]!;
      const ay = y[a]!;
      const bx = x[b]!;
      const by = y[b]!;
      // The cells the link passes through, walked here rather than through grid.near: a link seen in an earlier
      // cell is skipped by its stamp, and nothing is copied into a list (this is the inner loop of the layout).
      seenStamp++;
      for (const cell of grid.cellsOf(ax, ay, bx, by, cells)) {
        for (const j of grid.inCell(cell)) {
          if (mark[j] === stamp || seen[j] === seenStamp) continue;
          seen[j] = seenStamp;
          // Boxes apart: no crossing, and no need for the orientation tests.
          if (left[j]! > right[i]! || right[j]! < left[i]! || top[j]! > bottom[i]! || bottom[j]! < top[i]!) continue;
          const c = ea[j]!;
          const d = eb[j]!;
          if (c === a || c === b || d === a || d === b) continue;
          if (!cross(ax, ay, bx, by, x[c]!, y[c]!, x[d]!, y[d]!)) continue;
          if (++count >= enough) return count;
          if (change) {
            crossCount[i]! += change;
            crossCount[j]! += change;
          }
        }
      }
    }
    return count;
  };
  const everyLink = Array.from({ length: m }, (_, i) => i);
  bound(everyLink);
  everyLink.forEach(file);
  crossingsOf(everyLink, 1);

  const touched: number[] = [];
  const swap = (u: number, v: number) => {
    const ux = x[u]!;
    const uy = y[u]!;
    x[u] = x[v]!;
    y[u] = y[v]!;
    x[v] = ux;
    y[v] = uy;
    bound(touched);
  };

  let saved = 0;
  // The pair whose swap was kept last. Reaching it again a round later with nothing kept on the way means
  // every pair has been tried on the map as it now stands, so the rest of that round would change nothing.
  let lastKept = -1;
  search: for (let round = 0; round < rounds; round++) {
    let gained = 0;
    let pair = 0;
    for (const members of groups.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++, pair++) {
          if (pair === lastKept && round > 0 && !gained) break search;
          const u = members[i]!;
          const v = members[j]!;
          touched.length = 0;
          for (const e of incident[u]!) touched.push(e);
          for (const e of incident[v]!) if (ea[e] !== u && eb[e] !== u) touched.push(e);
          if (!touched.length) continue;
          // Crossings of the touched links now: their counts, less the pairs among them counted twice.
          let before = 0;
          for (let p = 0; p < touched.length; p++) {
            before += crossCount[touched[p]!]!;
            for (let q = p + 1; q < touched.length; q++) if (crosses(touched[p]!, touched[q]!)) before--;
          }
          // Nothing to take away: no swap can help.
          if (before === 0) continue;
          swap(u, v);
          // Kept only if it has fewer, so counting can stop once it has as many.
          const after = crossingsOf(touched, 0, before);
          if (after < before) {
            gained += before - after;
            lastKept = pair;
            swap(u, v);
            crossingsOf(touched, -1);
            swap(u, v);
            crossingsOf(touched, 1);
            touched.forEach(file);
          } else swap(u, v);
        }
      }
    }
    saved += gained;
    if (!gained) break;
  }
  return saved;
}
