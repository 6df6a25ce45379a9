/**
 * What feeds into chosen nodes (upstream) and what they feed into
 * (downstream), step by step: the data behind a "causes" or "effects" lens.
 */
import type { Id, MapDocument } from '../model/types.ts';
import { indexGraph, nodeNumbers, type IndexedGraph } from './graph.ts';

export interface ReachedNode {
  id: Id;
  /** The fewest links between this node and the nearest chosen node; 0 for a chosen node. */
  steps: number;
}

export interface Reach {
  /** Nearest first, then in map order. The chosen nodes come first, at 0 steps. */
  nodes: ReachedNode[];
  /**
   * Every link that lies on some chain of at most `steps` links running into
   * (upstream) or out of (downstream) the chosen nodes, in map order.
   */
  linkIds: Id[];
}

/** Everything that influences the chosen nodes within `steps` links (all of it when steps is Infinity). */
export function upstream(doc: MapDocument, nodeIds: readonly Id[], steps = Infinity): Reach {
  return reach(indexGraph(doc), nodeIds, steps, 'up');
}

/** Everything the chosen nodes influence within `steps` links. */
export function downstream(doc: MapDocument, nodeIds: readonly Id[], steps = Infinity): Reach {
  return reach(indexGraph(doc), nodeIds, steps, 'down');
}

function reach(g: IndexedGraph, nodeIds: readonly Id[], maxSteps: number, direction: 'up' | 'down'): Reach {
  const n = g.ids.length;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (const v of nodeNumbers(g, nodeIds)) {
    dist[v] = 0;
    queue[tail++] = v;
  }
  // Going upstream we walk links backwards: from a node to the sources of the links into it.
  const start = direction === 'up' ? g.inStart : g.outStart;
  const list = direction === 'up' ? g.inLinks : g.outLinks;
  const far = direction === 'up' ? g.linkSource : g.linkTarget;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (dist[v]! >= maxSteps) continue;
    for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
      const u = far[list[i]!]!;
      if (dist[u]! < 0) {
        dist[u] = dist[v]! + 1;
        queue[tail++] = u;
      }
    }
  }

  const nodes: ReachedNode[] = [];
  for (let v = 0; v < n; v++) if (dist[v]! >= 0) nodes.push({ id: g.ids[v]!, steps: dist[v]! });
  nodes.sort((a, b) => a.steps - b.steps || g.index.get(a.id)! - g.index.get(b.id)!);

  // A link A → B is on a short enough chain when the node nearer the chosen
  // ones (B upstream, A downstream) is at most steps − 1 away.
  const near = direction === 'up' ? g.linkTarget : g.linkSource;
  const linkIds: Id[] = [];
  g.links.forEach((l, e) => {
    const d = dist[near[e]!]!;
    if (d >= 0 && d + 1 <= maxSteps) linkIds.push(l.id);
  });
  return { nodes, linkIds };
}
