import { describe, expect, it } from 'vitest';
import type { Box } from '../../draw/geometry.ts';
import { PLAIN_ROUTE, type Route } from '../../draw/routing/shape.ts';
import { LinkRoutes, type RouteWorker } from './linkRoutes.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';

/** A worker that answers only when told, with a detour through one made-up point. */
class FakeWorker implements RouteWorker {
  onmessage: ((event: MessageEvent<RouteReply>) => void) | null = null;
  sent: RouteRequest[] = [];
  postMessage(message: RouteRequest) {
    this.sent.push(message);
  }
  terminate() {}
  answer(request = this.sent[this.sent.length - 1]!) {
    const route: Route = { ...PLAIN_ROUTE, waypoints: [{ x: 500, y: 500 }] };
    this.onmessage?.({ data: { seq: request.seq, routes: request.links.map((l) => [l.id, route]), ms: 1 } } as MessageEvent<RouteReply>);
  }
}

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 56 });
const links = [{ id: 'l', source: 'a', target: 'b' }];

function setUp() {
  const worker = new FakeWorker();
  const routes = new LinkRoutes(() => worker);
  let published = 0;
  routes.subscribe(() => published++);
  return { worker, routes, published: () => published };
}

describe('LinkRoutes', () => {
  it('draws a route only for the end boxes it was made for, and the plain curve otherwise', () => {
    const { worker, routes } = setUp();
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), links);
    worker.answer();
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(400, 0)).waypoints).toHaveLength(1);
    // One end has moved since: not that route.
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(600, 90))).toBe(PLAIN_ROUTE);
  });

  it('while held (a layout gliding) sends nothing and publishes no answer, then asks for routing on release', () => {
    const { worker, routes, published } = setUp();
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), links);
    const inFlight = worker.sent[0]!;
    routes.hold();
    // The answer for the old places arrives mid-glide: it must not re-render the links.
    worker.answer(inFlight);
    expect(published()).toBe(0);
    routes.update(new Map([['a', box(0, 0)], ['b', box(600, 90)]]), links);
    expect(worker.sent).toHaveLength(1);
    let asked = 0;
    routes.onRelease(() => asked++);
    routes.release();
    expect(asked).toBe(1);
    routes.update(new Map([['a', box(0, 0)], ['b', box(600, 90)]]), links);
    worker.answer();
    expect(published()).toBe(1);
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(600, 90)).waypoints).toHaveLength(1);
  });
});
