/**
 * Routes as one block of numbers, so the worker's answer for thousands of
 * links is handed over without copying (a transferred buffer) and the page
 * reads only the routes of the links it draws. As structured-cloned objects,
 * 15,000 routes took the page the better part of a second to receive.
 *
 * Per route: bend, round, markAt, waypoint count, then x, y of each waypoint.
 */
import type { Route } from '../../draw/routing/shape.ts';

export interface PackedRoutes {
  ids: string[];
  /** Where each route starts in `numbers`, in the order of `ids`. */
  starts: Uint32Array;
  numbers: Float64Array;
}

export function packRoutes(routes: Iterable<[string, Route]>): PackedRoutes {
  const ids: string[] = [];
  const list: Route[] = [];
  let size = 0;
  for (const [id, route] of routes) {
    ids.push(id);
    list.push(route);
    size += 4 + route.waypoints.length * 2;
  }
  const starts = new Uint32Array(ids.length);
  const numbers = new Float64Array(size);
  let at = 0;
  list.forEach((r, i) => {
    starts[i] = at;
    numbers[at++] = r.bend;
    numbers[at++] = r.round;
    numbers[at++] = r.markAt;
    numbers[at++] = r.waypoints.length;
    for (const p of r.waypoints) {
      numbers[at++] = p.x;
      numbers[at++] = p.y;
    }
  });
  return { ids, starts, numbers };
}

export function unpackRoute(packed: PackedRoutes, index: number): Route {
  const { numbers } = packed;
  let at = packed.starts[index]!;
  const bend = numbers[at++]!;
  const round = numbers[at++]!;
  const markAt = numbers[at++]!;
  const count = numbers[at++]!;
  const waypoints = [];
  for (let i = 0; i < count; i++, at += 2) waypoints.push({ x: numbers[at]!, y: numbers[at + 1]! });
  return { bend, round, markAt, waypoints };
}

/** Whether route `i` of `a` and route `j` of `b` are the same, compared in place (no objects made). */
export function samePackedRoute(a: PackedRoutes, i: number, b: PackedRoutes, j: number): boolean {
  const x = a.numbers;
  const y = b.numbers;
  const at = a.starts[i]!;
  const bt = b.starts[j]!;
  const length = 4 + x[at + 3]! * 2;
  if (y[bt + 3] !== x[at + 3]) return false;
  for (let k = 0; k < length; k++) if (x[at + k] !== y[bt + k]) return false;
  return true;
}
