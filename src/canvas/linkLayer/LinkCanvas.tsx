/**
 * The links of a big map, drawn on one canvas under the nodes (see
 * linkLayer.ts for why), kept in step with the view by viewCanvas and
 * redrawn whenever React Flow's nodes change, so links follow a dragged
 * node. Loaded only when a big map is open.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Id, Link } from '../../model/types.ts';
import type { Detail } from '../LevelOfDetail.tsx';
import type { Box } from '../../draw/geometry.ts';
import type { AgreementTag } from '../../draw/links.ts';
import { LinkLayer, linkAt, type DrawnLink } from './linkLayer.ts';
import type { Paper } from './paintPrims.ts';
import { paintLayers, type PictureLayer } from './linkPicture.ts';
import { picturePainter } from './picturePainter.ts';
import type { Item, Prim } from '../../draw/prims.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import { nodeGeometry } from '../nodeGeometry.ts';
import { attachViewCanvas, type Elsewhere, type View } from '../viewCanvas.ts';
import { useLinkRoutes } from '../routes/LinkRoutesProvider.tsx';

export interface LinkHitTest {
  /** The link drawn nearest a point in map coordinates, within a few screen pixels. */
  linkAt(x: number, y: number): Id | null;
}

interface Props {
  links: Record<Id, Link>;
  selectedLinkIds: readonly Id[];
  dimmedLinks: ReadonlySet<Id>;
  /** "≠ 3" / "= 3" tags of links several people gave a view of, as the SVG links carry (AgreementBadge). */
  agreement: ReadonlyMap<Id, AgreementTag>;
  /** Open comments per link, shown as a count in a bubble, as the SVG links carry (LinkCommentMark). */
  comments: ReadonlyMap<Id, number>;
  detail: Detail;
  hitTest: React.RefObject<LinkHitTest | null>;
}

/** How far past each side of the screen the drawing reaches, in CSS pixels. */
const MARGIN = 320;
const SELECTED = '#111827';
/** How near a click must be to a link to pick it, in screen pixels (as wide as the SVG links' click area). */
const REACH_PX = 8;

/** A link's lines and arrowheads without its marks, the same list each time (the link picture's worker is sent each list once). */
const lines = new WeakMap<Item, readonly Prim[]>();
function linesOnly(item: Item): readonly Prim[] {
  let only = lines.get(item);
  if (!only) lines.set(item, (only = item.prims.filter((p) => p.t === 'path')));
  return only;
}

/** The first of a run of sets with the same members: kept until the members change. */
function useSameSet<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  const kept = useRef(set);
  const prev = kept.current;
  if (prev !== set && (prev.size !== set.size || [...set].some((x) => !prev.has(x)))) kept.current = set;
  return kept.current;
}

/** The nodes being dragged, as a string that stays the same for the whole drag. */
function movingIds(state: ReactFlowState): string {
  let ids = '';
  for (const n of state.nodeLookup.values()) if (n.dragging) ids += `${n.id} `;
  return ids;
}

/**
 * Two canvases: the links that stay still, and the links of the nodes being
 * dragged. During a drag only the second is redrawn on each frame; the first,
 * with hundreds of links, is drawn once when the drag starts and once when it ends.
 */
export default function LinkCanvas({ links, selectedLinkIds, dimmedLinks, agreement, comments, detail, hitTest }: Props) {
  const store = useStoreApi();
  const stillRef = useRef<HTMLCanvasElement>(null);
  const movingRef = useRef<HTMLCanvasElement>(null);
  const layers = useMemo(() => ({ still: new LinkLayer(), moving: new LinkLayer() }), []);
  const painter = picturePainter();
  const list = useMemo(() => Object.values(links), [links]);
  // New routes from the worker repaint the links.
  const routes = useLinkRoutes();
  const routesVersion = routes?.version ?? 0;
  // The lens hands over a new set on every edit (a letter typed in a label included); the same links dimmed are the same look,
  // and a new look redraws every link on screen, which on a big map zoomed in to read takes longer than a key press may.
  const dimmed = useSameSet(dimmedLinks);
  const look = useMemo(() => ({ selected: new Set(selectedLinkIds), dimmed, agreement, comments }), [selectedLinkIds, dimmed, agreement, comments]);

  useEffect(() => {
    const still = stillRef.current;
    const moving = movingRef.current;
    if (!still || !moving) return;
    const drawn = { still: [] as DrawnLink[], moving: [] as DrawnLink[] };
    // One box per React Flow node object: React Flow replaces the object whenever the node moves or is measured.
    const boxes = new WeakMap<object, Box>();
    hitTest.current = { linkAt: (x, y) => linkAt([...drawn.still, ...drawn.moving], { x, y }, REACH_PX / store.getState().transform[2]) };

    const layersOf = (which: 'still' | 'moving', { tx, ty, k, width, height }: View): PictureLayer[] => {
      const state = store.getState();
      const { nodeLookup } = state;
      const ids = movingIds(state);
      const isMoving = (l: Link) => ids !== '' && (ids.includes(`${l.source} `) || ids.includes(`${l.target} `));
      const mine = which === 'moving' ? (ids ? list.filter(isMoving) : []) : ids ? list.filter((l) => !isMoving(l)) : list;
      const view: Box = { x: (-tx - MARGIN) / k, y: (-ty - MARGIN) / k, width: (width + 2 * MARGIN) / k, height: (height + 2 * MARGIN) / k };
      const boxOf = (id: Id): Box | null => {
        const n = nodeLookup.get(id);
        if (!n) return null;
        let box = boxes.get(n);
        if (!box) {
          const p = n.internals.positionAbsolute;
          box = { x: p.x, y: p.y, width: n.measured.width ?? NODE_SIZE.width, height: n.measured.height ?? NODE_SIZE.height };
          boxes.set(n, box);
        }
        return box;
      };
      const shown = layers[which].visible(mine, boxOf, view, look, routes ? (l, a, b) => routes.routeOf(l.id, l.source, a, l.target, b, which === 'moving') : undefined);
      drawn[which] = shown;
      // Zoomed out, polarity marks, delay bars and labels are too small to read: lines and arrowheads only.
      const full = detail === 'near';
      const plain: (readonly Prim[])[] = [];
      const selected: (readonly Prim[])[] = [];
      const labels: (readonly Prim[])[] = [];
      for (const d of shown) {
        (d.selected ? selected : plain).push(full ? d.line.prims : linesOnly(d.line));
        if (full && d.label) labels.push(d.label.prims);
      }
      return [{ shapes: plain }, { shapes: selected, ink: { colour: SELECTED, widen: 1 } }, { shapes: labels }];
    };
    const paintLinks = (which: 'still' | 'moving') => (ctx: Paper, view: View) => {
      const picture = layersOf(which, view);
      paintLayers(ctx, picture);
      // Nothing to draw (the dragged nodes' links, with no drag): no pan can uncover more, so the blank canvas is never redrawn for one.
      return picture.every((l) => l.shapes.length === 0) && which === 'moving';
    };
    // The still links' pictures for a new view are painted by a worker (linkPicture.ts): the page keeps panning meanwhile.
    const elsewhere: Elsewhere | undefined = painter
      ? { paint: (view, frame) => painter.paint({ ...frame, layers: layersOf('still', view) }) }
      : undefined;

    // Redrawn when a node moves or changes size, not on every edit: a renamed node keeps its links where they were.
    const stillGeometry = nodeGeometry();
    const movingGeometry = nodeGeometry();
    const detachStill = attachViewCanvas(still, store, {
      margin: MARGIN,
      // While a drag goes on, the still links do not change.
      content: (s) => movingIds(s) || stillGeometry(s),
      // A drag starting or ending moves links between the two canvases: both change in the same frame.
      urgent: movingIds,
      paint: paintLinks('still'),
      elsewhere,
    });
    // With no drag it draws nothing, whatever the nodes do.
    const detachMoving = attachViewCanvas(moving, store, { margin: MARGIN, content: (s) => movingIds(s) && movingGeometry(s), paint: paintLinks('moving') });
    return () => {
      detachStill();
      detachMoving();
      hitTest.current = null;
    };
  }, [store, layers, list, look, detail, hitTest, routes, routesVersion, painter]);

  return (
    <>
      <canvas ref={stillRef} className="link-canvas" aria-hidden="true" />
      <canvas ref={movingRef} className="link-canvas" aria-hidden="true" />
    </>
  );
}
