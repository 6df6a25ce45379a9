/**
 * Layered layout: causes on the left, the focal outcome on the right, every
 * link drawn as a straight line. A lean Sugiyama pipeline: break loops so that
 * links point toward the focal outcome, rank nodes into columns, order each
 * column to keep linked nodes level with each other, then pack the columns.
 */
import { distanceToFocal, neighbours, type LayoutGraph } from './graph.ts';
import { packInOrder } from './isotonic.ts';
import { NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext } from './types.ts';

export const LAYER_GAP = 110;
export const ROW_GAP = 16;
const SWEEPS = 16;

export interface Placement {
  x: Float64Array;
  y: Float64Array;
}

export function layeredLayout(g: LayoutGraph, ctx: LayoutContext = SILENT_CONTEXT): Placement & { rank: Int32Array } {
  ctx.progress('Breaking loops', 0);
  const seq = feedbackOrder(g, distanceToFocal(g));
  ctx.checkCancelled();
  ctx.progress('Ranking', 0.2);
  const rank = assignRanks(g, seq);
  ctx.checkCancelled();
  ctx.progress('Ordering columns', 0.4);
  const y = orderColumns(g, rank, ctx);
  const x = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    x[v] = rank[v]! * (NODE_WIDTH + LAYER_GAP);
    y[v] = y[v]! - NODE_HEIGHT / 2;
  }
  return { x, y, rank };
}

/**
 * A node order in which as few links as possible point backwards (Eades,
 * Lin and Smyth's greedy heuristic). The focal outcome goes last, so the
 * links that survive point toward it; ties go to nodes far from it.
 */
export function feedbackOrder(g: LayoutGraph, dist: Int32Array): Int32Array {
  const { n, src, dst, weight } = g;
  const inCount = new Int32Array(n);
  const outCount = new Int32Array(n);
  const delta = new Float64Array(n);
  for (let e = 0; e < g.m; e++) {
    outCount[src[e]!]!++;
    inCount[dst[e]!]!++;
    delta[src[e]!]! += weight[e]!;
    delta[dst[e]!]! -= weight[e]!;
  }
  const removed = new Uint8Array(n);
  const left: number[] = [];
  const right: number[] = [];
  const sinks: number[] = [];
  const sources: number[] = [];
  const remove = (v: number) => {
    removed[v] = 1;
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const e = g.outEdges[k]!;
      const w = dst[e]!;
      if (removed[w]) continue;
      delta[w]! += weight[e]!;
      if (--inCount[w]! === 0) sources.push(w);
    }
    for (let k = g.inStart[v]!; k < g.inStart[v + 1]!; k++) {
      const e = g.inEdges[k]!;
      const u = src[e]!;
      if (removed[u]) continue;
      delta[u]! -= weight[e]!;
      if (--outCount[u]! === 0) sinks.push(u);
    }
  };
  if (g.focal >= 0) {
    right.push(g.focal);
    remove(g.focal);
  }
  for (let v = 0; v < n; v++) {
    if (removed[v]) continue;
    if (outCount[v] === 0) sinks.push(v);
    else if (inCount[v] === 0) sources.push(v);
  }
  const far = (v: number) => (dist[v]! < 0 ? n : dist[v]!);
  let placed = removed.reduce((a, b) => a + b, 0);
  while (placed < n) {
    const v = sinks.pop();
    if (v !== undefined) {
      if (!removed[v]) {
        right.push(v);
        remove(v);
        placed++;
      }
      continue;
    }
    const u = sources.pop();
    if (u !== undefined) {
      if (!removed[u]) {
        left.push(u);
        remove(u);
        placed++;
      }
      continue;
    }
    let best = -1;
    for (let w = 0; w < n; w++) {
      if (removed[w]) continue;
      if (best < 0 || delta[w]! > delta[best]! || (delta[w] === delta[best] && far(w) > far(best))) best = w;
    }
    left.push(best);
    remove(best);
    placed++;
  }
  const seq = new Int32Array(n);
  left.forEach((v, i) => (seq[v] = i));
  for (let i = 0; i < right.length; i++) seq[right[i]!] = n - 1 - i;
  return seq;
}

/**
 * Columns: links point from lower to higher rank. Start from the longest path
 * to a sink, then move each node within the room its links leave, toward the
 * side where more link weight pulls it; this shortens links the way network
 * simplex does, at a fraction of the cost.
 */
export function assignRanks(g: LayoutGraph, seq: Int32Array): Int32Array {
  const { n, m, src, dst, weight } = g;
  const forward = (e: number) => seq[src[e]!]! < seq[dst[e]!]!;
  const tail = (e: number) => (forward(e) ? src[e]! : dst[e]!);
  const head = (e: number) => (forward(e) ? dst[e]! : src[e]!);
  const order = Array.from({ length: n }, (_, v) => v).sort((a, b) => seq[a]! - seq[b]!);
  const incident: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < m; e++) {
    incident[src[e]!]!.push(e);
    incident[dst[e]!]!.push(e);
  }
  const height = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    for (const e of incident[v]!) if (tail(e) === v) height[v] = Math.max(height[v]!, height[head(e)]! + 1);
  }
  let maxRank = 0;
  for (let v = 0; v < n; v++) maxRank = Math.max(maxRank, height[v]!);
  const rank = new Int32Array(n);
  for (let v = 0; v < n; v++) rank[v] = maxRank - height[v]!;

  for (let pass = 0; pass < 8; pass++) {
    let moved = false;
    for (const v of order) {
      if (v === g.focal) continue;
      let lo = 0;
      let hi = maxRank;
      let pull = 0;
      for (const e of incident[v]!) {
        if (tail(e) === v) {
          hi = Math.min(hi, rank[head(e)]! - 1);
          pull += weight[e]!;
        } else {
          lo = Math.max(lo, rank[tail(e)]! + 1);
          pull -= weight[e]!;
        }
      }
      const next = pull > 0 ? hi : pull < 0 ? lo : Math.min(hi, Math.max(lo, rank[v]!));
      if (next !== rank[v]) {
        rank[v] = next;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return rank;
}

/** Vertical centres: each node drifts toward the average height of its neighbours, each column stays packed. */
function orderColumns(g: LayoutGraph, rank: Int32Array, ctx: LayoutContext): Float64Array {
  const { n } = g;
  let columns = 0;
  for (let v = 0; v < n; v++) columns = Math.max(columns, rank[v]! + 1);
  const layers: number[][] = Array.from({ length: columns }, () => []);
  const start = depthFirstOrder(g);
  const byStart = Array.from({ length: n }, (_, v) => v).sort((a, b) => start[a]! - start[b]!);
  for (const v of byStart) layers[rank[v]!]!.push(v);

  const spacing = NODE_HEIGHT + ROW_GAP;
  const y = new Float64Array(n);
  for (const layer of layers) layer.forEach((v, i) => (y[v] = (i - (layer.length - 1) / 2) * spacing));

  const nb = neighbours(g);
  const desired = new Float64Array(n);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (let li = 0; li < columns; li++) {
      const layer = layers[down ? li : columns - 1 - li]!;
      for (const v of layer) {
        let sum = 0;
        let total = 0;
        for (let k = nb.start[v]!; k < nb.start[v + 1]!; k++) {
          const u = nb.node[k]!;
          // Every neighbour pulls by link strength alone, however many columns away: with straight
          // links, a long link left slanting crosses as many others as a short one.
          const w = nb.weight[k]!;
          sum += w * y[u]!;
          total += w;
        }
        desired[v] = total > 0 ? sum / total : y[v]!;
      }
      layer.sort((a, b) => desired[a]! - desired[b]! || y[a]! - y[b]!);
      const packed = packInOrder(layer.map((v) => desired[v]!), spacing);
      layer.forEach((v, i) => (y[v] = packed[i]!));
    }
    ctx.checkCancelled();
    ctx.progress('Ordering columns', 0.4 + (0.6 * (sweep + 1)) / SWEEPS);
  }
  return y;
}

/** Visit order of a depth-first walk back from the focal outcome: a good first order, as causes of one thing stay together. */
function depthFirstOrder(g: LayoutGraph): Int32Array {
  const order = new Int32Array(g.n).fill(-1);
  let next = 0;
  const stack: number[] = [];
  const visit = (root: number) => {
    stack.push(root);
    while (stack.length) {
      const v = stack.pop()!;
      if (order[v]! >= 0) continue;
      order[v] = next++;
      for (let k = g.inStart[v + 1]! - 1; k >= g.inStart[v]!; k--) {
        const u = g.src[g.inEdges[k]!]!;
        if (order[u]! < 0) stack.push(u);
      }
    }
  };
  if (g.focal >= 0) visit(g.focal);
  for (let v = 0; v < g.n; v++) if (order[v]! < 0) visit(v);
  return order;
}
