import { describe, expect, it } from 'vitest';
import type { Box } from '../../draw/geometry.ts';
import { PLAIN_ROUTE, type Route } from '../../draw/routing/shape.ts';
import { LinkRoutes, type RouteWorker } from './linkRoutes.ts';
import type { RouteReply, RouteRequest } from './protocol.ts';
import { packRoutes } from './packedRoutes.ts';

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
    this.onmessage?.({ data: { seq: request.seq, routes: packRoutes(request.links.map((l) => [l.id, route])), ms: 1 } } as MessageEvent<RouteReply>);
  }
}

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 56 });
const links = [{ id: 'l', source: 'a', target: 'b' }];

function setUp() {
  const worker = new FakeWorker();
  const frames: (() => void)[] = [];
  const routes = new LinkRoutes(
    () => worker,
    (run) => {
      frames.push(run);
      return () => frames.splice(frames.indexOf(run), 1);
    },
  );
  return { worker, routes, frames };
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
    const { worker, routes } = setUp();
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), links);
    const inFlight = worker.sent[0]!;
    routes.hold();
    // The answer for the old places arrives mid-glide: it must not re-render the links.
    worker.answer(inFlight);
    expect(routes.routeSnapshot('l')).toBeUndefined();
    expect(routes.version).toBe(0);
    routes.update(new Map([['a', box(0, 0)], ['b', box(600, 90)]]), links);
    expect(worker.sent).toHaveLength(1);
    let asked = 0;
    routes.onRelease(() => asked++);
    routes.release();
    expect(asked).toBe(1);
    routes.update(new Map([['a', box(0, 0)], ['b', box(600, 90)]]), links);
    worker.answer();
    expect(routes.version).toBe(1);
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(600, 90)).waypoints).toHaveLength(1);
  });

  it('asks the worker one request at a time: the latest change waits its turn, the ones before it are dropped', () => {
    const { worker, routes } = setUp();
    const at = (x: number) => new Map([['a', box(0, 0)], ['b', box(x, 0)]]);
    routes.update(at(400), links);
    routes.update(at(500), links);
    routes.update(at(600), links);
    expect(worker.sent).toHaveLength(1);
    // The first answer comes: the latest change goes to the worker, and the answer is still shown for the
    // links whose ends have not moved since (here none: b has moved on).
    worker.answer(worker.sent[0]);
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1]!.boxes.find(([id]) => id === 'b')![1]).toBe(600);
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(400, 0)).waypoints).toHaveLength(1);
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(600, 0))).toBe(PLAIN_ROUTE);
    worker.answer();
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(600, 0)).waypoints).toHaveLength(1);
  });

  it('keeps what the links have when the worker could not route', () => {
    const { worker, routes } = setUp();
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), links);
    worker.answer();
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), links);
    const request = worker.sent[1]!;
    worker.onmessage?.({ data: { seq: request.seq, routes: packRoutes([]), ms: 1, failed: 'Error: out of memory' } } as MessageEvent<RouteReply>);
    expect(routes.routeOf('l', 'a', box(0, 0), 'b', box(400, 0)).waypoints).toHaveLength(1);
    // And the next change is routed as usual.
    routes.update(new Map([['a', box(0, 0)], ['b', box(500, 0)]]), links);
    expect(worker.sent).toHaveLength(3);
  });

  it('publishes a big answer a few dozen links a frame, and tells a link only when its own route changes', () => {
    const { worker, routes, frames } = setUp();
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `l${i}`, source: 'a', target: 'b' }));
    const boxes = new Map([['a', box(0, 0)], ['b', box(400, 0)]]);
    routes.update(boxes, many);
    worker.answer();
    // The first frame's share at once, the rest in later frames.
    expect(routes.routeSnapshot('l0')).toBeDefined();
    expect(routes.routeSnapshot('l99')).toBeUndefined();
    expect(routes.version).toBe(0);
    let count = 1;
    while (frames.length) {
      frames.shift()!();
      count++;
    }
    expect(count).toBe(3);
    expect(routes.routeSnapshot('l99')).toBeDefined();
    expect(routes.version).toBe(1);
    // The same answer again for the same boxes: nothing to re-render.
    const before = routes.routeSnapshot('l5');
    routes.update(new Map(boxes), many);
    worker.answer();
    expect(frames).toHaveLength(0);
    expect(routes.routeSnapshot('l5')).toBe(before);
  });

  it('spreads even a huge answer over a few frames', () => {
    const { worker, routes, frames } = setUp();
    const many = Array.from({ length: 6000 }, (_, i) => ({ id: `l${i}`, source: 'a', target: 'b' }));
    routes.update(new Map([['a', box(0, 0)], ['b', box(400, 0)]]), many);
    worker.answer();
    let count = 1;
    while (frames.length) {
      frames.shift()!();
      count++;
    }
    expect(count).toBeLessThanOrEqual(8);
    expect(routes.version).toBe(1);
  });
});
