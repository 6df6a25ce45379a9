/**
 * The routes the canvas draws links along. The whole map is routed in a
 * worker after every settled change; a link whose end has moved since (a
 * node being dragged) is routed here, at once, against the other boxes as
 * they were, so during a drag only the dragged node's links re-route.
 */
import type { Box } from '../../draw/geometry.ts';
import { Router } from '../../draw/routing/route.ts';
import { lanes, type RoutedLink } from '../../draw/routing/routeMap.ts';
import { PLAIN_ROUTE, type Route } from '../../draw/routing/shape.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';
import { unpackRoute, type PackedRoutes } from './packedRoutes.ts';

interface Routed {
  route: Route;
  source: Box;
  target: Box;
}

/** A route from the worker: read from the packed block the first time the link is drawn. */
interface FromWorker {
  index: number;
  source: Box;
  target: Box;
  route?: Route;
}

const same = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export interface RouteWorker {
  onmessage: ((event: MessageEvent<RouteReply>) => void) | null;
  postMessage(message: RouteRequest): void;
  terminate(): void;
}

export class LinkRoutes {
  private routes = new Map<string, FromWorker>();
  private packed: PackedRoutes | null = null;
  private boxes = new Map<string, Box>();
  private router: Router | null = null;
  private lane = new Map<string, number>();
  private local = new Map<string, Routed>();
  private seq = 0;
  private listeners = new Set<() => void>();
  private worker: RouteWorker | null = null;
  /** Bumped whenever new routes arrive, for useSyncExternalStore. */
  version = 0;
  lastMs = 0;

  constructor(private readonly createWorker: () => RouteWorker) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  /** New boxes and links (nothing being dragged): keep them for local routing and route them all in the worker. */
  update(boxes: Map<string, Box>, links: RoutedLink[]): void {
    this.boxes = boxes;
    this.router = null;
    this.lane = lanes(links);
    this.local.clear();
    this.worker ??= this.createWorker();
    const seq = ++this.seq;
    this.worker.onmessage = ({ data }) => {
      if (data.seq !== this.seq) return;
      const next = new Map<string, FromWorker>();
      const byId = new Map(links.map((l) => [l.id, l]));
      data.routes.ids.forEach((id, index) => {
        const l = byId.get(id);
        const source = l && boxes.get(l.source);
        const target = l && boxes.get(l.target);
        if (source && target) next.set(id, { index, source, target });
      });
      this.routes = next;
      this.packed = data.routes;
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
    if (r && this.packed && same(r.source, source) && same(r.target, target)) return (r.route ??= unpackRoute(this.packed, r.index));
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
  }
}
