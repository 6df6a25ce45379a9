/**
 * Routes for every link of a map at once: the boxes become obstacles, and
 * links between the same two nodes get lanes so they never draw on top of
 * each other. The canvas runs this in a worker; exports call it directly.
 */
import { grow, overlaps, sameBox, type Box, type Point } from '../geometry.ts';
import { boundsOf, segmentHitsBox } from './obstacles.ts';
import { Router } from './route.ts';
import { linkShape, type Route } from './shape.ts';

export interface RoutedLink {
  id: string;
  source: string;
  target: string;
}

/** Lane of each link among links joining the same two nodes in the same direction (0 for the first). */
export function lanes(links: readonly RoutedLink[]): Map<string, number> {
  const count = new Map<string, number>();
  const out = new Map<string, number>();
  for (const l of links) {
    const key = `${l.source}\n${l.target}`;
    const k = count.get(key) ?? 0;
    count.set(key, k + 1);
    out.set(l.id, k);
  }
  return out;
}

export interface RouteAllOptions {
  /** Stop routing at this time (by `now`) and leave the remaining links on their plain curves: a huge map stays responsive. */
  deadline?: number;
  now?: () => number;
}

export function routeAll(boxes: ReadonlyMap<string, Box>, links: readonly RoutedLink[], options: RouteAllOptions = {}): Map<string, Route> {
  return new MapRoutes().update(boxes, links, options).routes;
}

/**
 * How near a changed box must come to a drawn line's bounds to route the link
 * again: the router's corner distance (11) and clearance (4), and the radius
 * of the polarity mark on the line (9).
 */
const NEAR = 24;
/** More changed boxes than this share of the map (a layout, a big paste) route every link again. */
const MANY_CHANGED = 0.2;
/** But a small map's few changes are never "many". */
const FEW = 8;

interface Kept {
  source: string;
  target: string;
  lane: number;
  /** Undefined for a link a huge map's time budget left on its plain curve, unrouted. */
  route?: Route;
  /** The drawn line as points, and their bounds grown by NEAR (a quick first test). */
  line?: readonly Point[];
  near?: Box;
}

/** Whether a changed box comes near enough a kept link's drawn line to route it again. */
function nearLine(k: Kept, box: Box): boolean {
  if (!k.near || !k.line || !overlaps(box, k.near)) return false;
  for (let i = 1; i < k.line.length; i++) if (segmentHitsBox(k.line[i - 1]!, k.line[i]!, box, NEAR)) return true;
  return false;
}

export interface RoutesUpdate {
  /** Every routed link's route, in the order of the links. */
  routes: Map<string, Route>;
  /** How many links were routed for this change (all of them when the whole map was). */
  routed: number;
  whole: boolean;
}

/**
 * A map's routes kept from one change to the next, so that a change to a few
 * boxes re-routes only the links it can affect. In a live room forty people
 * move and rename nodes a few dozen times a second; routing every link of the
 * map again for each of those kept the routing worker busy without pause on
 * the machines workshops use, and the page (sharing those cores) dropped
 * frames while it was panned.
 *
 * A link is routed again when one of its ends, its lane or its ends' boxes
 * changed, or when a box that changed (where it was, or where it is now)
 * comes near the line it is drawn on: a box moving into its way, or out of
 * the way it went round. Any other link keeps its route, which stays clear of
 * every box since nothing near it moved. That route may differ from the one
 * routing the whole map afresh would choose (a shorter way round can open up
 * where a box left the route's surroundings without touching them), so a
 * change of many boxes at once (a layout, an opened map) routes every link.
 */
export class MapRoutes {
  private boxes = new Map<string, Box>();
  private kept = new Map<string, Kept>();

  update(boxes: ReadonlyMap<string, Box>, links: readonly RoutedLink[], options: RouteAllOptions = {}): RoutesUpdate {
    const changed = this.changedBoxes(boxes);
    const whole = this.kept.size === 0 || changed.length > Math.max(FEW, boxes.size * MANY_CHANGED);
    const moved = new Set<string>();
    const places: Box[] = [];
    for (const id of changed) {
      moved.add(id);
      const was = this.boxes.get(id);
      const now = boxes.get(id);
      if (was) places.push(was);
      if (now) places.push(now);
    }
    const lane = lanes(links);
    let router: Router | null = null;
    const { deadline, now } = options;
    const next = new Map<string, Kept>();
    const routes = new Map<string, Route>();
    let routed = 0;
    let outOfTime = false;
    for (const l of links) {
      const a = boxes.get(l.source);
      const b = boxes.get(l.target);
      if (!a || !b || l.source === l.target) continue;
      const k = lane.get(l.id) ?? 0;
      const old = this.kept.get(l.id);
      const stays =
        !whole && old !== undefined && old.source === l.source && old.target === l.target && old.lane === k && !moved.has(l.source) && !moved.has(l.target) && !places.some((p) => nearLine(old, p));
      if (stays) {
        next.set(l.id, old);
        if (old.route) routes.set(l.id, old.route);
        continue;
      }
      if (!outOfTime && deadline !== undefined && now && routed > 0 && routed % 32 === 0 && now() > deadline) outOfTime = true;
      if (outOfTime) {
        next.set(l.id, { source: l.source, target: l.target, lane: k });
        continue;
      }
      routed++;
      router ??= new Router([...boxes].map(([id, box]) => ({ id, box })));
      const route = router.route(l.source, a, l.target, b, k);
      const line = linkShape(a, b, route).samples;
      next.set(l.id, { source: l.source, target: l.target, lane: k, route, line, near: grow(boundsOf(line), NEAR) });
      routes.set(l.id, route);
    }
    this.boxes = new Map(boxes);
    this.kept = next;
    return { routes, routed, whole };
  }

  private changedBoxes(boxes: ReadonlyMap<string, Box>): string[] {
    const out: string[] = [];
    for (const [id, box] of boxes) {
      const was = this.boxes.get(id);
      if (!was || !sameBox(was, box)) out.push(id);
    }
    for (const id of this.boxes.keys()) if (!boxes.has(id)) out.push(id);
    return out;
  }
}
