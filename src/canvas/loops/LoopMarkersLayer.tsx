/**
 * Loop markers on the canvas (draw/loopMarkers.ts): one for each named loop
 * and one for the loop shown from the analysis panel, placed from React
 * Flow's current node boxes so a marker follows its nodes while they are
 * dragged. Zoomed far out a marker is drawn larger (and placed for that size),
 * so its tag and name stay readable. Drawn in one SVG over the links (a marker never sits on a node
 * box), moved with the viewport. Hidden while a layout moves the nodes, as
 * the theme regions are: a marker placed among half-landed nodes would be wrong.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useLinkRoutes, useRoutesHeld } from '../routes/LinkRoutesProvider.tsx';
import { allLinkWords } from '../../draw/links.ts';
import type { Id, Link } from '../../model/types.ts';
import { markerPrims, markerScaleAt, markerWords, placeLoopMarkers, type MarkedLoop } from '../../draw/loopMarkers.ts';
import { pathData } from '../../draw/routing/shape.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import type { Box } from '../../draw/geometry.ts';
import type { Prim } from '../../draw/prims.ts';
import type { FlowNode } from '../toFlow.ts';
import './loopMarkers.css';

/** How far past its loop's nodes a marker may land at its natural size (the placing search's reach, draw/loopMarkers.ts). */
const REACH = 600;

/**
 * The links a marker could land on: those with an end near a marked loop's nodes. On a big map the
 * rest (thousands) are not shaped on every move of a node.
 */
function linksNear(links: Record<Id, Link>, boxes: ReadonlyMap<string, Box>, loops: readonly MarkedLoop[], reach: number): Link[] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const loop of loops) for (const id of loop.nodeIds) {
    const b = boxes.get(id);
    if (!b) continue;
    x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
  }
  const near = (b: Box | undefined) => !!b && b.x + b.width >= x0 - reach && b.x <= x1 + reach && b.y + b.height >= y0 - reach && b.y <= y1 + reach;
  return Object.values(links).filter((l) => near(boxes.get(l.source)) || near(boxes.get(l.target)));
}

export function LoopMarkersLayer({ loops, links }: { loops: readonly MarkedLoop[]; links: Record<Id, Link> }) {
  const store = useStoreApi<FlowNode>();
  const nodes = useStore((s) => s.nodes as FlowNode[]);
  // Only the marker size's steps re-render; the view's moves reach the layer's transform directly (below).
  const scale = useStore((s) => markerScaleAt(s.transform[2]));
  const held = useRoutesHeld();
  // Re-placed when the routes land, so a marker keeps off the links' labels and polarity marks where they are drawn.
  const routes = useLinkRoutes();
  const routesVersion = routes?.getVersion() ?? 0;
  const layer = useRef<SVGGElement>(null);
  useEffect(() => {
    let last: readonly number[] | null = null;
    const write = (t: readonly number[]) => {
      if (t === last) return;
      last = t;
      layer.current?.setAttribute('transform', viewTransform(t));
    };
    write(store.getState().transform);
    return store.subscribe((s) => write(s.transform));
  }, [store]);
  const markers = useMemo(() => {
    if (held || !loops.length) return [];
    const { nodeLookup } = store.getState();
    const boxes = new Map<string, Box>();
    for (const n of nodes) {
      const internal = nodeLookup.get(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      boxes.set(n.id, { x: p.x, y: p.y, width: internal?.measured.width ?? NODE_SIZE.width, height: internal?.measured.height ?? NODE_SIZE.height });
    }
    const words = allLinkWords(linksNear(links, boxes, loops, REACH * scale), boxes, (l, a, b) => routes?.routeOf(l.id, l.source, a, l.target, b));
    return placeLoopMarkers(loops, boxes, scale, words);
    // routesVersion: the routes object stays the same while its answers change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loops, links, nodes, store, held, scale, routes, routesVersion]);
  if (!markers.length) return null;
  return (
    <svg className="loop-markers">
      <g ref={layer} transform={viewTransform(store.getState().transform)}>
        {markers.map((m) => (
          <g key={m.loop.key} className="loop-marker" role="img" aria-label={markerWords(m.loop)} data-box={`${m.box.x},${m.box.y},${m.box.width},${m.box.height}`}>
            <g transform={`translate(${m.centre.x} ${m.centre.y}) scale(${m.scale}) translate(${-m.centre.x} ${-m.centre.y})`}>{markerPrims(m).map(primElement)}</g>
          </g>
        ))}
      </g>
    </svg>
  );
}

const viewTransform = ([x, y, k]: readonly number[]) => `translate(${x},${y}) scale(${k})`;

/** One of a marker's shapes as SVG; the exports write the same shapes. */
function primElement(p: Prim, i: number) {
  if (p.t === 'circle') return <circle key={i} cx={p.cx} cy={p.cy} r={p.r} fill={p.fill ?? 'none'} />;
  if (p.t === 'rect') return <rect key={i} x={p.x} y={p.y} width={p.w} height={p.h} rx={p.r} fill={p.fill ?? 'none'} />;
  if (p.t === 'path') return <path key={i} d={pathData(p.d)} fill={p.fill ?? 'none'} stroke={p.stroke} strokeWidth={p.lw} strokeLinecap={p.cap} />;
  return (
    <text key={i} x={p.x} y={p.y} textAnchor={p.anchor} fontSize={p.size} fontWeight={p.bold ? 700 : 400} fill={p.fill}>
      {p.text}
    </text>
  );
}
