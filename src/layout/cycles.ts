/**
 * Breaking feedback loops for the layered layout: an order of the nodes in
 * which few links point backwards. Links that point backwards in it are the
 * ones drawn against the flow.
 */
import type { LayoutGraph } from './graph.ts';

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
