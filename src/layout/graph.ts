/**
 * The map as the algorithms see it: nodes numbered 0..n-1 and links as typed
 * arrays. Numbered arrays keep the inner loops fast on maps of thousands of
 * nodes, where object look-ups by id would dominate.
 */
import type { Id, MapDocument } from '../model/types.ts';

export interface LayoutGraph {
  n: number;
  ids: Id[];
  index: Map<Id, number>;
  /** Where each node is now (top-left corner). */
  x0: Float64Array;
  y0: Float64Array;
  /** Index into themeIds, or -1 for nodes outside every theme. */
  theme: Int32Array;
  themeIds: Id[];
  /** Directed links between two different nodes; parallel links are merged and their strengths added. */
  m: number;
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
  /** Links leaving node v: link indices outEdges[outStart[v] .. outStart[v + 1]). */
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
  /** The outcome the map is drawn around, or -1 when there is none. */
  focal: number;
}

/** Builds the graph of the given nodes (all nodes when ids is omitted) and the links among them. */
export function buildGraph(doc: MapDocument, ids?: readonly Id[]): LayoutGraph {
  const nodeIds = (ids ?? Object.keys(doc.nodes)).filter((id) => Object.hasOwn(doc.nodes, id));
  const uniqueIds = [...new Set(nodeIds)];
  const n = uniqueIds.length;
  const index = new Map<Id, number>();
  uniqueIds.forEach((id, i) => index.set(id, i));
  const x0 = new Float64Array(n);
  const y0 = new Float64Array(n);
  const theme = new Int32Array(n).fill(-1);
  const themeIds: Id[] = [];
  const themeIndex = new Map<Id, number>();
  for (let i = 0; i < n; i++) {
    const node = doc.nodes[uniqueIds[i]!]!;
    x0[i] = node.position.x;
    y0[i] = node.position.y;
    const c = node.clusterId;
    if (c !== null && Object.hasOwn(doc.clusters, c)) {
      let ci = themeIndex.get(c);
      if (ci === undefined) {
        ci = themeIds.length;
        themeIds.push(c);
        themeIndex.set(c, ci);
      }
      theme[i] = ci;
    }
  }

  const merged = new Map<number, number>();
  const order: number[] = [];
  for (const link of Object.values(doc.links)) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s * n + t;
    const w = merged.get(key);
    if (w === undefined) order.push(key);
    merged.set(key, (w ?? 0) + (link.strength > 0 ? link.strength : 1));
  }
  const m = order.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  order.forEach((key, e) => {
    src[e] = Math.floor(key / n);
    dst[e] = key % n;
    weight[e] = merged.get(key)!;
  });
  const [outStart, outEdges] = csr(n, src);
  const [inStart, inEdges] = csr(n, dst);
  const g: LayoutGraph = { n, ids: uniqueIds, index, x0, y0, theme, themeIds, m, src, dst, weight, outStart, outEdges, inStart, inEdges, focal: -1 };
  g.focal = chooseFocal(g, doc.meta.focalNodeId, (i) => doc.nodes[uniqueIds[i]!]!.kind === 'outcome');
  return g;
}

function csr(n: number, end: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < end.length; e++) start[end[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(end.length);
  for (let e = 0; e < end.length; e++) edges[fill[end[e]!]!++] = e;
  return [start, edges];
}

/** The map's focal outcome if it is in the graph, else the outcome (then any node) with the most incoming links. */
function chooseFocal(g: LayoutGraph, focalId: Id | null, isOutcome: (i: number) => boolean): number {
  if (focalId !== null && g.index.has(focalId)) return g.index.get(focalId)!;
  let best = -1;
  let bestScore = -1;
  for (let v = 0; v < g.n; v++) {
    const score = g.inStart[v + 1]! - g.inStart[v]! + (isOutcome(v) ? g.m + 1 : 0);
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/** For every node, how many links it takes to reach the focal outcome (-1 when it cannot). */
export function distanceToFocal(g: LayoutGraph): Int32Array {
  const dist = new Int32Array(g.n).fill(-1);
  if (g.focal < 0) return dist;
  const queue = new Int32Array(g.n);
  let head = 0;
  let tail = 0;
  dist[g.focal] = 0;
  queue[tail++] = g.focal;
  while (head < tail) {
    const v = queue[head++]!;
    for (let k = g.inStart[v]!; k < g.inStart[v + 1]!; k++) {
      const u = g.src[g.inEdges[k]!]!;
      if (dist[u] === -1) {
        dist[u] = dist[v]! + 1;
        queue[tail++] = u;
      }
    }
  }
  return dist;
}

/** Undirected neighbour lists with merged weights (A->B and B->A become one pair). */
export interface Neighbours {
  start: Int32Array;
  node: Int32Array;
  weight: Float64Array;
}

export function neighbours(g: LayoutGraph): Neighbours {
  const start = new Int32Array(g.n + 1);
  for (let e = 0; e < g.m; e++) {
    start[g.src[e]! + 1]!++;
    start[g.dst[e]! + 1]!++;
  }
  for (let v = 0; v < g.n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, g.n);
  const node = new Int32Array(2 * g.m);
  const weight = new Float64Array(2 * g.m);
  for (let e = 0; e < g.m; e++) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    node[fill[s]!] = t;
    weight[fill[s]!++] = g.weight[e]!;
    node[fill[t]!] = s;
    weight[fill[t]!++] = g.weight[e]!;
  }
  return { start, node, weight };
}
