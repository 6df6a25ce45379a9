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
 * because publishing re-renders every link from React Flow's (old) places
 * and would draw links away from the gliding nodes. Release routes again.
 */
import type { Box } from '../../draw/geometry.ts';
import { Router } from '../../draw/routing/route.ts';
import { lanes, type RoutedLink } from '../../draw/routing/routeMap.ts';
import { PLAIN_ROUTE, type Route } from '../../draw/routing/shape.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';

interface Routed {
  route: Route;
  source: Box;
  target: Box;
}

const same = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export interface RouteWorker {
  onmessage: ((event: MessageEvent<RouteReply>) => void) | null;
  postMessage(message: RouteRequest): void;
  terminate(): void;
}

export class LinkRoutes {
  private routes = new Map<string, Routed>();
  private boxes = new Map<string, Box>();
  private router: Router | null = null;
  private lane = new Map<string, number>();
  private local = new Map<string, Routed>();
  private seq = 0;
  private listeners = new Set<() => void>();
  private worker: RouteWorker | null = null;
  private held = false;
  private releaseListeners = new Set<() => void>();
  /** Bumped whenever new routes arrive, for useSyncExternalStore. */
  version = 0;
  lastMs = 0;

  constructor(private readonly createWorker: () => RouteWorker) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  /** Nodes are about to move outside React's knowledge (a layout's glide): publish nothing until release. */
  hold(): void {
    this.held = true;
    // An answer on its way is for boxes that are about to move.
    this.seq++;
  }

  /** The nodes are settled again: tell whoever routes (LinkRoutesProvider) to route the map as it now is. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    for (const f of this.releaseListeners) f();
  }

  get isHeld(): boolean {
    return this.held;
  }

  onRelease(listener: () => void): () => void {
    this.releaseListeners.add(listener);
    return () => this.releaseListeners.delete(listener);
  }

  /** New boxes and links (nothing being dragged): keep them for local routing and route them all in the worker. Ignored while held. */
  update(boxes: Map<string, Box>, links: RoutedLink[]): void {
    if (this.held) return;
    this.boxes = boxes;
    this.router = null;
    this.lane = lanes(links);
    this.local.clear();
    this.worker ??= this.createWorker();
    const seq = ++this.seq;
    this.worker.onmessage = ({ data }) => {
      if (data.seq !== this.seq || this.held) return;
      const next = new Map<string, Routed>();
      const byId = new Map(links.map((l) => [l.id, l]));
      for (const [id, route] of data.routes) {
        const l = byId.get(id);
        const source = l && boxes.get(l.source);
        const target = l && boxes.get(l.target);
        if (source && target) next.set(id, { route, source, target });
      }
      this.routes = next;
      this.lastMs = data.ms;
      this.version++;
      for (const f of this.listeners) f();
    };
    this.worker.postMessage({ seq, boxes: [...boxes].map(([id, b]) => [id, b.x, b.y, b.width, b.height]), links });
  }

  /**
   * The route of a link whose ends now have these boxes. A link with an end
   * being dragged is routed here; any other waits for the worker (a moment)
   * on its plain curve, so a layout's many changes never route on the page.
   */
  routeOf(id: string, sourceId: string, source: Box, targetId: string, target: Box, moving = false): Route {
    const r = this.routes.get(id);
    if (r && same(r.source, source) && same(r.target, target)) return r.route;
    const l = this.local.get(id);
    if (l && same(l.source, source) && same(l.target, target)) return l.route;
    if (!moving || !this.boxes.size) return PLAIN_ROUTE;
    this.router ??= new Router([...this.boxes].map(([bid, box]) => ({ id: bid, box })));
    const route = this.router.route(sourceId, source, targetId, target, this.lane.get(id) ?? 0);
    this.local.set(id, { route, source, target });
    return route;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.listeners.clear();
    this.releaseListeners.clear();
  }
}
