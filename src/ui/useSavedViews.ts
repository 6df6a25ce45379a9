/**
 * Saving what the canvas shows as a view, and showing a saved view again:
 * the lens and filter at once, then the viewport gliding there (no glide for
 * people who asked for reduced motion). The canvas may be another size than
 * when the view was saved (a projector, full screen): the same part of the
 * map is shown (views/viewArea.ts).
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { SavedView } from '../model/types.ts';
import { toLens, toSavedLens } from '../views/savedLens.ts';
import { viewportFor, type Size } from '../views/viewArea.ts';
import { appSession } from './appSession.ts';
import { motion } from './motion.ts';
import { BIG_MAP_NODES, nodeCount } from '../model/size.ts';
import { glideOnCompositor } from './viewportGlide.ts';

/** How long the glide to a view takes. */
export const VIEW_GLIDE_MS = 700;

export type ViewCapture = Pick<SavedView, 'viewport' | 'frame' | 'lens' | 'filter'>;

export interface SavedViewControls {
  /** What the canvas shows now, to save. */
  capture(): ViewCapture;
  /** Shows a saved view (or a captured one); resolves when the glide has ended. */
  show(view: ViewCapture, options?: { animate?: boolean }): Promise<void>;
  /** Puts the canvas back where it was (a viewport captured on this screen), without a glide. */
  moveTo(viewport: ViewCapture['viewport']): void;
  /** The canvas's size now (screen pixels). */
  size(): Size;
}

/** Lenses and filters are small plain records: equal when their JSON is. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function useSavedViews(): SavedViewControls {
  const rf = useReactFlow();
  const flowStore = useStoreApi();
  return useMemo(() => {
    const size = (): Size => {
      // Measured, not React Flow's stored size: entering full screen resizes the canvas before its observer reports it.
      const rect = flowStore.getState().domNode?.getBoundingClientRect();
      const { width, height } = flowStore.getState();
      return rect && rect.width > 0 ? { width: Math.round(rect.width), height: Math.round(rect.height) } : { width, height };
    };
    return {
      size,
      capture() {
        const view = appSession.view.getState();
        const { x, y, zoom } = rf.getViewport();
        return { viewport: { x, y, zoom }, frame: size(), lens: toSavedLens(view.lens), filter: view.filter };
      },
      moveTo(viewport) {
        void rf.setViewport(viewport);
      },
      async show(saved, options = {}) {
        const view = appSession.view.getState();
        // Only a lens or filter that changes is set: a new object for the same lens re-draws every node, a long frame at the glide's start.
        const lens = toLens(saved.lens, appSession.map.getState().doc);
        if (!same(lens, view.lens)) view.setLens(lens);
        if (!same(saved.filter, view.filter)) view.setFilter(saved.filter);
        const target = viewportFor(saved, size());
        const ms = options.animate === false ? 0 : motion(VIEW_GLIDE_MS);
        const { domNode } = flowStore.getState();
        const viewport = domNode?.querySelector<HTMLElement>('.react-flow__viewport');
        const small = nodeCount(appSession.map.getState().doc.nodes) <= BIG_MAP_NODES;
        if (ms > 0 && small && domNode && viewport) return glideOnCompositor(domNode, viewport, ms, () => void rf.setViewport(target));
        await rf.setViewport(target, { duration: ms });
      },
    };
  }, [rf, flowStore]);
}
