/**
 * Whether every node is inside the canvas at the current pan and zoom. Then
 * the minimap only repeats what is on the screen, while covering a corner of
 * the map (after a fit to the screen it sat over the map's top-right theme);
 * it comes back as soon as part of the map is out of view.
 */
import { useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { NODE_MIN_HEIGHT as NODE_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';

interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The nodes' bounds, worked out once per nodes array: the test below runs on every frame of a pan. */
const boundsOf = new WeakMap<object, Bounds | null>();

function bounds(nodes: readonly Node[]): Bounds | null {
  let b = boundsOf.get(nodes);
  if (b !== undefined) return b;
  b = null;
  for (const n of nodes) {
    const w = n.measured?.width ?? n.width ?? NODE_WIDTH;
    const h = n.measured?.height ?? n.height ?? NODE_HEIGHT;
    if (!b) b = { x0: n.position.x, y0: n.position.y, x1: n.position.x + w, y1: n.position.y + h };
    else {
      b.x0 = Math.min(b.x0, n.position.x);
      b.y0 = Math.min(b.y0, n.position.y);
      b.x1 = Math.max(b.x1, n.position.x + w);
      b.y1 = Math.max(b.y1, n.position.y + h);
    }
  }
  boundsOf.set(nodes, b);
  return b;
}

export function wholeMapInView(s: ReactFlowState): boolean {
  const b = bounds(s.nodes);
  if (!b || s.width <= 0 || s.height <= 0) return true;
  const [tx, ty, k] = s.transform;
  return b.x0 * k + tx >= 0 && b.y0 * k + ty >= 0 && b.x1 * k + tx <= s.width && b.y1 * k + ty <= s.height;
}

export const useWholeMapInView = (): boolean => useStore(wholeMapInView);

/** How long part of the map must stay out of view before the minimap comes back. */
const SHOW_AFTER_MS = 400;

/**
 * Whether to show the minimap: at once while part of the map is out of view when the map opens, else only once
 * part of it has stayed out of view a moment. A fit to the screen glides there, and during the glide part of the map
 * is out of view: the minimap would be drawn (every node's box) and taken away again within a third of a second.
 */
export function useMinimapWanted(): boolean {
  const wanted = !useWholeMapInView();
  const [settled, setSettled] = useState(wanted);
  useEffect(() => {
    if (!wanted) {
      setSettled(false);
      return;
    }
    const timer = setTimeout(() => setSettled(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  return wanted && settled;
}
