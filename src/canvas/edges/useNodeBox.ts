/**
 * Where a node's box stands on the canvas, for the links drawn to it.
 *
 * React Flow's `useInternalNode` hands back the node's whole internal record,
 * which is a new object whenever anything about the node changes, its look
 * under a lens included: every link of every recoloured node then re-rendered
 * and re-shaped itself (all 310 links of the example on each lens change, the
 * longest frame of a presentation step). A link needs only the box and
 * whether it is being dragged, so it re-renders only when those change.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';
import { sameBox, type Box } from '../../draw/geometry.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../../draw/nodeSize.ts';

export interface NodeBox extends Box {
  dragging: boolean;
}

/** Field by field: zustand's `shallow` builds two Maps per call, and this runs for both ends of every link on every move of the view. */
const sameNodeBox = (a: NodeBox | null, b: NodeBox | null) => a === b || (!!a && !!b && a.dragging === b.dragging && sameBox(a, b));

export function useNodeBox(id: string): NodeBox | null {
  const select = useCallback((s: ReactFlowState): NodeBox | null => {
    const n = s.nodeLookup.get(id);
    if (!n) return null;
    const { x, y } = n.internals.positionAbsolute;
    return { x, y, width: n.measured.width ?? NODE_WIDTH, height: n.measured.height ?? NODE_MIN_HEIGHT, dragging: !!n.dragging };
  }, [id]);
  return useStore(select, sameNodeBox);
}
