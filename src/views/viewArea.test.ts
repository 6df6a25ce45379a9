import { describe, expect, it } from 'vitest';
import { viewArea, viewportFor, viewportShowing } from './viewArea.ts';

describe('the area a view shows', () => {
  it('is the canvas rectangle in map coordinates', () => {
    expect(viewArea({ viewport: { x: -100, y: 50, zoom: 2 }, frame: { width: 800, height: 600 } }, { width: 1, height: 1 })).toEqual({ x: 50, y: -25, width: 400, height: 300 });
  });

  it('uses the canvas showing it when the view has no saved size', () => {
    expect(viewArea({ viewport: { x: 0, y: 0, zoom: 1 } }, { width: 500, height: 400 })).toEqual({ x: 0, y: 0, width: 500, height: 400 });
  });

  it('is shown whole and centred on a screen of another shape', () => {
    const v = viewportShowing({ x: 0, y: 0, width: 400, height: 300 }, { width: 1600, height: 600 });
    expect(v.zoom).toBe(2);
    // 400 × 2 = 800 wide, centred in 1600: starts 400 px in.
    expect(v.x).toBe(400);
    expect(v.y).toBe(0);
  });

  it('keeps the saved viewport on a canvas of the same size, and refits it on another', () => {
    const view = { viewport: { x: -100, y: 50, zoom: 1 }, frame: { width: 800, height: 600 } };
    expect(viewportFor(view, { width: 800, height: 600 })).toEqual(view.viewport);
    const big = viewportFor(view, { width: 1600, height: 1200 });
    expect(big).toEqual({ x: -200, y: 100, zoom: 2 });
    expect(viewportFor({ viewport: view.viewport }, { width: 10, height: 10 })).toEqual(view.viewport);
  });
});
