/**
 * Moves nodes to an arrangement (an auto-layout's result) with a short
 * animation, then commits the new positions as one undoable operation. The
 * animation only touches React Flow's copy of the nodes; the document changes
 * once, at the end. People who prefer reduced motion get the move at once.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { settleOverlaps } from './settleOverlaps.ts';
import { moveNodes } from '../model/operations.ts';
import { useMapStore } from '../store/mapStore.ts';
import { useViewStore } from '../store/viewStore.ts';
import type { FlowNode } from './toFlow.ts';

const DURATION_MS = 450;
const ANIMATE_UP_TO = 600;
const ease = (t: number) => 1 - (1 - t) ** 3;

export function useArrangement(setNodes: (update: (nodes: FlowNode[]) => FlowNode[]) => void) {
  const arrangement = useViewStore((s) => s.arrangement);
  const rf = useReactFlow<FlowNode>();
  useEffect(() => {
    if (!arrangement) return;
    const doc = useMapStore.getState().doc;
    const size = (id: string) => {
      const m = rf.getNode(id)?.measured;
      return { width: m?.width ?? 180, height: m?.height ?? 56 };
    };
    const fixed = Object.fromEntries(Object.values(doc.nodes).filter((n) => !(n.id in arrangement.positions) || n.pinned).map((n) => [n.id, n.position]));
    const moving = Object.fromEntries(Object.entries(arrangement.positions).filter(([id]) => !(id in fixed)));
    const positions = settleOverlaps(moving, size, fixed);
    const { name } = arrangement;
    const commit = () => useMapStore.getState().dispatch(moveNodes(positions, name));
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    // On big maps every animation frame would rebuild thousands of nodes: move them at once.
    if (reduced || Object.keys(positions).length > ANIMATE_UP_TO) return commit();

    const from = new Map(Object.entries(useMapStore.getState().doc.nodes).map(([id, n]) => [id, n.position]));
    const start = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = Math.min(1, (now - start) / DURATION_MS);
      const k = ease(t);
      setNodes((nodes) =>
        nodes.map((n) => {
          const a = from.get(n.id);
          const b = positions[n.id];
          if (!a || !b) return n;
          return { ...n, position: { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k } };
        }),
      );
      if (t < 1) frame = requestAnimationFrame(step);
      else commit();
    });
    return () => cancelAnimationFrame(frame);
  }, [arrangement, setNodes, rf]);
}
