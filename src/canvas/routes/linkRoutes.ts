/**
 * The routes the canvas draws links along. The whole map is routed in a
 * worker after every settled change; a link whose end has moved since (a
 * node being dragged) is routed here, at once, against the other boxes as
 * they were, so during a drag only the dragged node's links re-route.
 *
 * A route is only ever drawn for the end boxes it was made for; any other
 * link is drawn as the plain curve until the worker answers. While a layout
 * glides (glide.ts) the nodes on screen are not where React Flow has them,
 * so the routes are held: no request is sent and no answer is published,
 * because publishing re-renders links from React Flow's (old) places and
 * would draw them away from the gliding nodes. Release routes again.
 *
 * An answer is published a few dozen links per frame, and only the links
 * whose route changed are told (routeSnapshot), so the re-route after a
 * layout never re-renders the whole map in one frame. Answers come as one
 * packed block of numbers (packedRoutes.ts), compared in place, and a route
 * is unpacked only when its link is drawn.
 */
import { sameBox, type Box } from '../../draw/geometry.ts';
import { Router } from '../../draw/routing/route.ts';
import { lanes, type RoutedLink } from '../../draw/routing/routeMap.ts';
import { PLAIN_ROUTE, type Route } from '../../draw/routing/shape.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';
import { packRoutes, samePackedRoute, unpackRoute, type PackedRoutes } from './packedRoutes.ts';

/** A route the worker made for these end boxes, read from its packed block the first time the link is drawn. */
interface Routed {
  packed: PackedRoutes;
  index: number;
  source: Box;
  target: Box;
  route?: Route;
}

/** A route made here, for a link being dragged. */
interface Local {
  route: Route;
  source: Box;
  target: Box;
}

const PLAIN_PACKED = packRoutes([['', PLAIN_ROUTE]]);
/** The plain curve needs no boxes of its own: it is drawn between whatever boxes the ends have now. */
const isPlain = (r: Routed) => samePackedRoute(r.packed, r.index, PLAIN_PACKED, 0);
const sameRoute = (a: Routed, b: Routed) => samePackedRoute(a.packed, a.index, b.packed, b.index);

export interface RouteWorker {
  onmessage: ((event: MessageEvent<RouteReply>) => void) | null;
  postMessage(message: RouteRequest): void;
  terminate(): void;
}

/** Links given their new route in one frame; each one re-renders. */
const LINKS_PER_FRAME = 40;
/**
 * An answer is spread over at most this many frames, so a big map (whose
 * links are one canvas, redrawn when the answer is complete) gets its routes
 * within a few frames too.
 */
const MAX_FRAMES = 8;

type Request = { seq: number; boxes: Map<string, Box>; links: RoutedLink[] };

type Later = (run: () => void) => () => void;
const nextFrame: Later =
  typeof requestAnimationFrame === 'function'
    ? (run) => {
        const id = requestAnimationFrame(run);
        return () => cancelAnimationFrame(id);
      }
    : (run) => {
        const id = setTimeout(run, 16);
        return () => clearTimeout(id);
      };

export class LinkRoutes {
  private routes = new Map<string, Routed>();
  private boxes = new Map<string, Box>();
  private router: Router | null = null;
  private lane = new Map<string, number>();
  private local = new Map<string, Local>();
  private seq = 0;
  /** The request the worker is routing, and the latest one waiting for it. */
  private sent: Request | null = null;
  private waiting: Request | null = null;
  /** Answers to requests made before the last hold are for boxes that have moved since. */
  private heldAt = 0;
  private listeners = new Set<() => void>();
  private worker: RouteWorker | null = null;
  private held = false;
  private releaseListeners = new Set<() => void>();
  private stopPublishing: (() => void) | null = null;
  /** Bumped once an answer is fully published, for whoever redraws every link at once (the big-map link canvas). */
  version = 0;
  lastMs = 0;

  constructor(
    private readonly createWorker: () => RouteWorker,
    private readonly later: Later = nextFrame,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  /** What a link's drawing depends on, for useSyncExternalStore: the same value until its route changes. */
  routeSnapshot = (id: string): Routed | Route | undefined => {
    const r = this.routes.get(id);
    return r && isPlain(r) ? PLAIN_ROUTE : r;
  };

  /** Nodes are about to move outside React's knowledge (a layout's glide): publish nothing until release. */
  hold(): void {
    this.held = true;
    // An answer on its way, or half published, is for boxes that are about to move.
    this.heldAt = this.seq;
    this.waiting = null;
    this.stopPublishing?.();
    this.stopPublishing = null;
    for (const f of this.listeners) f();
  }

  /** The nodes are settled again: tell whoever routes (LinkRoutesProvider) to route the map as it now is. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    for (const f of this.listeners) f();
    for (const f of this.releaseListeners) f();
  }

  get isHeld(): boolean {
    return this.held;
  }

  onRelease(listener: () => void): () => void {
    this.releaseListeners.add(listener);
    return () => this.releaseListeners.delete(listener);
  }

  /**
   * New boxes and links (nothing being dragged): keep them for local routing and route them in the worker.
   * Ignored while held. One request at a time: in a busy room the changes come faster than a big map routes,
   * and the worker would fall ever further behind on requests nobody waits for; the latest waits its turn.
   */
  update(boxes: Map<string, Box>, links: RoutedLink[]): void {
    if (this.held) return;
    this.boxes = boxes;
    this.router = null;
    this.lane = lanes(links);
    this.local.clear();
    const request = { seq: ++this.seq, boxes, links };
    if (this.sent) this.waiting = request;
    else this.send(request);
  }

  private send(request: Request): void {
    if (!this.worker) {
      this.worker = this.createWorker();
      this.worker.onmessage = ({ data }) => this.answered(data);
    }
    this.sent = request;
    this.worker.postMessage({ seq: request.seq, boxes: [...request.boxes].map(([id, b]) => [id, b.x, b.y, b.width, b.height]), links: request.links });
  }

  /**
   * An answer is published even when a newer request waits: a link is drawn on its route only while its
   * ends' boxes are the ones it was routed for (routeOf), and in a busy room every answer might otherwise
   * be out of date by the time it came.
   */
  private answered(data: RouteReply): void {
    const sent = this.sent;
    this.sent = null;
    if (this.waiting) {
      this.send(this.waiting);
      this.waiting = null;
    }
    if (!sent || data.seq !== sent.seq || data.seq <= this.heldAt || this.held || data.failed) return;
    this.lastMs = data.ms;
    this.publish(this.changes(data.routes, sent.links, sent.boxes));
  }

  /** The links whose drawing the answer changes: a new route, a route gone, or the same route for other boxes. */
  private changes(answer: PackedRoutes, links: RoutedLink[], boxes: Map<string, Box>): [string, Routed | null][] {
    const byId = new Map(links.map((l) => [l.id, l]));
    const out: [string, Routed | null][] = [];
    const answered = new Set<string>();
    answer.ids.forEach((id, index) => {
      const l = byId.get(id);
      const source = l && boxes.get(l.source);
      const target = l && boxes.get(l.target);
      if (!source || !target) return;
      answered.add(id);
      const next: Routed = { packed: answer, index, source, target };
      const old = this.routes.get(id);
      if (old && sameRoute(old, next) && (isPlain(next) || (sameBox(old.source, source) && sameBox(old.target, target)))) return;
      out.push([id, next]);
    });
    for (const id of this.routes.keys()) if (!answered.has(id)) out.push([id, null]);
    return out;
  }

  private publish(changes: [string, Routed | null][]): void {
    this.stopPublishing?.();
    this.stopPublishing = null;
    let done = 0;
    const per = Math.max(LINKS_PER_FRAME, Math.ceil(changes.length / MAX_FRAMES));
    const step = () => {
      for (const [id, r] of changes.slice(done, done + per)) {
        if (r) this.routes.set(id, r);
        else this.routes.delete(id);
      }
      done += per;
      if (done >= changes.length) {
        this.stopPublishing = null;
        this.version++;
      } else this.stopPublishing = this.later(step);
      for (const f of this.listeners) f();
    };
    step();
  }

  /**
   * The route of a link whose ends now have these boxes. A link with an end
   * being dragged is routed here; any other waits for the worker (a moment)
   * on its plain curve, so a layout's many changes never route on the page.
   */
  routeOf(id: string, sourceId: string, source: Box, targetId: string, target: Box, moving = false): Route {
    const r = this.routes.get(id);
    if (r && sameBox(r.source, source) && sameBox(r.target, target)) return (r.route ??= unpackRoute(r.packed, r.index));
    const l = this.local.get(id);
    if (l && sameBox(l.source, source) && sameBox(l.target, target)) return l.route;
    if (!moving || !this.boxes.size) return PLAIN_ROUTE;
    this.router ??= new Router([...this.boxes].map(([bid, box]) => ({ id: bid, box })));
    const route = this.router.route(sourceId, source, targetId, target, this.lane.get(id) ?? 0);
    this.local.set(id, { route, source, target });
    return route;
  }

  dispose(): void {
    this.stopPublishing?.();
    this.stopPublishing = null;
    this.worker?.terminate();
    this.worker = null;
    this.sent = this.waiting = null;
    this.listeners.clear();
    this.releaseListeners.clear();
  }
}
