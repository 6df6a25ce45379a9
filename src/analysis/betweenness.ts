/**
 * Betweenness centrality: how often a node lies on the shortest chains of
 * influence between other nodes. A node with high betweenness is a bridge or
 * bottleneck: many influences pass through it.
 *
 * Brandes' algorithm on the directed map, counting every link as one step
 * (strength is not a distance, so it plays no part). Two links between the
 * same pair count as one route, so drawing a link twice does not double a
 * node's score. Time grows with nodes × links.
 */
import type { Id, MapDocument } from '../model/types.ts';
import { indexGraph, type IndexedGraph } from './graph.ts';

export interface BetweennessOptions {
  /**
   * Divide by (n − 1)(n − 2), the number of ordered pairs of other nodes, so
   * scores run from 0 to 1 and compare across maps of different sizes.
   */
  normalised?: boolean;
}

export function betweenness(doc: MapDocument, options: BetweennessOptions = {}): Map<Id, number> {
  const g = indexGraph(doc);
  const raw = betweennessScores(g);
  const scale = options.normalised ? normaliser(g.ids.length) : 1;
  return new Map(g.ids.map((id, v) => [id, raw[v]! * scale]));
}

/** What raw scores are multiplied by to normalise them; 0 for maps of two nodes or fewer, where no node can lie between others. */
export function normaliser(nodeCount: number): number {
  return nodeCount > 2 ? 1 / ((nodeCount - 1) * (nodeCount - 2)) : 0;
}

/** Raw scores by node number. */
export function betweennessScores(g: IndexedGraph): Float64Array {
  const n = g.ids.length;
  const { start, next } = successors(g);
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);

  for (let s = 0; s < n; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    // Breadth-first from s; order doubles as the queue and, read backwards, as Brandes' stack.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dw = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
        const w = next[i]!;
        if (dist[w]! < 0) {
          dist[w] = dw;
          order[tail++] = w;
        }
        if (dist[w] === dw) sigma[w]! += sv;
      }
    }
    // Walking back from the farthest nodes, each node passes its share on to the
    // nodes one step nearer s; reading successors saves keeping predecessor lists.
    for (let j = tail - 1; j >= 0; j--) {
      const v = order[j]!;
      const dw = dist[v]! + 1;
      let d = 0;
      for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
        const w = next[i]!;
        if (dist[w] === dw) d += (1 + delta[w]!) / sigma[w]!;
      }
      d *= sigma[v]!;
      delta[v] = d;
      if (v !== s) score[v]! += d;
    }
    // Reset only what this source reached: far cheaper than clearing every array on sparse maps.
    for (let j = 0; j < tail; j++) {
      const v = order[j]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
  return score;
}

/** Each node's distinct successors (no repeats, no self-links), laid out in flat arrays. */
function successors(g: IndexedGraph): { start: Int32Array; next: Int32Array } {
  const n = g.ids.length;
  const start = new Int32Array(n + 1);
  const next = new Int32Array(g.links.length);
  const lastSeenFrom = new Int32Array(n).fill(-1);
  let fill = 0;
  for (let v = 0; v < n; v++) {
    start[v] = fill;
    for (let i = g.outStart[v]!, end = g.outStart[v + 1]!; i < end; i++) {
      const w = g.linkTarget[g.outLinks[i]!]!;
      if (w === v || lastSeenFrom[w] === v) continue;
      lastSeenFrom[w] = v;
      next[fill++] = w;
    }
  }
  start[n] = fill;
  return { start, next };
}
