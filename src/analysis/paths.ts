/**
 * Causal paths: the chains of links by which one node influences another,
 * with the direction each chain carries and a sentence that says it.
 */
import type { Id, MapDocument, Polarity } from '../model/types.ts';
import { chainSentence, effectSentence } from './describe.ts';
import { indexGraph, normalisedStrength, type IndexedGraph } from './graph.ts';
import { combineSigns } from './sign.ts';

export interface CausalPath {
  /** From the start node to the end node. */
  nodeIds: Id[];
  /** linkIds[i] runs from nodeIds[i] to nodeIds[i + 1]. */
  linkIds: Id[];
  /** In links. */
  length: number;
  /** What the start does to the end: + same direction, − opposite, ? nobody can say (a ? link on the way). */
  sign: Polarity;
  /** The product of each link's strength / 3: 1 when every link is strong, smaller the weaker and longer the chain. */
  strength: number;
  /** "more A → less B". */
  sentence: string;
  /** "more A → more X → less B". */
  steps: string;
}

export interface AllPathsOptions {
  /** Stop after this many paths; default 1000. */
  maxPaths?: number;
}

export interface PathSearch {
  /** Shortest first, then strongest. */
  paths: CausalPath[];
  /** True when there were more than maxPaths paths. */
  truncated: boolean;
}

export const DEFAULT_MAX_PATH_LENGTH = 6;
export const DEFAULT_MAX_PATHS = 1000;

/** Every simple path (no node twice) from one node to another of at most maxLength links. */
export function allPaths(doc: MapDocument, from: Id, to: Id, maxLength = DEFAULT_MAX_PATH_LENGTH, options: AllPathsOptions = {}): PathSearch {
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  const g = indexGraph(doc);
  const s = g.index.get(from);
  const t = g.index.get(to);
  if (s === undefined || t === undefined || s === t || maxLength < 1) return { paths: [], truncated: false };

  // How many links each node is from the end; branches that cannot reach it in time are cut.
  const distTo = distancesTo(g, t, maxLength);
  const onPath = new Uint8Array(g.ids.length);
  const stack: number[] = [];
  const found: number[][] = [];
  let truncated = false;
  // One pass per length, shortest first, so when the cap cuts the search short
  // the paths kept are the shortest ones rather than whichever came first.
  const walk = (v: number, length: number) => {
    for (let i = g.outStart[v]!, end = g.outStart[v + 1]!; i < end && !truncated; i++) {
      const e = g.outLinks[i]!;
      const w = g.linkTarget[e]!;
      if (onPath[w] || distTo[w]! < 0 || stack.length + 1 + distTo[w]! > length) continue;
      stack.push(e);
      if (w !== t) {
        onPath[w] = 1;
        walk(w, length);
        onPath[w] = 0;
      } else if (stack.length === length) {
        if (found.length >= maxPaths) truncated = true;
        else found.push([...stack]);
      }
      stack.pop();
    }
  };
  onPath[s] = 1;
  for (let length = 1; length <= maxLength && !truncated; length++) walk(s, length);

  const paths = found.map((links) => makePath(doc, g, links));
  paths.sort((a, b) => a.length - b.length || b.strength - a.strength || compareIds(a.linkIds, b.linkIds));
  return { paths, truncated };
}

/** A path from its link numbers: sign, strength and sentences filled in. */
export function makePath(doc: MapDocument, g: IndexedGraph, linkNumbers: readonly number[]): CausalPath {
  const links = linkNumbers.map((e) => g.links[e]!);
  const nodeIds = links.length ? [links[0]!.source, ...links.map((l) => l.target)] : [];
  const polarities = links.map((l) => l.polarity);
  const sign = combineSigns(polarities);
  return {
    nodeIds,
    linkIds: links.map((l) => l.id),
    length: links.length,
    sign,
    strength: links.reduce((p, l) => p * normalisedStrength(l), 1),
    sentence: nodeIds.length ? effectSentence(doc, nodeIds[0]!, nodeIds[nodeIds.length - 1]!, sign) : '',
    steps: chainSentence(doc, nodeIds, polarities),
  };
}

/** Links from each node to t (following link direction), up to maxLength; -1 when further or unreachable. */
function distancesTo(g: IndexedGraph, t: number, maxLength: number): Int32Array {
  const dist = new Int32Array(g.ids.length).fill(-1);
  const queue = [t];
  dist[t] = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (dist[v]! >= maxLength) continue;
    for (let i = g.inStart[v]!, end = g.inStart[v + 1]!; i < end; i++) {
      const u = g.linkSource[g.inLinks[i]!]!;
      if (dist[u]! < 0) {
        dist[u] = dist[v]! + 1;
        queue.push(u);
      }
    }
  }
  return dist;
}

function compareIds(a: readonly Id[], b: readonly Id[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}
