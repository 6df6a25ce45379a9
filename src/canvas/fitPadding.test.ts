import { describe, expect, it } from 'vitest';
import { FIT_PADDING, fitPadding, worthClearing } from './fitPadding.ts';

const canvas = { left: 0, right: 1040, width: 1040 };

describe('fitPadding', () => {
  it('keeps the usual margin when the legend is hidden', () => {
    expect(fitPadding(canvas, null)).toBe(FIT_PADDING);
  });

  it('keeps the map to the right of an open legend', () => {
    expect(fitPadding(canvas, { left: 12, right: 292, width: 280 })).toEqual({ top: '64px', right: '4%', bottom: '5%', left: '308px' });
  });

  it('measures the legend from the canvas edge, not the window edge', () => {
    const shifted = { left: 100, right: 1140, width: 1040 };
    expect(fitPadding(shifted, { left: 112, right: 392, width: 280 })).toMatchObject({ left: '308px' });
  });

  it('ignores a legend that would leave the map too little room', () => {
    expect(fitPadding({ left: 0, right: 600, width: 600 }, { left: 12, right: 292, width: 280 })).toBe(FIT_PADDING);
  });
});

describe('worthClearing', () => {
  it('fits beside the legend when the map stays nearly as large (a tall map)', () => {
    expect(worthClearing(0.5, 0.52)).toBe(true);
  });

  it('fits over the whole canvas when beside the legend the map would shrink (a wide map)', () => {
    expect(worthClearing(0.36, 0.5)).toBe(false);
  });
});
