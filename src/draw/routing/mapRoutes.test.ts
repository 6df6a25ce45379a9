import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Box } from '../geometry.ts';
import type { MapDocument } from '../../model/types.ts';
import { NODE_SIZE } from '../nodeSize.ts';
import { MapRoutes, routeAll, type RoutedLink } from './routeMap.ts';
import { Router } from './route.ts';
import { linkShape, PLAIN_ROUTE, type Route } from './shape.ts';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 56 });

function example(): { boxes: Map<string, Box>; links: RoutedLink[] } {
  const doc = JSON.parse(readFileSync('examples/healthy-weight-place.json', 'utf8')) as MapDocument;
  const boxes = new Map(Object.values(doc.nodes).map((n) => [n.id, { ...n.position, ...NODE_SIZE }]));
  return { boxes, links: Object.values(doc.links).map((l) => ({ id: l.id, source: l.source, target: l.target })) };
}

/** Whether a link's drawn line stays clear of every box but its ends, as the router checks it. */
function clearOfBoxes(boxes: Map<string, Box>, link: RoutedLink, route: Route | undefined): boolean {
  const router = new Router([...boxes].map(([id, b]) => ({ id, box: b })));
  const skip = (i: number) => [link.source, link.target].includes(router.index.items[i]!.id);
  return router.clear(linkShape(boxes.get(link.source)!, boxes.get(link.target)!, route), skip);
}

describe('routes kept from one change to the next', () => {
  it('routes nothing again when no box moved, and gives the same routes', () => {
    const { boxes, links } = example();
    const kept = new MapRoutes();
    const first = kept.update(boxes, links);
    expect(first.whole).toBe(true);
    expect(first.routed).toBe(links.length);
    const again = kept.update(new Map(boxes), links);
    expect(again.routed).toBe(0);
    expect([...again.routes]).toEqual([...first.routes]);
  });

  it('after one node moves, routes its own links and those it comes near, and every link stays clear of the boxes', () => {
    const { boxes, links } = example();
    const kept = new MapRoutes();
    kept.update(boxes, links);
    const [id, b] = [...boxes][40]!;
    boxes.set(id, { ...b, x: b.x + 60, y: b.y - 40 });
    const after = kept.update(boxes, links);
    const own = links.filter((l) => l.source === id || l.target === id);
    expect(own.length).toBeGreaterThan(0);
    expect(after.whole).toBe(false);
    expect(after.routed).toBeGreaterThanOrEqual(own.length);
    expect(after.routed).toBeLessThan(links.length / 4);
    // Routing the whole map afresh gives the same routes, or (where a way round opened without touching a
    // kept route) another route that is just as clear of the boxes.
    const fresh = routeAll(boxes, links);
    let same = 0;
    for (const l of links) {
      if (JSON.stringify(after.routes.get(l.id)) === JSON.stringify(fresh.get(l.id))) same++;
      else if (clearOfBoxes(boxes, l, fresh.get(l.id))) expect(clearOfBoxes(boxes, l, after.routes.get(l.id)), l.id).toBe(true);
    }
    expect(same / links.length).toBeGreaterThan(0.95);
  });

  it('routes a link again when a box moves into its way, and when it moves out again', () => {
    const links = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'cd', source: 'c', target: 'd' },
    ];
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(800, 0)],
      ['c', box(0, 600)],
      ['d', box(400, 600)],
    ]);
    const kept = new MapRoutes();
    expect(kept.update(boxes, links).routes.get('ab')).toEqual(PLAIN_ROUTE);
    // d lands between a and b (its own link with c routed again too).
    boxes.set('d', box(400, 20));
    const blocked = kept.update(boxes, links);
    expect(blocked.routes.get('ab')!.waypoints.length).toBeGreaterThan(0);
    expect(blocked.routes.get('ab')).toEqual(routeAll(boxes, links).get('ab'));
    boxes.set('d', box(400, 600));
    expect(kept.update(boxes, links).routes.get('ab')).toEqual(PLAIN_ROUTE);
  });

  it('gives a second link between the same two nodes its own lane', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(800, 0)],
    ]);
    const kept = new MapRoutes();
    const one = [{ id: 'ab', source: 'a', target: 'b' }];
    kept.update(boxes, one);
    const two = [...one, { id: 'ab2', source: 'a', target: 'b' }];
    const after = kept.update(boxes, two);
    expect(after.routed).toBe(1);
    expect(after.routes.get('ab2')).toEqual(routeAll(boxes, two).get('ab2'));
    expect(after.routes.get('ab2')!.bend).not.toBe(after.routes.get('ab')!.bend);
  });

  it('routes every link when many boxes moved at once (a layout)', () => {
    const { boxes, links } = example();
    const kept = new MapRoutes();
    kept.update(boxes, links);
    for (const [id, b] of boxes) boxes.set(id, { ...b, x: b.x * 1.1 });
    const after = kept.update(boxes, links);
    expect(after.whole).toBe(true);
    expect([...after.routes]).toEqual([...routeAll(boxes, links)]);
  });
});
