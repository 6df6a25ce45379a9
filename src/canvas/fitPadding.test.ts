import { describe, expect, it } from 'vitest';
import { FIT_PADDING, choosePadding, fitPaddings, legendCoversMap, worthClearing, type Padding } from './fitPadding.ts';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });
const canvas = box(0, 60, 1040, 840);
const legend = box(12, 520, 280, 368);

describe('fitPaddings', () => {
  it('has no way round a hidden legend', () => {
    expect(fitPaddings(canvas, null)).toEqual([]);
  });

  it('offers the room to the right of an open legend and the room above it', () => {
    expect(fitPaddings(canvas, legend)).toEqual([
      { top: '64px', right: '4%', bottom: '5%', left: '308px' },
      { top: '64px', right: '4%', bottom: '396px', left: '4%' },
    ]);
  });

  it('measures the legend from the canvas edges, not the window edges', () => {
    const shifted = box(100, 60, 1040, 840);
    expect(fitPaddings(shifted, box(112, 520, 280, 368))[0]).toMatchObject({ left: '308px' });
  });

  it('leaves out a way that would leave the map too little room', () => {
    expect(fitPaddings(box(0, 60, 600, 840), box(12, 520, 280, 368))).toEqual([{ top: '64px', right: '4%', bottom: '396px', left: '4%' }]);
    expect(fitPaddings(box(0, 60, 600, 400), box(12, 120, 280, 328))).toEqual([]);
  });
});

describe('choosePadding', () => {
  const [beside, above] = fitPaddings(canvas, legend) as [Padding, Padding];
  const zooms = (z: Map<Padding, number>) => (p: Padding) => z.get(p) ?? 0;

  it('fits a wide map above the legend, where it stays large', () => {
    expect(choosePadding([beside, above], zooms(new Map<Padding, number>([[FIT_PADDING, 1], [beside, 0.7], [above, 0.95]])))).toBe(above);
  });

  it('fits a tall map beside the legend', () => {
    expect(choosePadding([beside, above], zooms(new Map<Padding, number>([[FIT_PADDING, 1], [beside, 0.9], [above, 0.5]])))).toBe(beside);
  });

  it('fits over the whole canvas when both ways would shrink the map', () => {
    expect(choosePadding([beside, above], zooms(new Map<Padding, number>([[FIT_PADDING, 1], [beside, 0.6], [above, 0.6]])))).toBe(FIT_PADDING);
    expect(choosePadding([], () => 1)).toBe(FIT_PADDING);
  });
});

describe('worthClearing', () => {
  it('clears the legend when the map stays nearly as large', () => {
    expect(worthClearing(0.5, 0.52)).toBe(true);
  });

  it('does not when the map would shrink', () => {
    expect(worthClearing(0.36, 0.5)).toBe(false);
  });
});

describe('legendCoversMap', () => {
  const legend = { left: 12, right: 292, top: 480, bottom: 880, width: 280, height: 400 };
  const canvas = { left: 0, top: 60 };
  const map = { x: 0, y: 0, width: 1000, height: 600 };

  it('is true when the map, as drawn in the view, reaches under the legend', () => {
    expect(legendCoversMap(legend, canvas, map, { x: 20, y: 20, zoom: 1 })).toBe(true);
  });

  it('is false when the view leaves the map beside or above it', () => {
    expect(legendCoversMap(legend, canvas, map, { x: 320, y: 20, zoom: 0.8 })).toBe(false);
    expect(legendCoversMap(legend, canvas, map, { x: 20, y: 20, zoom: 0.6 })).toBe(false);
  });
});
