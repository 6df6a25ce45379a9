import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../model/sensemaking.ts';
import type { MapFilter } from '../../model/types.ts';
import { exportPdfBytes } from '../node.ts';
import { readPdf, squash } from '../read-back.ts';
import { loadExample } from '../test-maps.ts';

const date = new Date('2026-03-01T12:00:00Z');

describe('a PDF through a filter', () => {
  const doc = loadExample();
  const noted = Object.values(doc.nodes).find((n) => n.notes.some((note) => !note.private && note.text.length > 20))!;
  const note = noted.notes.find((x) => !x.private)!.text;
  const hideIt = (mode: MapFilter['mode']): MapFilter => ({ ...NO_FILTER, hiddenKinds: [noted.kind], mode });

  it('leaves out the notes of the nodes it hides, and says it is filtered', async () => {
    const pdf = await readPdf(await exportPdfBytes(doc, { notes: true, index: false, date, filter: hideIt('hide') }));
    const text = squash(pdf.pages.join('\n'));
    expect(text).not.toContain(squash(note.slice(0, 40)));
    expect(text).toContain(squash('(the rest left out)'));
  });

  it('keeps them when it only fades', async () => {
    const pdf = await readPdf(await exportPdfBytes(doc, { notes: true, index: false, date, filter: hideIt('fade') }));
    expect(squash(pdf.pages.join('\n'))).toContain(squash(note.slice(0, 40)));
  });
});
