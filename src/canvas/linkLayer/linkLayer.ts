/**
 * Links of a big map, drawn on a canvas instead of as SVG. Hundreds of long
 * SVG paths crossing the screen made every pan frame take hundreds of
 * milliseconds to repaint; a canvas redraws them in a few. The shapes are the
 * ones the PDF and SVG exports draw (linkItems), so a link looks the same
 * everywhere. Pure: the boxes come from the caller (React Flow's current node
 * positions, so links follow a node while it is dragged) and each link's
 * shapes are kept until its link or either end's box changes.
 */
import { sameBox, type Box, type Point } from '../../draw/geometry.ts';
import { linkItems, type AgreementTag } from '../../draw/links.ts';
import { inflate, intersects, itemShows, type Item } from '../../draw/prims.ts';
import type { Id, Link } from '../../model/types.ts';
import type { Route } from '../../draw/routing/shape.ts';

/** The route a link is drawn along, given its ends' boxes now (the canvas's LinkRoutes). */
export type RouteOf = (link: Link, source: Box, target: Box) => Route | undefined;

export interface DrawnLink {
  id: Id;
  line: Item;
  label: Item | null;
  selected: boolean;
}

interface Cached extends DrawnLink {
  link: Link;
  dimmed: boolean;
  agreement: AgreementTag | null;
  comments: number;
  source: Box;
  target: Box;
  route: Route | undefined;
  /** The last call of visible() that saw this link. */
  generation: number;
}

/**
 * A box sure to hold the link and its label, from its ends alone: the curve
 * bends by an eighth of its length at most, and the label sits above the middle.
 */
function roughBox(a: Box, b: Box): Box {
  const x0 = Math.min(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const x1 = Math.max(a.x + a.width, b.x + b.width);
  const y1 = Math.max(a.y + a.height, b.y + b.height);
  const reach = 0.15 * Math.hypot(x1 - x0, y1 - y0) + 40;
  return { x: x0 - reach, y: y0 - reach, width: x1 - x0 + 2 * reach, height: y1 - y0 + 2 * reach };
}


export class LinkLayer {
  private cache = new Map<Id, Cached>();
  private generation = 0;

  /**
   * The links to draw in `view` (map coordinates), building shapes only for
   * links that changed since the last call. Links with an end not in `boxOf`
   * are left out. `boxOf` may return the same object for an unchanged node,
   * which makes the check for a change cheaper. Runs on every frame of a
   * zoom, so it allocates nothing for links that did not change.
   */
  visible(
    links: readonly Link[],
    boxOf: (id: Id) => Box | null,
    view: Box,
    look: { selected: ReadonlySet<Id>; dimmed: ReadonlySet<Id>; agreement?: ReadonlyMap<Id, AgreementTag>; comments?: ReadonlyMap<Id, number> },
    routeOf?: RouteOf,
  ): DrawnLink[] {
    const out: DrawnLink[] = [];
    this.generation++;
    for (const link of links) {
      const source = boxOf(link.source);
      const target = boxOf(link.target);
      if (!source || !target) continue;
      const dimmed = look.dimmed.has(link.id);
      const agreement = look.agreement?.get(link.id) ?? null;
      const comments = look.comments?.get(link.id) ?? 0;
      let c = this.cache.get(link.id);
      let stale =
        !c ||
        c.link !== link ||
        c.dimmed !== dimmed ||
        c.agreement?.verdict !== agreement?.verdict ||
        c.agreement?.count !== agreement?.count ||
        c.comments !== comments ||
        !sameBox(c.source, source) ||
        !sameBox(c.target, target);
      // Shapes are built only for links near the view: zooming in on a big map must not build thousands.
      if (stale && !intersects(roughBox(source, target), view)) continue;
      const route = routeOf?.(link, source, target);
      stale ||= c?.route !== route;
      if (!c || stale) {
        const { line, label } = linkItems(link, source, target, dimmed, route, agreement, comments);
        c = { id: link.id, link, dimmed, agreement, comments, source, target, route, line, label, selected: false, generation: 0 };
        this.cache.set(link.id, c);
      }
      c.source = source;
      c.target = target;
      c.generation = this.generation;
      c.selected = look.selected.has(link.id);
      if (itemShows(c.line, view) || (c.label && itemShows(c.label, view))) out.push(c);
    }
    // Forget deleted links.
    for (const [id, c] of this.cache) if (c.generation !== this.generation) this.cache.delete(id);
    return out;
  }
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The drawn link nearest the point, if any is within `tolerance` (map units); the last drawn wins a tie. */
export function linkAt(drawn: readonly DrawnLink[], p: Point, tolerance: number): Id | null {
  let best: Id | null = null;
  let bestDistance = tolerance;
  for (const d of drawn) {
    const trace = d.line.trace;
    if (!trace || !itemShows(d.line, inflate({ x: p.x, y: p.y, width: 0, height: 0 }, tolerance), 0)) continue;
    for (let i = 1; i < trace.length; i++) {
      const dist = distanceToSegment(p, trace[i - 1]!, trace[i]!);
      if (dist <= bestDistance) {
        bestDistance = dist;
        best = d.id;
      }
    }
  }
  return best;
}
