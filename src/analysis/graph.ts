/**
 * The map as a compact, numbered graph that every analysis walks. Nodes are
 * numbered in document order; links are kept per node in flat arrays
 * (compressed rows), which is several times faster to walk than records of
 * objects once maps reach thousands of links.
 */
import { MAX_STRENGTH, type Id, type Link, type MapDocument } from '../model/types.ts';

export interface IndexedGraph {
  /** Node ids in document order; a node's number is its position here. */
  ids: Id[];
  index: Map<Id, number>;
  /** Links whose two ends are in the map, in document order. A link's number is its position here. */
  links: Link[];
  linkSource: Int32Array;
  linkTarget: Int32Array;
  /** Outgoing link numbers of node v: outLinks[outStart[v]] .. outLinks[outStart[v + 1] - 1]. */
  outStart: Int32Array;
  outLinks: Int32Array;
  /** Incoming link numbers of node v, laid out the same way. */
  inStart: Int32Array;
  inLinks: Int32Array;
}

// Documents are immutable, so a graph built once can serve every analysis of the
// same document (the UI asks for loops, measures and paths of one map in a row).
const cache = new WeakMap<MapDocument, IndexedGraph>();

export function indexGraph(doc: MapDocument): IndexedGraph {
  const cached = cache.get(doc);
  if (cached) return cached;
  const graph = build(doc);
  cache.set(doc, graph);
  return graph;
}

function build(doc: MapDocument): IndexedGraph {
  const ids = Object.keys(doc.nodes);
  const index = new Map<Id, number>();
  ids.forEach((id, i) => index.set(id, i));

  // A link to a node that is not in the map cannot be followed; a map that passed
  // loading has none, but the analysis must not fall over mid-edit.
  const links = Object.values(doc.links).filter((l) => index.has(l.source) && index.has(l.target));
  const n = ids.length;
  const m = links.length;
  const linkSource = new Int32Array(m);
  const linkTarget = new Int32Array(m);
  const outCount = new Int32Array(n + 1);
  const inCount = new Int32Array(n + 1);
  links.forEach((l, e) => {
    const s = index.get(l.source)!;
    const t = index.get(l.target)!;
    linkSource[e] = s;
    linkTarget[e] = t;
    outCount[s + 1]!++;
    inCount[t + 1]!++;
  });
  const outStart = prefixSums(outCount);
  const inStart = prefixSums(inCount);
  const outLinks = new Int32Array(m);
  const inLinks = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    outLinks[outFill[linkSource[e]!]!++] = e;
    inLinks[inFill[linkTarget[e]!]!++] = e;
  }
  return { ids, index, links, linkSource, linkTarget, outStart, outLinks, inStart, inLinks };
}

function prefixSums(counts: Int32Array): Int32Array {
  const out = counts.slice();
  for (let i = 1; i < out.length; i++) out[i]! += out[i - 1]!;
  return out;
}

/** Node numbers for the given ids, skipping ids that are not in the map, without repeats. */
export function nodeNumbers(graph: IndexedGraph, ids: Iterable<Id>): number[] {
  const seen = new Set<number>();
  for (const id of ids) {
    const v = graph.index.get(id);
    if (v !== undefined) seen.add(v);
  }
  return [...seen];
}

/** Strength as a share of the strongest possible link: 1 for strong, 1/3 for weak. */
export function normalisedStrength(link: Link): number {
  return Math.min(1, Math.max(0, link.strength / MAX_STRENGTH));
}
