/**
 * The whole of a map on screen at once. Thousands of nodes and links as DOM
 * and SVG cost hundreds of milliseconds a frame to pan, and their labels are
 * unreadable at this zoom anyway, so at the tiniest level of detail React Flow
 * renders no nodes or links and the map is drawn here, on one <canvas>: links
 * as straight lines, nodes as boxes in their theme's colour, the selection
 * ringed and a lens's faded parts faded. The drawing is prepared once per
 * change of the map (overviewScene); viewCanvas keeps it in step with the view.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { MapDocument } from '../../model/types.ts';
import type { LensResult } from '../../views/lens.ts';
import { unionBox } from '../../draw/prims.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import { attachViewCanvas } from '../viewCanvas.ts';
import { overviewScene, type OverviewScene } from './overviewScene.ts';

interface Props {
  doc: MapDocument;
  selectedNodeIds: readonly string[];
  lens: LensResult;
  /** Receives the scene, for finding the node under a click. */
  sceneRef: React.RefObject<OverviewScene | null>;
}

/** Lines and outlines never get thinner than this on screen, in CSS pixels, or a fitted big map fades away. */
const MIN_SCREEN_WIDTH = 0.8;
/** How far past each side of the screen the drawing reaches, in CSS pixels. */
const MARGIN = 240;


interface Paths {
  lines: { path: Path2D; colour: string; width: number; alpha: number }[];
  boxes: { path: Path2D; fill: string; stroke: string; alpha: number }[];
  selected: Path2D;
}

function toPaths(scene: OverviewScene): Paths {
  const rects = (boxes: OverviewScene['all']) => {
    const p = new Path2D();
    for (const b of boxes) p.rect(b.x, b.y, b.width, b.height);
    return p;
  };
  return {
    lines: scene.lines.map((g) => {
      const path = new Path2D();
      const s = g.segments;
      for (let i = 0; i < s.length; i += 4) {
        path.moveTo(s[i]!, s[i + 1]!);
        path.lineTo(s[i + 2]!, s[i + 3]!);
      }
      return { path, colour: g.colour, width: g.width, alpha: g.dimmed ? 0.15 : 0.55 };
    }),
    boxes: scene.boxes.map((g) => ({ path: rects(g.boxes), fill: g.fill, stroke: g.stroke, alpha: g.dimmed ? 0.25 : 1 })),
    selected: rects(scene.selected),
  };
}

export function OverviewCanvas({ doc, selectedNodeIds, lens, sceneRef }: Props) {
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  const scene = useMemo(() => {
    const { nodeLookup } = store.getState();
    const dimmedNodes = new Set([...lens.nodes].filter(([, look]) => look.dimmed).map(([id]) => id));
    return overviewScene({
      doc,
      size: (id) => {
        const m = nodeLookup.get(id)?.measured;
        return m?.width && m.height ? { width: m.width, height: m.height } : NODE_SIZE;
      },
      selectedIds: new Set(selectedNodeIds),
      dimmedNodes,
      dimmedLinks: lens.dimmedLinks,
    });
  }, [doc, selectedNodeIds, lens, store]);
  sceneRef.current = scene;

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paths = toPaths(scene);
    // The box around every node (links run between nodes, so it holds them too).
    const bounds = unionBox(scene.all);
    return attachViewCanvas(canvas, store, {
      margin: MARGIN,
      paint: (ctx, { tx, ty, k, width, height }) => {
        const atLeast = (w: number) => Math.max(w, MIN_SCREEN_WIDTH / k);
        for (const g of paths.lines) {
          ctx.globalAlpha = g.alpha;
          ctx.strokeStyle = g.colour;
          ctx.lineWidth = atLeast(g.width);
          ctx.stroke(g.path);
        }
        ctx.lineWidth = atLeast(3);
        for (const g of paths.boxes) {
          ctx.globalAlpha = g.alpha;
          ctx.fillStyle = g.fill;
          ctx.strokeStyle = g.stroke;
          ctx.fill(g.path);
          ctx.stroke(g.path);
        }
        ctx.globalAlpha = 1;
        ctx.strokeStyle = '#111827';
        ctx.lineWidth = atLeast(2.5) * 2;
        ctx.stroke(paths.selected);
        canvas.dataset.drawnNodes = String(scene.all.length);
        // Did the drawing (the screen plus its margin) hold the whole map?
        const x0 = (-tx - MARGIN) / k;
        const y0 = (-ty - MARGIN) / k;
        return bounds.x >= x0 && bounds.y >= y0 && bounds.x + bounds.width <= x0 + (width + 2 * MARGIN) / k && bounds.y + bounds.height <= y0 + (height + 2 * MARGIN) / k;
      },
    });
  }, [scene, store]);

  return <canvas ref={ref} className="overview-canvas" aria-hidden="true" />;
}
