/**
 * Routes the map's links off the main thread, so a big map's routing (up to
 * a second) never freezes panning or a drag. The page sends the node boxes
 * and links after every settled change, one request at a time (linkRoutes.ts).
 * The routes are kept between requests: a change to a few boxes (someone in
 * the room moving a node) routes only the links it can affect (routeMap.ts).
 */
import { MapRoutes } from '../../draw/routing/routeMap.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';
import { packRoutes } from './packedRoutes.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RouteRequest>) => void) | null;
  postMessage(message: RouteReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
/** A huge map stops routing after this long; the rest keep plain curves. */
const BUDGET_MS = 900;

const kept = new MapRoutes();

scope.onmessage = ({ data }) => {
  const t0 = performance.now();
  const boxes = new Map(data.boxes.map(([id, x, y, width, height]) => [id, { x, y, width, height }]));
  try {
    const { routes } = kept.update(boxes, data.links, { deadline: t0 + BUDGET_MS, now: () => performance.now() });
    const packed = packRoutes(routes);
    scope.postMessage({ seq: data.seq, routes: packed, ms: performance.now() - t0 }, [packed.starts.buffer, packed.numbers.buffer]);
  } catch (err) {
    // Always answer: the page sends its next request only once this one is answered. The links keep what they have.
    const none = packRoutes([]);
    scope.postMessage({ seq: data.seq, routes: none, ms: performance.now() - t0, failed: String(err) }, [none.starts.buffer, none.numbers.buffer]);
  }
};
