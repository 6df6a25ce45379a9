/**
 * Routes for every link of a map at once: the boxes become obstacles, and
 * links between the same two nodes get lanes so they never draw on top of
 * each other. The canvas runs this in a worker; exports call it directly.
 */
import type { Box } from '../geometry.ts';
import { Router } from './route.ts';
import type { Route } from './shape.ts';

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
  const router = new Router([...boxes].map(([id, box]) => ({ id, box })));
  const lane = lanes(links);
  const out = new Map<string, Route>();
  const { deadline, now } = options;
  let k = 0;
  for (const l of links) {
    const a = boxes.get(l.source);
    const b = boxes.get(l.target);
    if (!a || !b || l.source === l.target) continue;
    if (deadline !== undefined && now && ++k % 32 === 0 && now() > deadline) break;
    out.set(l.id, router.route(l.source, a, l.target, b, lane.get(l.id) ?? 0));
  }
  return out;
}
