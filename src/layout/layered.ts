/**
 * Layered layout: causes on the left, the focal outcome on the right, every
 * link drawn as a straight line. A lean Sugiyama pipeline: break loops so that
 * links point toward the focal outcome, rank nodes into columns, order each
 * column to keep linked nodes level with each other, untangle with swaps,
 * then pack the columns.
 */
import { feedbackOrder } from './cycles.ts';
import { distanceToFocal, neighbours, type LayoutGraph } from './graph.ts';
import { packInOrder } from './isotonic.ts';
import { networkSimplex } from './ranking.ts';
import { countAllCrossings, segmentsOf, swapToUncross, type Segments } from './transpose.ts';
import { NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext, type Placement } from './types.ts';

const LAYER_GAP = 80;
/**
 * The gap between two boxes in a column: room for links to pass between them
 * with clearance (at 16 px, 117 links of a 500-node map and one of the example
 * went through boxes; at 48, 23 and none, with as many crossings and, on these
 * wide maps, the same label size at fit-to-screen).
 */
const ROW_GAP = 48;
const SWEEPS = 32;
/** Segment-pair tests the swap pass may spend: a few hundred milliseconds at most. */
const SWAP_BUDGET = 20_000_000;
/**
 * Maps with at most this many links try two rankings and two first orders and
 * keep the drawing with the fewest crossings: neither choice wins on every map,
 * and on small maps trying both costs a few milliseconds.
 */
const TRY_MORE_LIMIT = 1000;

interface Candidate {
  rank: Int32Array;
  layers: number[][];
  y: Float64Array;
  crossings: number;
}

export function layeredLayout(g: LayoutGraph, ctx: LayoutContext = SILENT_CONTEXT): Placement & { rank: Int32Array } {
  ctx.progress('Breaking loops', 0);
  const seq = feedbackOrder(g, distanceToFocal(g));
  const segments = segmentsOf(g.n, g.src, g.dst);
  const thorough = segments.a.length <= TRY_MORE_LIMIT;
  const dfs = depthFirstOrder(g);
  const starts: ((a: number, b: number) => number)[] = [(a, b) => dfs[a]! - dfs[b]!];
  // Themes together: a different valley for the sweeps to settle in.
  if (thorough) starts.push((a, b) => g.theme[a]! - g.theme[b]! || dfs[a]! - dfs[b]!);
  const rankings = thorough ? [promotedRanks, simplexRanks] : [promotedRanks];

  let best: Candidate | null = null;
  let step = 0;
  for (const ranking of rankings) {
    ctx.checkCancelled();
    const rank = ranking(g, seq);
    if (g.focal >= 0) rank[g.focal] = rank.reduce((a, b) => Math.max(a, b), 0);
    for (const compare of starts) {
      ctx.progress('Ordering columns', 0.1 + (0.6 * step++) / (rankings.length * starts.length));
      const candidate = orderColumns(g, rank, compare, segments, rankings.length * starts.length > 1);
      if (!best || candidate.crossings < best.crossings) best = candidate;
      ctx.checkCancelled();
    }
  }
  const { rank, layers, y } = best!;
  ctx.progress('Untangling', 0.7);
  swapToUncross(layers, rank, y, segments, SWAP_BUDGET);
  const x = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    x[v] = rank[v]! * (NODE_WIDTH + LAYER_GAP);
    y[v] = y[v]! - NODE_HEIGHT / 2;
  }
  return { x, y, rank };
}

/** The links as they point once loops are broken, with links between the same two nodes merged. */
function forwardLinks(g: LayoutGraph, seq: Int32Array): { tail: Int32Array; head: Int32Array; weight: Float64Array } {
  const { n, src, dst } = g;
  const merged = new Map<number, number>();
  const keys: number[] = [];
  for (let e = 0; e < g.m; e++) {
    const [t, h] = seq[src[e]!]! < seq[dst[e]!]! ? [src[e]!, dst[e]!] : [dst[e]!, src[e]!];
    const key = t * n + h;
    const w = merged.get(key);
    if (w === undefined) keys.push(key);
    merged.set(key, (w ?? 0) + g.weight[e]!);
  }
  return {
    tail: Int32Array.from(keys, (key) => Math.floor(key / n)),
    head: Int32Array.from(keys, (key) => key % n),
    weight: Float64Array.from(keys, (key) => merged.get(key)!),
  };
}

/** Longest path to a sink: every link points at least one column forward. */
function longestPath(n: number, seq: Int32Array, tail: Int32Array, head: Int32Array): Int32Array {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < tail.length; e++) out[tail[e]!]!.push(head[e]!);
  const height = new Int32Array(n);
  // Later in the order means nearer the sinks, so heads are done before their tails.
  for (const v of Array.from({ length: n }, (_, i) => i).sort((a, b) => seq[b]! - seq[a]!)) {
    for (const h of out[v]!) height[v] = Math.max(height[v]!, height[h]! + 1);
  }
  let top = 0;
  for (let v = 0; v < n; v++) top = Math.max(top, height[v]!);
  return Int32Array.from(height, (h) => top - h);
}

/**
 * Longest path, then each node moves within the room its links leave toward
 * the side where more link weight pulls it. Cheap, and on many maps as good
 * as network simplex for crossings.
 */
export function promotedRanks(g: LayoutGraph, seq: Int32Array): Int32Array {
  const { tail, head, weight } = forwardLinks(g, seq);
  const rank = longestPath(g.n, seq, tail, head);
  let top = 0;
  for (let v = 0; v < g.n; v++) top = Math.max(top, rank[v]!);
  const incident: number[][] = Array.from({ length: g.n }, () => []);
  for (let e = 0; e < tail.length; e++) {
    incident[tail[e]!]!.push(e);
    incident[head[e]!]!.push(e);
  }
  const order = Array.from({ length: g.n }, (_, v) => v).sort((a, b) => seq[a]! - seq[b]!);
  for (let pass = 0; pass < 8; pass++) {
    let moved = false;
    for (const v of order) {
      let lo = 0;
      let hi = top;
      let pull = 0;
      for (const e of incident[v]!) {
        if (tail[e] === v) {
          hi = Math.min(hi, rank[head[e]!]! - 1);
          pull += weight[e]!;
        } else {
          lo = Math.max(lo, rank[tail[e]!]! + 1);
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

/** The shortest total link length (network simplex), as ELK and Graphviz rank. */
export function simplexRanks(g: LayoutGraph, seq: Int32Array): Int32Array {
  const { tail, head, weight } = forwardLinks(g, seq);
  const rank = longestPath(g.n, seq, tail, head);
  networkSimplex(g.n, tail, head, weight, rank, 4 * g.n);
  return rank;
}

/** Vertical centres for one ranking and first order: each node drifts toward the average height of its neighbours while every column stays packed. */
function orderColumns(g: LayoutGraph, rank: Int32Array, compare: (a: number, b: number) => number, segments: Segments, measure: boolean): Candidate {
  let columns = 0;
  for (let v = 0; v < g.n; v++) columns = Math.max(columns, rank[v]! + 1);
  const layers: number[][] = Array.from({ length: columns }, () => []);
  for (const v of Array.from({ length: g.n }, (_, i) => i).sort(compare)) layers[rank[v]!]!.push(v);

  const spacing = NODE_HEIGHT + ROW_GAP;
  const y = new Float64Array(g.n);
  for (const layer of layers) layer.forEach((v, i) => (y[v] = (i - (layer.length - 1) / 2) * spacing));
  const nb = neighbours(g);
  const desired = new Float64Array(g.n);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    for (let li = 0; li < columns; li++) {
      const layer = layers[down ? li : columns - 1 - li]!;
      for (const v of layer) {
        let sum = 0;
        let total = 0;
        for (let k = nb.start[v]!; k < nb.start[v + 1]!; k++) {
          // Every neighbour pulls by link strength alone, however many columns away: with straight
          // links, a long link left slanting crosses as many others as a short one.
          sum += nb.weight[k]! * y[nb.node[k]!]!;
          total += nb.weight[k]!;
        }
        desired[v] = total > 0 ? sum / total : y[v]!;
      }
      layer.sort((a, b) => desired[a]! - desired[b]! || y[a]! - y[b]!);
      const packed = packInOrder(layer.map((v) => desired[v]!), spacing);
      layer.forEach((v, i) => (y[v] = packed[i]!));
    }
  }
  return { rank, layers, y, crossings: measure ? countAllCrossings(rank, y, segments) : 0 };
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
