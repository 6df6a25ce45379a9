/**
 * Moves nodes to an arrangement (an auto-layout's result): settles overlaps
 * with the sizes the canvas measured, glides the nodes there on screen
 * (glide.ts), hands the new places to React Flow a batch per frame
 * (landNodes.ts), then commits them as one undoable operation. The document
 * changes once, at the end. People who prefer reduced motion see the nodes
 * jump in one frame. The link routes are held from the first frame to the
 * commit (linkRoutes.ts), so links follow the nodes as plain curves and are
 * routed again once the nodes have landed.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { glide } from './glide.ts';
import type { LinkRoutes } from './routes/linkRoutes.ts';
import { landNodes, preparedMove, type SetNodes } from './landNodes.ts';
import { settleOverlaps } from './settleOverlaps.ts';
import { moveNodes } from '../model/operations.ts';
import type { Id, Position } from '../model/types.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';
import { type Arrangement } from '../store/viewStore.ts';
import type { FlowNode } from './toFlow.ts';
import { BIG_MAP_NODES } from './LevelOfDetail.tsx';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';

const DURATION_MS = 450;
const ease = (t: number) => 1 - (1 - t) ** 3;

/**
 * `onArranged` is told once the positions are committed, and whether every
 * node of the map was arranged (a whole-map layout rather than a selection's).
 */
export function useArrangement(setNodes: SetNodes, routes: LinkRoutes, onArranged?: (wholeMap: boolean) => void) {
  const flow = useStoreApi<FlowNode>();
  useEffect(() => {
    let stop: (() => void) | null = null;
    // Subscribed here rather than through a hook, so a new arrangement does not re-render the whole canvas.
    const unsubscribe = useViewStore.subscribe((s, prev) => {
      const arrangement = s.arrangement;
      if (!arrangement || arrangement === prev.arrangement) return;
      stop?.();
      const wholeMap = Object.keys(useMapStore.getState().doc.nodes).every((id) => id in arrangement.positions);
      stop = arrange(arrangement, flow.getState(), setNodes, routes, () => onArranged?.(wholeMap));
    });
    return () => {
      unsubscribe();
      stop?.();
    };
  }, [flow, setNodes, routes, onArranged]);
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function arrange(arrangement: Arrangement, flow: ReactFlowState<FlowNode>, setNodes: SetNodes, routes: LinkRoutes, done: () => void): (() => void) | null {
  const { doc } = useMapStore.getState();
  const size = (id: Id) => {
    const m = flow.nodeLookup.get(id)?.measured;
    return { width: m?.width ?? NODE_WIDTH, height: m?.height ?? NODE_MIN_HEIGHT };
  };
  const fixed = Object.fromEntries(Object.values(doc.nodes).filter((n) => !(n.id in arrangement.positions) || n.pinned).map((n) => [n.id, n.position]));
  const moving = Object.fromEntries(Object.entries(arrangement.positions).filter(([id]) => !(id in fixed)));
  const settled = settleOverlaps(moving, size, fixed);
  // Whole pixels, as the document stores them, so the last frame shows exactly what is committed.
  const positions: Record<Id, Position> = {};
  for (const [id, p] of Object.entries(settled)) positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  const move = moveNodes(positions, arrangement.name);

  const container = flow.domNode;
  // Big maps move at once: React Flow's fixed work per batch grows with the map, only the nodes in view
  // are elements and their links are drawn on a canvas (LevelOfDetail.tsx), so there is nothing to glide.
  if (!container || Object.keys(useMapStore.getState().doc.nodes).length > BIG_MAP_NODES) {
    useMapStore.getState().dispatch(move);
    done();
    return null;
  }
  let stopLanding: (() => void) | null = null;
  let committed = false;
  routes.hold();
  const gliding = glide({
    container,
    from: new Map(Object.values(doc.nodes).map((n) => [n.id, n.position])),
    to: positions,
    size,
    links: Object.values(doc.links),
    // Reduced motion: the nodes jump in one frame, and the hand-over is still spread out.
    duration: reducedMotion() ? 0 : DURATION_MS,
    ease,
    onEnd: () => {
      const before = useMapStore.getState().doc;
      const { next, op } = preparedMove(move, before);
      stopLanding = landNodes(setNodes, before, next, gliding.redraw, () => {
        useMapStore.getState().dispatch(op);
        committed = true;
        // The links' marks come back and the links are routed again a frame after the commit, not in its frame.
        requestAnimationFrame(() => {
          gliding.end();
          routes.release();
          done();
        });
      });
    },
  });
  // Stopped before the commit (another layout started, or the canvas went away): nothing moved.
  return () => {
    if (committed) return;
    stopLanding?.();
    gliding.cancel();
    routes.release();
  };
}
