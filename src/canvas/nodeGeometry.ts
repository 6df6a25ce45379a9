/**
 * A number that changes when any node moves or changes size, and only then.
 * React Flow hands out a new node list on every edit (a letter typed in a
 * label included); on a map of thousands of nodes, re-drawing every link or
 * re-routing them all on each of those costs far more than a key press may.
 * Read once per node list, so asking again for the same list costs nothing.
 */
import type { ReactFlowState } from '@xyflow/react';

export function nodeGeometry(): (state: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>) => number {
  let nodes: unknown = null;
  let key = 0;
  return (state) => {
    if (state.nodes === nodes) return key;
    nodes = state.nodes;
    let h = 0x811c9dc5;
    // Whole pixels: a node measured a fraction of a pixel off its declared size has not moved any link.
    const mix = (v: number) => (h = Math.imul(h ^ Math.round(v), 0x01000193));
    for (const n of state.nodeLookup.values()) {
      const p = n.internals.positionAbsolute;
      mix(p.x);
      mix(p.y);
      mix(n.measured.width ?? -1);
      mix(n.measured.height ?? -1);
      mix(n.id.length);
    }
    key = (h >>> 0) + state.nodeLookup.size * 2 ** 32;
    return key;
  };
}
