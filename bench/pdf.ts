/**
 * PDF export: in Node with the code the CLI's export command runs, and in the
 * app through the Export dialog.
 */
import type { Browser, Page } from 'playwright-core';
import type { MapDocument } from '../src/model/types.ts';
import type { PdfExportOptions } from '../src/export/types.ts';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { kb, ms, under, type Row, type Section } from './report.ts';
import { laidOutGenerated, loadExample, timed } from './maps.ts';
import { round } from './stats.ts';

export const EXAMPLE_PDF_TARGET_MS = 1000;
export const BIG_PDF_TARGET_MS = 5000;
export const BROWSER_PDF_TARGET_MS = 1000;

export interface NodePdfRun {
  label: string;
  map: string;
  targetMs: number;
  /** First render of this document and options in the process, and a second one. */
  firstMs: number;
  secondMs: number;
  bytes: number;
  pages: number;
}

export interface BrowserPdfRun {
  /** Click on "Export PDF" to Playwright's download event. */
  ms: number;
  bytes: number;
}

export interface ExportResult {
  /** Importing src/export/node.ts (jsPDF, resvg, the scene code), as the CLI does before its first export. */
  importMs: number;
  node: NodePdfRun[];
  browser: BrowserPdfRun[];
}

async function nodeRuns(): Promise<{ importMs: number; runs: NodePdfRun[] }> {
  const imported = await timed(() => import('../src/export/node.ts'));
  const { renderPdf } = imported.value;
  const example = loadExample();
  const big: MapDocument = laidOutGenerated(1000, 3000, 1);
  const date = new Date('2026-01-01T00:00:00Z');
  const cases: { label: string; map: string; doc: MapDocument; options: PdfExportOptions; targetMs: number }[] = [
    { label: 'Example, A3, fit on one page', map: 'example', doc: example, options: { page: 'a3', layout: 'fit', date }, targetMs: EXAMPLE_PDF_TARGET_MS },
    {
      label: 'Example, A3 poster with experiments',
      map: 'example',
      doc: example,
      options: { page: 'a3', layout: 'poster', experiments: true, date },
      targetMs: EXAMPLE_PDF_TARGET_MS,
    },
    { label: 'Generated 1,000 / 3,000 (clustered), A3 fit', map: '1000x3000', doc: big, options: { page: 'a3', layout: 'fit', date }, targetMs: BIG_PDF_TARGET_MS },
    { label: 'Generated 1,000 / 3,000 (clustered), A1 fit', map: '1000x3000', doc: big, options: { page: 'a1', layout: 'fit', date }, targetMs: BIG_PDF_TARGET_MS },
  ];
  const runs: NodePdfRun[] = [];
  for (const c of cases) {
    const first = await timed(() => renderPdf(c.doc, c.options));
    const second = await timed(() => renderPdf(c.doc, c.options));
    runs.push({
      label: c.label,
      map: c.map,
      targetMs: c.targetMs,
      firstMs: round(first.ms),
      secondMs: round(second.ms),
      bytes: first.value.bytes.length,
      pages: first.value.pages,
    });
  }
  return { importMs: round(imported.ms), runs };
}

async function exportOnce(page: Page): Promise<BrowserPdfRun> {
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  if (!(await dialog.isVisible())) {
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.waitFor();
  }
  await dialog.getByLabel('Paper').selectOption('a3');
  await dialog.getByLabel('Fit the map on one page').check();
  const button = dialog.getByRole('button', { name: 'Export PDF' });
  await button.waitFor();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  const started = performance.now();
  await button.click();
  const file = await download;
  const elapsed = performance.now() - started;
  const path = await file.path();
  const { statSync } = await import('node:fs');
  return { ms: round(elapsed), bytes: statSync(path).size };
}

async function browserRuns(browser: Browser, baseURL: string): Promise<BrowserPdfRun[]> {
  const context = await newBenchContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.waitForTimeout(1000);
    const first = await exportOnce(page);
    await page.waitForTimeout(1000);
    const second = await exportOnce(page);
    return [first, second];
  } finally {
    await context.close();
  }
}

export async function measureExport(browser: Browser, baseURL: string): Promise<ExportResult> {
  const { importMs, runs } = await nodeRuns();
  return { importMs, node: runs, browser: await browserRuns(browser, baseURL) };
}

export function exportSection(r: ExportResult): Section {
  const rows: Row[] = r.node.map((x) => ({
    measure: `Node: ${x.label} (${x.pages} page${x.pages === 1 ? '' : 's'}, ${kb(x.bytes)}), first render`,
    value: ms(x.firstMs),
    target: `< ${ms(x.targetMs)}`,
    status: under(x.firstMs, x.targetMs),
  }));
  rows.push({ measure: 'Node: importing the export code (once per CLI run, before the first render)', value: ms(r.importMs) });
  const [first, second] = r.browser;
  if (first) rows.push({ measure: `App: example, A3 fit, first export (loads jsPDF and fonts; ${kb(first.bytes)})`, value: ms(first.ms), target: `< ${ms(BROWSER_PDF_TARGET_MS)}`, status: under(first.ms, BROWSER_PDF_TARGET_MS) });
  if (second) rows.push({ measure: `App: example, A3 fit, second export (${kb(second.bytes)})`, value: ms(second.ms), target: `< ${ms(BROWSER_PDF_TARGET_MS)}`, status: under(second.ms, BROWSER_PDF_TARGET_MS) });
  return {
    title: 'PDF export',
    summary: 'Print PDFs of the example and of a generated 1,000-node map, in Node (the code the `export` command runs) and from the app’s Export dialog.',
    rows,
    tables: [
      {
        caption: 'Node, each case rendered twice in a row:',
        headers: ['Case', 'First', 'Second', 'Pages', 'Size'],
        rows: r.node.map((x) => [x.label, ms(x.firstMs), ms(x.secondMs), String(x.pages), kb(x.bytes)]),
      },
    ],
    method: [
      'In Node: imports `src/export/node.ts` (timed separately), then calls `renderPdf(doc, options)`, the function `system-canvas export`',
      'calls, for the example as A3 fit and as an A3 poster with experiments, and for `generateMap({ nodes: 1000, links: 3000, seed: 1 })` laid',
      'out with the clustered layout as A3 fit and A1 fit; each twice, timed with `performance.now()`; the target applies to the first render',
      '(the first render of the run also loads the fonts). Sizes are the PDF bytes. In the app: opens the example in a fresh context, clicks',
      '“Export…”, chooses A3 and “Fit the map on one page” (experiments on, the dialog’s default), and times from the click on “Export PDF”',
      'to Playwright’s download event; then does it again in the same page. The first export loads jsPDF, the PDF worker and the fonts.',
    ],
  };
}
