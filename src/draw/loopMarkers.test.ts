import { describe, expect, it } from 'vitest';
import { glyphPaths, markerPrims, markerScaleAt, markerWords, placeLoopMarkers, type MarkedLoop } from './loopMarkers.ts';
import type { Box } from './geometry.ts';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 56 });
const clear = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
const loop = (key: string, nodeIds: string[], name = 'Less walking'): MarkedLoop => ({ key, kind: 'R', tag: 'R1', name, nodeIds });

describe('placeLoopMarkers', () => {
  it('puts a marker at the centre of its loop when that is free', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
      ['c', box(400, 300)],
      ['d', box(0, 300)],
    ]);
    const [m] = placeLoopMarkers([loop('k', ['a', 'b', 'c', 'd'])], boxes);
    expect(m!.centre).toEqual({ x: 290, y: 178 });
    for (const b of boxes.values()) expect(clear(m!.box, b)).toBe(true);
  });

  it('moves a marker off a node box in the middle to the nearest free spot', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
      ['c', box(200, 300)],
      ['mid', box(200, 100)],
    ]);
    const [m] = placeLoopMarkers([loop('k', ['a', 'b', 'c'])], boxes);
    for (const b of boxes.values()) expect(clear(m!.box, b)).toBe(true);
    // Near where it would have been, not thrown far away.
    expect(Math.hypot(m!.centre.x - 290, m!.centre.y - 137)).toBeLessThan(150);
  });

  it('keeps a marker off the links’ words (labels and polarity marks) as off the boxes', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
      ['c', box(400, 300)],
      ['d', box(0, 300)],
    ]);
    // A label right where the marker would go.
    const label: Box = { x: 240, y: 150, width: 100, height: 17 };
    const [free] = placeLoopMarkers([loop('k', ['a', 'b', 'c', 'd'])], boxes);
    expect(clear(free!.box, label)).toBe(false);
    const [m] = placeLoopMarkers([loop('k', ['a', 'b', 'c', 'd'])], boxes, 1, [label]);
    expect(clear(m!.box, label)).toBe(true);
    for (const b of boxes.values()) expect(clear(m!.box, b)).toBe(true);
    expect(Math.hypot(m!.centre.x - 290, m!.centre.y - 178)).toBeLessThan(150);
  });

  it('keeps two markers off each other', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
      ['c', box(200, 300)],
    ]);
    const [m1, m2] = placeLoopMarkers([loop('k1', ['a', 'b', 'c']), loop('k2', ['a', 'c', 'b'], 'Other')], boxes);
    expect(clear(m1!.box, m2!.box)).toBe(true);
    expect(m1!.clockwise).not.toBe(m2!.clockwise);
  });

  it('follows its nodes when they move', () => {
    const at = (dx: number) => new Map([['a', box(dx, 0)], ['b', box(dx + 400, 0)], ['c', box(dx + 200, 300)]]);
    const [before] = placeLoopMarkers([loop('k', ['a', 'b', 'c'])], at(0));
    const [after] = placeLoopMarkers([loop('k', ['a', 'b', 'c'])], at(500));
    expect(after!.centre.x - before!.centre.x).toBeCloseTo(500);
  });

  it('places an enlarged marker clear of the boxes too', () => {
    const boxes = new Map([['a', box(0, 0)], ['b', box(400, 0)], ['c', box(200, 300)], ['mid', box(200, 100)]]);
    const [m] = placeLoopMarkers([loop('k', ['a', 'b', 'c'])], boxes, 2.5);
    expect(m!.box.height).toBeGreaterThan(2.5 * 34);
    for (const b of boxes.values()) expect(clear(m!.box, b)).toBe(true);
    expect(markerScaleAt(1)).toBe(1);
    expect(markerScaleAt(0.4)).toBe(2.5);
    expect(markerScaleAt(0.01)).toBe(4);
  });

  it('skips a loop whose nodes are not all drawn', () => {
    expect(placeLoopMarkers([loop('k', ['a', 'gone'])], new Map([['a', box(0, 0)]]))).toEqual([]);
  });

  it('names the marker in words and cuts a long name', () => {
    expect(markerWords(loop('k', ['a']))).toBe('Reinforcing loop R1: Less walking');
    expect(markerWords({ ...loop('k', ['a'], ''), kind: 'B', tag: 'B' })).toBe('Balancing loop, not named yet');
    const [m] = placeLoopMarkers([loop('k', ['a', 'b'], 'A very long name for a loop that goes on and on past any sensible width')], new Map([['a', box(0, 0)], ['b', box(600, 0)]]));
    expect(m!.name.endsWith('…')).toBe(true);
    const texts = markerPrims(m!).filter((p) => p.t === 'text').map((p) => (p.t === 'text' ? p.text : ''));
    expect(texts).toEqual(['R1', m!.name]);
  });

  it('turns the arrow the way the loop runs', () => {
    const cw = glyphPaths({ centre: { x: 0, y: 0 }, clockwise: true });
    const ccw = glyphPaths({ centre: { x: 0, y: 0 }, clockwise: false });
    // Mirror images across the vertical axis.
    expect(cw.arc[0]![1]).toBeCloseTo(-(ccw.arc[0]![1] as number));
    expect(cw.head.length).toBe(4);
  });
});
