/**
 * The links of a big map, drawn on one canvas under the nodes (see
 * linkLayer.ts for why). Redrawn on the next animation frame when the zoom or
 * React Flow's nodes change, so links follow a dragged node. A pan only
 * slides the drawing: the canvas reaches MARGIN pixels past each side of the
 * screen and is moved with a CSS transform, which the compositor does without
 * repainting, until the pan has gone further than that. Loaded only when a
 * big map is open.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Id, Link } from '../../model/types.ts';
import type { Detail } from '../LevelOfDetail.tsx';
import type { Box } from '../edges/geometry.ts';
import { LinkLayer, linkAt, type DrawnLink } from './linkLayer.ts';
import { paintPrims } from './paintPrims.ts';

export interface LinkHitTest {
  /** The link drawn nearest a point in map coordinates, within a few screen pixels. */
  linkAt(x: number, y: number): Id | null;
}

interface Props {
  links: Record<Id, Link>;
  selectedLinkIds: readonly Id[];
  dimmedLinks: ReadonlySet<Id>;
  detail: Detail;
  hitTest: React.RefObject<LinkHitTest | null>;
}

const DEFAULT_SIZE = { width: 180, height: 56 };
/** How far past each side of the screen the drawing reaches, in CSS pixels. */
const MARGIN = 320;
const SELECTED = '#111827';
/** How near a click must be to a link to pick it, in screen pixels (as wide as the SVG links' click area). */
const REACH_PX = 8;

export default function LinkCanvas({ links, selectedLinkIds, dimmedLinks, detail, hitTest }: Props) {
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);
  const layer = useMemo(() => new LinkLayer(), []);
  const list = useMemo(() => Object.values(links), [links]);
  const look = useMemo(() => ({ selected: new Set(selectedLinkIds), dimmed: dimmedLinks }), [selectedLinkIds, dimmedLinks]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let drawn: DrawnLink[] = [];
    let frame = 0;
    /** The view the canvas was last drawn for. */
    let drawnFor: { tx: number; ty: number; k: number; width: number; height: number; nodes: unknown } | null = null;
    // One box per React Flow node object: it is replaced whenever the node moves or is measured.
    const boxes = new WeakMap<object, Box>();
    const draw = () => {
      frame = 0;
      const { transform, width, height, nodeLookup, nodes } = store.getState();
      const [tx, ty, k] = transform;
      const last = drawnFor;
      if (last && last.k === k && last.width === width && last.height === height && last.nodes === nodes && Math.abs(tx - last.tx) < MARGIN && Math.abs(ty - last.ty) < MARGIN) {
        canvas.style.transform = `translate(${tx - last.tx}px, ${ty - last.ty}px)`;
        return;
      }
      drawnFor = { tx, ty, k, width, height, nodes };
      canvas.style.transform = '';
      const dpr = window.devicePixelRatio || 1;
      const w = width + 2 * MARGIN;
      const h = height + 2 * MARGIN;
      if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
        canvas.width = Math.round(w * dpr);
        canvas.height = Math.round(h * dpr);
        canvas.style.width = `${w}px`;
        canvas.style.height = `${h}px`;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * (tx + MARGIN), dpr * (ty + MARGIN));
      const view: Box = { x: (-tx - MARGIN) / k, y: (-ty - MARGIN) / k, width: w / k, height: h / k };
      const boxOf = (id: Id): Box | null => {
        const n = nodeLookup.get(id);
        if (!n) return null;
        let box = boxes.get(n);
        if (!box) {
          const p = n.internals.positionAbsolute;
          box = { x: p.x, y: p.y, width: n.measured.width ?? DEFAULT_SIZE.width, height: n.measured.height ?? DEFAULT_SIZE.height };
          boxes.set(n, box);
        }
        return box;
      };
      drawn = layer.visible(list, boxOf, view, look);
      // Zoomed out, polarity marks, delay bars and labels are too small to read: lines and arrowheads only.
      const full = detail === 'near';
      const lineOnly = (d: DrawnLink) => (full ? d.line.prims : d.line.prims.filter((p) => p.t === 'path'));
      for (const d of drawn) if (!d.selected) paintPrims(ctx, lineOnly(d));
      for (const d of drawn) if (d.selected) paintPrims(ctx, lineOnly(d), { colour: SELECTED, widen: 1 });
      if (full) for (const d of drawn) if (d.label) paintPrims(ctx, d.label.prims);
    };
    hitTest.current = { linkAt: (x, y) => linkAt(drawn, { x, y }, REACH_PX / store.getState().transform[2]) };
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      const moved = s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height || s.nodes !== prev.nodes;
      if (moved && !frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      hitTest.current = null;
    };
  }, [store, layer, list, look, detail, hitTest]);

  return <canvas ref={ref} className="link-canvas" aria-hidden="true" />;
}
