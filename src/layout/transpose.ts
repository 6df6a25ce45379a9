/**
 * A finishing pass for the layered layout: swap two vertically neighbouring
 * nodes of a column whenever that leaves fewer straight links crossing. Only
 * the links at the two nodes change, so each trial counts just their
 * crossings. The work is capped by a count of segment tests, not by a clock,
 * so the result is the same on every machine.
 */

export interface Segments {
  /** Endpoints of each undirected link. */
  a: Int32Array;
  b: Int32Array;
  /** Links at node v: edges[start[v] .. start[v + 1]). */
  start: Int32Array;
  edges: Int32Array;
}

/** Unique undirected links between distinct nodes, with incidence lists. */
export function segmentsOf(n: number, src: Int32Array, dst: Int32Array): Segments {
  const seen = new Set<number>();
  const a: number[] = [];
  const b: number[] = [];
  for (let e = 0; e < src.length; e++) {
    const lo = Math.min(src[e]!, dst[e]!);
    const hi = Math.max(src[e]!, dst[e]!);
    if (lo === hi || seen.has(lo * n + hi)) continue;
    seen.add(lo * n + hi);
    a.push(lo);
    b.push(hi);
  }
  const start = new Int32Array(n + 1);
  for (let e = 0; e < a.length; e++) {
    start[a[e]! + 1]!++;
    start[b[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(2 * a.length);
  for (let e = 0; e < a.length; e++) {
    edges[fill[a[e]!]!++] = e;
    edges[fill[b[e]!]!++] = e;
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b), start, edges };
}

/** Later passes find little: most of the gain comes in the first few. */
const MAX_PASSES = 4;

const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

const crosses = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number) =>
  side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0 ? 1 : 0;

/**
 * columns: node lists sorted top to bottom; column: each node's column index;
 * y values are swapped in place. budget: the most segment-pair tests to spend.
 */
export function swapToUncross(columns: number[][], column: Int32Array, y: Float64Array, s: Segments, budget: number): void {
  const m = s.a.length;
  const left = new Int32Array(m);
  const right = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    left[e] = Math.min(column[s.a[e]!]!, column[s.b[e]!]!);
    right[e] = Math.max(column[s.a[e]!]!, column[s.b[e]!]!);
  }
  // Links listed under every gap between columns that they pass over: a link can
  // only cross links that share a gap with it, which on most maps is a small share.
  const gaps = Math.max(1, columns.length - 1);
  const gapStart = new Int32Array(gaps + 1);
  for (let e = 0; e < m; e++) for (let k = left[e]!; k < right[e]!; k++) gapStart[k + 1]!++;
  for (let k = 0; k < gaps; k++) gapStart[k + 1]! += gapStart[k]!;
  const gapFill = gapStart.slice(0, gaps);
  const gapLinks = new Int32Array(gapStart[gaps]!);
  for (let e = 0; e < m; e++) for (let k = left[e]!; k < right[e]!; k++) gapLinks[gapFill[k]!++] = e;
  const seen = new Int32Array(m);
  let visit = 0;

  const mark = new Int32Array(m);
  let stamp = 0;
  const involved: number[] = [];

  // How many crossings swapping u and v would add (negative: remove). Only links at u or v move.
  const change = (u: number, v: number): number => {
    const after = (w: number) => (w === u ? y[v]! : w === v ? y[u]! : y[w]!);
    let delta = 0;
    for (let i = 0; i < involved.length; i++) {
      const e = involved[i]!;
      const p = s.a[e]!;
      const q = s.b[e]!;
      const px = column[p]!;
      const qx = column[q]!;
      const pyBefore = y[p]!;
      const qyBefore = y[q]!;
      const pyAfter = after(p);
      const qyAfter = after(q);
      budget -= gapStart[right[e]!]! - gapStart[left[e]!]!;
      const minY = Math.min(pyBefore, qyBefore, pyAfter, qyAfter);
      const maxY = Math.max(pyBefore, qyBefore, pyAfter, qyAfter);
      visit++;
      for (let k = gapStart[left[e]!]!; k < gapStart[right[e]!]!; k++) {
        const f = gapLinks[k]!;
        if (seen[f] === visit || mark[f] === stamp) continue;
        seen[f] = visit;
        const r = s.a[f]!;
        const t = s.b[f]!;
        if (r === p || r === q || t === p || t === q) continue;
        const ry = y[r]!;
        const ty = y[t]!;
        if (Math.max(ry, ty) <= minY || Math.min(ry, ty) >= maxY) continue;
        const rx = column[r]!;
        const tx = column[t]!;
        delta += crosses(px, pyAfter, qx, qyAfter, rx, ry, tx, ty) - crosses(px, pyBefore, qx, qyBefore, rx, ry, tx, ty);
      }
      // Pairs of moving links, each counted once.
      for (let j = i + 1; j < involved.length; j++) {
        const f = involved[j]!;
        const r = s.a[f]!;
        const t = s.b[f]!;
        if (r === p || r === q || t === p || t === q) continue;
        const rx = column[r]!;
        const tx = column[t]!;
        delta += crosses(px, pyAfter, qx, qyAfter, rx, after(r), tx, after(t)) - crosses(px, pyBefore, qx, qyBefore, rx, y[r]!, tx, y[t]!);
      }
    }
    return delta;
  };

  let improved = true;
  for (let pass = 0; improved && budget > 0 && pass < MAX_PASSES; pass++) {
    improved = false;
    for (const list of columns) {
      for (let i = 0; i + 1 < list.length && budget > 0; i++) {
        const u = list[i]!;
        const v = list[i + 1]!;
        stamp++;
        involved.length = 0;
        for (const w of [u, v]) {
          for (let k = s.start[w]!; k < s.start[w + 1]!; k++) {
            const e = s.edges[k]!;
            if (mark[e] !== stamp) {
              mark[e] = stamp;
              involved.push(e);
            }
          }
        }
        if (involved.length === 0 || change(u, v) >= 0) continue;
        [y[u], y[v]] = [y[v]!, y[u]!];
        list[i] = v;
        list[i + 1] = u;
        improved = true;
      }
    }
  }
}

/** All crossings of the links drawn straight between (column, y) points. */
export function countAllCrossings(column: Int32Array, y: Float64Array, s: Segments): number {
  const m = s.a.length;
  const left = new Int32Array(m);
  const right = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    left[e] = Math.min(column[s.a[e]!]!, column[s.b[e]!]!);
    right[e] = Math.max(column[s.a[e]!]!, column[s.b[e]!]!);
  }
  const order = Array.from({ length: m }, (_, e) => e).sort((e, f) => left[e]! - left[f]!);
  let count = 0;
  for (let i = 0; i < m; i++) {
    const e = order[i]!;
    const p = s.a[e]!;
    const q = s.b[e]!;
    for (let j = i + 1; j < m; j++) {
      const f = order[j]!;
      if (left[f]! >= right[e]!) break;
      if (right[f]! <= left[e]!) continue;
      const r = s.a[f]!;
      const t = s.b[f]!;
      if (r === p || r === q || t === p || t === q) continue;
      if (
        side(column[p]!, y[p]!, column[q]!, y[q]!, column[r]!, y[r]!) * side(column[p]!, y[p]!, column[q]!, y[q]!, column[t]!, y[t]!) < 0 &&
        side(column[r]!, y[r]!, column[t]!, y[t]!, column[p]!, y[p]!) * side(column[r]!, y[r]!, column[t]!, y[t]!, column[q]!, y[q]!) < 0
      )
        count++;
    }
  }
  return count;
}
