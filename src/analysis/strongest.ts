/**
 * The strongest chain of influence between nodes, and every node's strongest
 * chain into an outcome.
 *
 * A chain's strength is the product of its links' strength / 3, so the
 * strongest chain is the one with the smallest sum of −log(strength / 3): a
 * shortest-path problem with costs of 0 or more. Without a length limit that
 * is Dijkstra's algorithm, run backwards from the end node so one run serves
 * every start. With a limit of k links it is k rounds of Bellman–Ford, each
 * round allowing one more link; a round only replaces a chain with a strictly
 * stronger one, so among equally strong chains the shortest wins and no chain
 * ever visits a node twice.
 */
import type { Id, MapDocument, Polarity } from '../model/types.ts';
import { nodeLabel } from './describe.ts';
import { indexGraph, normalisedStrength, type IndexedGraph } from './graph.ts';
import { MinHeap } from './heap.ts';
import { makePath, type CausalPath } from './paths.ts';

/** The strongest chain from one node to another (at most maxLength links), or null when there is none. */
export function strongestPath(doc: MapDocument, from: Id, to: Id, maxLength?: number): CausalPath | null {
  const g = indexGraph(doc);
  const s = g.index.get(from);
  const t = g.index.get(to);
  if (s === undefined || t === undefined) return null;
  const chains = strongestChainsTo(g, t, maxLength);
  const links = chains.linksFrom(s);
  return links ? makePath(doc, g, links) : null;
}

export interface Influence {
  nodeId: Id;
  label: string;
  /** The strength of its strongest chain into the outcome, 0 to 1. */
  strength: number;
  /** Which way that chain pushes the outcome. */
  sign: Polarity;
  /** How many links that chain has. */
  length: number;
  path: CausalPath;
}

/**
 * Every node with a chain of influence into the outcome (the focal outcome by
 * default), strongest first. Each is ranked by its strongest chain, and the
 * sign is that chain's: a weaker chain may push the other way.
 */
export function influencesOnOutcome(doc: MapDocument, outcomeId: Id | null = doc.meta.focalNodeId, maxLength?: number): Influence[] {
  const g = indexGraph(doc);
  const t = outcomeId === null ? undefined : g.index.get(outcomeId);
  if (t === undefined) return [];
  const chains = strongestChainsTo(g, t, maxLength);
  const out: Influence[] = [];
  for (let v = 0; v < g.ids.length; v++) {
    if (v === t) continue;
    const links = chains.linksFrom(v);
    if (!links) continue;
    const path = makePath(doc, g, links);
    out.push({ nodeId: g.ids[v]!, label: nodeLabel(doc, g.ids[v]!), strength: path.strength, sign: path.sign, length: path.length, path });
  }
  // Stable sort: equal chains keep map order.
  return out.sort((a, b) => b.strength - a.strength || a.length - b.length);
}

interface Chains {
  /** The link numbers of the strongest chain from v to the end node, [] for the end node itself, null when there is none. */
  linksFrom(v: number): number[] | null;
}

const cost = (g: IndexedGraph, e: number) => -Math.log(normalisedStrength(g.links[e]!));

function strongestChainsTo(g: IndexedGraph, t: number, maxLength?: number): Chains {
  const n = g.ids.length;
  // A simple chain has at most n − 1 links, so a limit at least that long is no limit.
  if (maxLength === undefined || maxLength >= n - 1) return dijkstraTo(g, t);
  return limitedTo(g, t, Math.max(0, Math.floor(maxLength)));
}

function dijkstraTo(g: IndexedGraph, t: number): Chains {
  const n = g.ids.length;
  const best = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  best[t] = 0;
  heap.push(t, 0, 0);
  for (let item = heap.pop(); item; item = heap.pop()) {
    const w = item.node;
    if (done[w]) continue;
    done[w] = 1;
    for (let i = g.inStart[w]!, end = g.inStart[w + 1]!; i < end; i++) {
      const e = g.inLinks[i]!;
      const u = g.linkSource[e]!;
      if (done[u]) continue;
      const c = best[w]! + cost(g, e);
      const h = hops[w]! + 1;
      if (c < best[u]! || (c === best[u] && h < hops[u]!)) {
        best[u] = c;
        hops[u] = h;
        next[u] = e;
        heap.push(u, c, h);
      }
    }
  }
  return {
    linksFrom(v) {
      if (best[v] === Infinity) return null;
      const links: number[] = [];
      for (let at = v; at !== t; at = g.linkTarget[next[at]!]!) links.push(next[at]!);
      return links;
    },
  };
}

function limitedTo(g: IndexedGraph, t: number, k: number): Chains {
  const n = g.ids.length;
  // Row r holds, for each node, the best chain of at most r links: its cost,
  // its first link, and the round in which it was found.
  const best: Float64Array[] = [new Float64Array(n).fill(Infinity)];
  const first: Int32Array[] = [new Int32Array(n).fill(-1)];
  const foundIn: Int32Array[] = [new Int32Array(n)];
  best[0]![t] = 0;
  for (let r = 1; r <= k; r++) {
    const prev = best[r - 1]!;
    const cur = prev.slice();
    const link = first[r - 1]!.slice();
    const round = foundIn[r - 1]!.slice();
    let changed = false;
    for (let e = 0; e < g.links.length; e++) {
      const w = g.linkTarget[e]!;
      if (prev[w] === Infinity) continue;
      const u = g.linkSource[e]!;
      const c = prev[w]! + cost(g, e);
      if (c < cur[u]!) {
        cur[u] = c;
        link[u] = e;
        round[u] = r;
        changed = true;
      }
    }
    best.push(cur);
    first.push(link);
    foundIn.push(round);
    // Nothing got stronger, so longer chains cannot help either.
    if (!changed) break;
  }
  const last = best.length - 1;
  return {
    linksFrom(v) {
      if (best[last]![v] === Infinity) return null;
      const links: number[] = [];
      let row = last;
      for (let at = v; at !== t; ) {
        const e = first[row]![at]!;
        links.push(e);
        row = foundIn[row]![at]! - 1;
        at = g.linkTarget[e]!;
      }
      return links;
    },
  };
}
