/**
 * How readable a drawing is, as numbers the tests, the CLI (`layout
 * --report`) and the benchmark share: links drawn through boxes they do not
 * join, overlapping boxes, straight-line crossings, themes that are not one
 * region of their own, and the smallest label when the map is fitted to a screen.
 */
import type { Box, Point } from '../draw/geometry.ts';
import { layoutNode } from '../draw/nodes.ts';
import { Router } from '../draw/routing/route.ts';
import { routeAll } from '../draw/routing/routeMap.ts';
import { linkShape, type Route } from '../draw/routing/shape.ts';
import { segmentHitsBox } from '../draw/routing/obstacles.ts';
import type { Id, MapDocument } from '../model/types.ts';
import { countCrossings, documentPositions } from './geometry.ts';
import { convexHull, polygonMeetsBox } from '../draw/hull.ts';

export interface Readability {
  nodes: number;
  links: number;
  /** Links whose drawn line passes through the box of a node it does not join. */
  linksThroughBoxes: number;
  /** Pairs of node boxes that overlap. */
  overlaps: number;
  /** Crossings of links drawn straight from centre to centre. */
  crossings: number;
  themes: number;
  /** Themes whose nodes form one region (their hull) that no other node's box enters. */
  contiguousThemes: number;
  /** The smallest node label, in screen pixels, with the whole map fitted to the screen. */
  smallestLabelPx: number;
  /** Time to route every link, in milliseconds (measured here, so not for tests). */
  routingMs: number;
}

/** The drawn boxes of every node, as the exports draw them. */
export function nodeBoxes(doc: MapDocument): Map<Id, Box> {
  const out = new Map<Id, Box>();
  for (const n of Object.values(doc.nodes)) out.set(n.id, layoutNode(n, doc.meta.focalNodeId === n.id, undefined).box);
  return out;
}

export function routesFor(doc: MapDocument, boxes = nodeBoxes(doc)): Map<Id, Route> {
  return routeAll(boxes, Object.values(doc.links));
}

/** Links drawn (along their routes) through a box that is neither of their ends. */
export function linksThroughBoxes(doc: MapDocument, boxes: ReadonlyMap<Id, Box>, routes: ReadonlyMap<Id, Route> | null): Id[] {
  const router = new Router([...boxes].map(([id, box]) => ({ id, box })));
  const out: Id[] = [];
  for (const l of Object.values(doc.links)) {
    const a = boxes.get(l.source);
    const b = boxes.get(l.target);
    if (!a || !b || l.source === l.target) continue;
    const shape = linkShape(a, b, routes?.get(l.id));
    if (passesThrough(shape.samples, router, l.source, l.target)) out.push(l.id);
  }
  return out;
}

function passesThrough(samples: readonly Point[], router: Router, source: Id, target: Id): boolean {
  const items = router.index.items;
  for (let k = 1; k < samples.length; k++) {
    const p = samples[k - 1]!;
    const q = samples[k]!;
    const area = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) };
    // A line that only grazes a border (within a pixel) is not through the box.
    for (const i of router.index.query(area)) if (items[i]!.id !== source && items[i]!.id !== target && segmentHitsBox(p, q, items[i]!.box, -1)) return true;
  }
  return false;
}

/** Overlapping pairs of the drawn boxes (boxes of different heights, unlike countOverlaps). */
export function boxOverlaps(boxes: ReadonlyMap<Id, Box>): number {
  const list = [...boxes.values()].sort((a, b) => a.x - b.x);
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) count++;
    }
  }
  return count;
}

/**
 * For each theme with members, whether its region (the hull of its boxes)
 * is entered by the box of a node outside the theme.
 */
export function themeContiguity(doc: MapDocument, boxes: ReadonlyMap<Id, Box>): { themeId: Id; name: string; intruders: number }[] {
  const members = new Map<Id, Box[]>();
  for (const n of Object.values(doc.nodes)) if (n.clusterId && doc.clusters[n.clusterId]) members.set(n.clusterId, [...(members.get(n.clusterId) ?? []), boxes.get(n.id)!]);
  const out: { themeId: Id; name: string; intruders: number }[] = [];
  for (const [themeId, own] of members) {
    const hull = convexHull(own.flatMap(corners));
    let intruders = 0;
    for (const n of Object.values(doc.nodes)) {
      if (n.clusterId === themeId) continue;
      const box = boxes.get(n.id)!;
      if (polygonMeetsBox(hull, box)) intruders++;
    }
    out.push({ themeId, name: doc.clusters[themeId]!.name, intruders });
  }
  return out;
}

const corners = (b: Box): Point[] => [
  { x: b.x, y: b.y },
  { x: b.x + b.width, y: b.y },
  { x: b.x, y: b.y + b.height },
  { x: b.x + b.width, y: b.y + b.height },
];

/** React Flow's fit: 10% padding, at most 1.2×. */
export function smallestLabelAtFit(doc: MapDocument, boxes: ReadonlyMap<Id, Box>, screen = { width: 1440, height: 900 }): number {
  if (!boxes.size) return 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes.values()) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  const zoom = Math.min(1.2, (screen.width / (x1 - x0)) / 1.2, (screen.height / (y1 - y0)) / 1.2);
  // Node labels are 14 px (16 px for the focal outcome).
  return 14 * zoom;
}

export function readability(doc: MapDocument, now: () => number = () => 0): Readability {
  const boxes = nodeBoxes(doc);
  const t0 = now();
  const routes = routesFor(doc, boxes);
  const routingMs = now() - t0;
  const themes = themeContiguity(doc, boxes);
  return {
    nodes: Object.keys(doc.nodes).length,
    links: Object.keys(doc.links).length,
    linksThroughBoxes: linksThroughBoxes(doc, boxes, routes).length,
    overlaps: boxOverlaps(boxes),
    crossings: countCrossings(documentPositions(doc), Object.values(doc.links)),
    themes: themes.length,
    contiguousThemes: themes.filter((t) => t.intruders === 0).length,
    smallestLabelPx: Math.round(smallestLabelAtFit(doc, boxes) * 10) / 10,
    routingMs: Math.round(routingMs * 10) / 10,
  };
}
