import { describe, expect, it } from 'vitest';
import type { Route } from '../../draw/routing/shape.ts';
import { packRoutes, unpackRoute } from './packedRoutes.ts';

describe('routes packed into one block of numbers', () => {
  it('reads back every route as it was, plain curves and detours alike', () => {
    const routes: [string, Route][] = [
      ['l1', { bend: 0.1, round: 0.5, markAt: 0.5, waypoints: [] }],
      ['l2', { bend: 0, round: 0.25, markAt: 0.62, waypoints: [{ x: -1e6, y: 3.5 }, { x: 12, y: 1e6 }] }],
      ['l3', { bend: -0.2, round: 0, markAt: 0.3, waypoints: [{ x: 1, y: 2 }] }],
    ];
    const packed = packRoutes(routes);
    expect(packed.ids).toEqual(['l1', 'l2', 'l3']);
    expect(routes.map((_, i) => unpackRoute(packed, i))).toEqual(routes.map(([, r]) => r));
  });
});
