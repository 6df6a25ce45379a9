/**
 * The links of a big map, drawn on one canvas under the nodes (see
 * linkLayer.ts for why), kept in step with the view by viewCanvas and
 * redrawn whenever React Flow's nodes change, so links follow a dragged
 * node. Loaded only when a big map is open.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Id, Link } from '../../model/types.ts';
import type { Detail } from '../LevelOfDetail.tsx';
import type { Box } from '../edges/geometry.ts';
import { LinkLayer, linkAt, type DrawnLink } from './linkLayer.ts';
import { paintPrims } from './paintPrims.ts';
import { attachViewCanvas } from '../viewCanvas.ts';

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
    if (!canvas) return;
    let drawn: DrawnLink[] = [];
    // One box per React Flow node object: React Flow replaces the object whenever the node moves or is measured.
    const boxes = new WeakMap<object, Box>();
    hitTest.current = { linkAt: (x, y) => linkAt(drawn, { x, y }, REACH_PX / store.getState().transform[2]) };
    const detach = attachViewCanvas(canvas, store, {
      margin: MARGIN,
      followNodes: true,
      paint: (ctx, { tx, ty, k, width, height }) => {
        const { nodeLookup } = store.getState();
        const view: Box = { x: (-tx - MARGIN) / k, y: (-ty - MARGIN) / k, width: (width + 2 * MARGIN) / k, height: (height + 2 * MARGIN) / k };
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
        return false;
      },
    });
    return () => {
      detach();
      hitTest.current = null;
    };
  }, [store, layer, list, look, detail, hitTest]);

  return <canvas ref={ref} className="link-canvas" aria-hidden="true" />;
}
