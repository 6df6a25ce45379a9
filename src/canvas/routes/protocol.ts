/** Messages to and from the routing worker; all survive structured cloning. */
import type { PackedRoutes } from './packedRoutes.ts';
import type { RoutedLink } from '../../draw/routing/routeMap.ts';

export interface RouteRequest {
  seq: number;
  /** id, x, y, width, height of every node box. */
  boxes: [string, number, number, number, number][];
  links: RoutedLink[];
}

export interface RouteReply {
  seq: number;
  /** Sent as transferred buffers (packedRoutes.ts). */
  routes: PackedRoutes;
  ms: number;
  /** Set when routing threw: the answer holds no routes and changes nothing. */
  failed?: string;
}
