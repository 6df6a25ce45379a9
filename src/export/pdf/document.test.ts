import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../model/types.ts';
import { exportPdfBytes, renderPdf } from '../node.ts';
import { readPdf, squash, type ReadPdf } from '../read-back.ts';
import { loadExample, twoThemeFactorMap, unicodeMap } from '../test-maps.ts';
import { planPoster } from './layout.ts';
import { pageSize } from './pages.ts';

const date = new Date('2026-11-23T12:00:00Z');
const PRIVATE_NOTE = 'Named resident’s story from the May workshop';
const PUBLIC_NOTE = 'Pantry volunteers say demand roughly doubled';

let example: MapDocument;
let full: ReadPdf;

beforeAll(async () => {
  example = loadExample();
  full = await readPdf(await exportPdfBytes(example, { experiments: true, date }));
}, 60_000);

describe('a one-page PDF of the example', () => {
  it('draws every node label as real text on the map page', () => {
    const page = squash(full.pages[0]!);
    const missing = Object.values(example.nodes).filter((n) => !page.includes(squash(n.label)));
    expect(missing.map((n) => n.label)).toEqual([]);
  });

  it('prints every experiment title in the experiments section', () => {
    const after = squash(full.pages.slice(1).join('\n'));
    for (const e of Object.values(example.experiments)) expect(after).toContain(squash(e.title));
    expect(full.pages.some((p) => p.startsWith('Experiments'))).toBe(true);
  });

  it('has a title block, a grid-referenced index and page footers', () => {
    expect(full.pages[0]).toContain('Healthy weight in Riverside (example)');
    expect(full.pages[0]).toContain('23 November 2026');
    expect(full.pages[0]).toContain('FOCAL OUTCOME');
    const index = full.pages.findIndex((p) => p.startsWith('Index'));
    expect(index).toBeGreaterThan(0);
    expect(full.pages.slice(index).join('\n')).toMatch(/Food insecurity\s+[A-C][1-6]\n/);
    expect(full.pages.at(-1)).toContain(`page ${full.pages.length} of ${full.pages.length}`);
  });

  it('sets the document properties', () => {
    expect(full.info).toMatchObject({
      Title: 'Healthy weight in Riverside (example)',
      Author: 'Riverside Healthy Weight Partnership (fictional)',
      Creator: 'System Canvas',
      Language: 'en-GB',
    });
    expect(String(full.info.Keywords)).toContain('Physiology');
    expect(String(full.info.Subject)).toContain('Riverside');
  });

  it('is A4 landscape by default for a wide map, and honours the page size and orientation asked for', async () => {
    const a4 = pageSize('a4', 'landscape');
    expect(full.sizes[0]!.width).toBeCloseTo(a4.width, 0);
    const a3 = await readPdf(await exportPdfBytes(example, { page: 'a3', orientation: 'portrait', index: false, date }));
    expect(a3.sizes).toHaveLength(1);
    expect(a3.sizes[0]!.width).toBeCloseTo(pageSize('a3', 'portrait').width, 0);
    expect(a3.sizes[0]!.height).toBeCloseTo(pageSize('a3', 'portrait').height, 0);
  }, 30_000);
});

describe('private notes', () => {
  it('are left out by default, even when notes are asked for', async () => {
    expect(full.pages.join('\n')).not.toContain(PRIVATE_NOTE);
    const notes = await readPdf(await exportPdfBytes(example, { notes: true, index: false, date }));
    const text = notes.pages.join('\n');
    expect(squash(text)).toContain(squash(PUBLIC_NOTE));
    expect(squash(text)).not.toContain(squash(PRIVATE_NOTE));
  });

  it('are included, and marked private, only with includePrivateNotes', async () => {
    const notes = await readPdf(await exportPdfBytes(example, { includePrivateNotes: true, index: false, date }));
    const text = notes.pages.join('\n');
    expect(squash(text)).toContain(squash(PRIVATE_NOTE));
    expect(text).toContain('PRIVATE');
  });
});

describe('non-ASCII labels', () => {
  it('survive as text: Welsh, German, Greek and Cyrillic', async () => {
    const pdf = await readPdf(await exportPdfBytes(unicodeMap(), { date }));
    for (const label of ['Ŵyddgrug ŷ', 'Zoë', 'Ψυχική υγεία', 'Здоровье']) expect(pdf.pages[0]).toContain(label);
    expect(pdf.info.Title).toBe('Iechyd · Υγεία · Здоровье');
  });

  it('shows a replacement mark for characters the font cannot draw, instead of dropping them', async () => {
    const pdf = await readPdf(await exportPdfBytes(unicodeMap(), { index: false, date }));
    expect(pdf.pages[0]).toMatch(/Smile \uFFFD and/);
  });
});

describe('the key', () => {
  it('lists exactly the kinds and themes the map uses', async () => {
    const pdf = await readPdf(await exportPdfBytes(twoThemeFactorMap(), { index: false, date }));
    const text = pdf.pages[0]!;
    expect(text).toContain('Factor');
    expect(text).toContain('Housing quality (1)');
    expect(text).toContain('Money worries (2)');
    expect(text).not.toContain('Unused theme');
    expect(text).not.toContain('Actor');
    expect(text).not.toContain('Outcome');
    expect(text).not.toMatch(/idea|running|concluded/);
    expect(text).toContain('same direction');
    expect(text).not.toContain('opposite direction');
  });
});

describe('a poster', () => {
  it('has one page per tile plus the key page, each labelled with its row and column', async () => {
    const options = { layout: 'poster', page: 'a4', posterScale: 1, orientation: 'landscape', index: false, date } as const;
    const plan = planPoster(example, options);
    const { rows, cols, tiles } = plan.tiles;
    expect(rows).toBeGreaterThan(1);
    expect(cols).toBeGreaterThan(1);
    expect(tiles).toHaveLength(rows * cols);
    const { bytes, pages } = await renderPdf(example, options);
    expect(pages).toBe(tiles.length + 1);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain('Poster assembly key');
    tiles.forEach((tile, i) => {
      const text = pdf.pages[i + 1]!;
      expect(text.split('\n')).toContain(tile.label);
      expect(text).toContain(`row ${tile.label.replace(/\d+$/, '')}, column ${tile.col + 1} of a ${rows} × ${cols} poster`);
      expect(text).toContain(`page ${i + 2} of ${pages}`);
    });
  });

  it('needs more pages at a bigger scale and fewer on bigger paper', () => {
    const count = (page: 'a4' | 'a2', posterScale: number) => planPoster(example, { layout: 'poster', page, posterScale }).tiles.tiles.length;
    expect(count('a4', 2)).toBeGreaterThan(count('a4', 1));
    expect(count('a2', 1)).toBeLessThan(count('a4', 1));
  });

  it('gives each node its page label in the index', async () => {
    const pdf = await readPdf(await exportPdfBytes(example, { layout: 'poster', page: 'a3', date }));
    const index = pdf.pages.slice(pdf.pages.findIndex((p) => p.startsWith('Index'))).join('\n');
    expect(index).toContain('poster page');
    expect(index).toMatch(/Food insecurity\s+[A-Z]\d+\n/);
  });

  it('refuses a scale that would need hundreds of pages, saying what to change', async () => {
    await expect(exportPdfBytes(example, { layout: 'poster', page: 'a4', posterScale: 8 })).rejects.toThrow(/smaller scale or bigger paper/);
  });
});

describe('lenses and progress', () => {
  it('describes an experiment lens in the title block and key', async () => {
    const [id, e] = Object.entries(example.experiments)[0]!;
    const pdf = await readPdf(await exportPdfBytes(example, { lens: { kind: 'experiments', experimentIds: [id] }, index: false, date }));
    expect(squash(pdf.pages[0]!)).toContain(squash(`Nodes touched by the experiment: ${e.title}`));
    expect(squash(pdf.pages[0]!)).toContain(squash('a surprise: seen the opposite of what was intended'));
  });

  it('prints only the selected nodes for a selection', async () => {
    const ids = Object.keys(example.nodes).slice(0, 3);
    const pdf = await readPdf(await exportPdfBytes(example, { lens: { kind: 'selection', nodeIds: ids }, date }));
    const others = Object.values(example.nodes).filter((n) => !ids.includes(n.id));
    expect(squash(pdf.pages[0]!)).toContain(squash(example.nodes[ids[0]!]!.label));
    expect(pdf.pages.join('\n')).not.toContain(others.find((n) => n.label.length > 12)!.label);
    expect(pdf.pages[0]).toContain(`A selection of 3 of ${Object.keys(example.nodes).length} nodes`);
  });

  it('reports progress from 0 to 1 and can be cancelled', async () => {
    const seen: number[] = [];
    await exportPdfBytes(example, { layout: 'poster', page: 'a3', onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    const controller = new AbortController();
    const run = exportPdfBytes(example, { layout: 'poster', page: 'a4', signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toThrow();
  });
});
