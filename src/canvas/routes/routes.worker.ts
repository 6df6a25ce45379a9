/**
 * Routes every link of the map off the main thread, so a big map's routing
 * (up to a second) never freezes panning or a drag. The page sends the node
 * boxes and links after every settled change; only the latest answer is used.
 */
import { routeAll } from '../../draw/routing/routeMap.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';
import { packRoutes } from './packedRoutes.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RouteRequest>) => void) | null;
  postMessage(message: RouteReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
/** A huge map stops routing after this long; the rest keep plain curves. */
const BUDGET_MS = 900;

scope.onmessage = ({ data }) => {
  const t0 = performance.now();
  const boxes = new Map(data.boxes.map(([id, x, y, width, height]) => [id, { x, y, width, height }]));
  const routes = routeAll(boxes, data.links, { deadline: t0 + BUDGET_MS, now: () => performance.now() });
  const packed = packRoutes(routes);
  scope.postMessage({ seq: data.seq, routes: packed, ms: performance.now() - t0 }, [packed.starts.buffer, packed.numbers.buffer]);
};
