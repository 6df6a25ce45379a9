import { describe, expect, it } from 'vitest';
import { listNames, reportLineText, splitReport } from './report.ts';

describe('the import report in words', () => {
  it('says counts, what was not imported and why', () => {
    expect(reportLineText({ what: 'elements', count: 1230, status: 'read' })).toBe('1,230 elements');
    expect(reportLineText({ what: 'perspectives', count: 4, status: 'skipped', detail: 'Kumu perspective styles' })).toBe('4 perspectives not imported (Kumu perspective styles)');
    expect(reportLineText({ what: 'links with unknown polarity', count: 18, status: 'guessed' })).toBe('18 links with unknown polarity');
  });
  it('puts what was read first and what needs a look apart', () => {
    const { read, check } = splitReport([
      { what: 'a', count: 1, status: 'skipped' },
      { what: 'b', count: 2, status: 'read' },
      { what: 'c', count: 3, status: 'guessed' },
    ]);
    expect(read.map((l) => l.what)).toEqual(['b']);
    expect(check.map((l) => l.what)).toEqual(['a', 'c']);
  });
  it('names files in a sentence', () => {
    expect(listNames(['a.csv'])).toBe('a.csv');
    expect(listNames(['a.csv', 'b.csv', 'c.dot'])).toBe('a.csv, b.csv and c.dot');
  });
});
