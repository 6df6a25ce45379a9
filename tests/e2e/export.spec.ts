import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf, squash } from '../../src/export/read-back.ts';
import { openApp } from './helpers.ts';

test('export a print PDF of the example through the dialog, with experiments, and read it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await dialog.getByLabel('Paper').selectOption('a3');
  await dialog.getByLabel('Poster: tile it across pages at').check();
  await expect(dialog.getByRole('status')).toContainText(/\d+ A3 pages to print/);
  await dialog.getByLabel('Fit the map on one page').check();
  await expect(dialog.getByLabel('Experiments and learning logs')).toBeChecked();

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^healthy-weight-in-riverside.*\.pdf$/);
  const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
  const text = squash(pdf.pages.join('\n'));
  expect(text).toContain(squash('Healthy weight in Riverside'));
  for (const label of ['Stress', 'Food insecurity', 'School Streets schemes']) expect(text).toContain(squash(label));
  expect(text).toContain(squash('Fresh veg boxes through community pantries'));
  // Private notes stay out unless asked for.
  expect(text).not.toContain(squash('do not share'));
  await expect(page.getByRole('status').filter({ hasText: /Exported .*\.pdf/ })).toBeVisible();
});

test('export a PNG at 2× and an SVG of the map', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await dialog.getByText('PNG', { exact: true }).click();
  await dialog.getByLabel('Resolution').selectOption('2');
  const pngDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PNG' }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  expect(width).toBeGreaterThan(2000);

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByText('SVG', { exact: true }).click();
  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export SVG' }).click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Stress');
  const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  expect(width).toBe(Math.round(svgWidth * 2));
});

/** The analysis pages of a PDF read back, without the running footer (which carries the date). */
function analysisPages(pages: string[]): string {
  const start = pages.findIndex((p) => p.startsWith('Analysis'));
  const end = pages.findIndex((p, i) => i > start && p.startsWith('Index'));
  return pages
    .slice(start, end < 0 ? undefined : end)
    .map((p) => p.split('\n').filter((line) => !/· System Canvas|^page \d+ of \d+$/.test(line.trim())).join('\n'))
    .join('\n');
}

test('the browser and the command line print the same analysis appendix for the same map', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await dialog.getByLabel('Experiments and learning logs').uncheck();
  await dialog.getByLabel('Feedback loops and key factors').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const browserPdf = await readPdf(new Uint8Array(await readFile((await (await download).path())!)));

  const dir = await mkdtemp(join(tmpdir(), 'sc-appendix-'));
  const out = join(dir, 'cli.pdf');
  const cli = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'export', 'examples/healthy-weight-place.json', '--format', 'pdf', '--analysis', '--out', out], { encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  const cliPdf = await readPdf(new Uint8Array(await readFile(out)));

  const fromBrowser = analysisPages(browserPdf.pages);
  expect(fromBrowser).toContain('Feedback loops');
  expect(fromBrowser).toContain('Key factors');
  expect(fromBrowser).toMatch(/\d+ loops: \d+ reinforcing/);
  expect(analysisPages(cliPdf.pages)).toBe(fromBrowser);
});
