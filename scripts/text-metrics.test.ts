import { describe, expect, it } from 'vitest';
import { BOLD_WIDTHS, REGULAR_WIDTHS } from '../src/draw/text/metrics-data.ts';
import { measureFont } from './write-text-metrics.ts';

describe('the width table', () => {
  it('matches DejaVu Sans itself (regenerate with scripts/write-text-metrics.ts if the font changes)', () => {
    expect(measureFont(false).map((r) => r.join(','))).toEqual(REGULAR_WIDTHS);
    expect(measureFont(true).map((r) => r.join(','))).toEqual(BOLD_WIDTHS);
  });
});
