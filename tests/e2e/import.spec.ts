/**
 * Bringing a map from another tool: open its file, read the import report,
 * open it as a new map (or not), and export it back. Every file here is
 * written by our own writers from a small map made up below, or authored
 * inline; none is someone else's map.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { writerFor } from '../../src/formats/registry.ts';
import type { ExportedFile, FormatId, WhatIfSetup } from '../../src/formats/types.ts';
import { createMap, newLink, newNode } from '../../src/model/operations.ts';
import type { MapDocument } from '../../src/model/types.ts';
import { seriousViolations } from './axe.ts';
import { addNode, node, startEmptyMap } from './helpers.ts';

function townCentre(): MapDocument {
  const doc = createMap({ title: 'Town centre' });
  doc.clusters.t = { id: 't', name: 'Transport', colour: '#1f77b4', description: '' };
  doc.clusters.e = { id: 'e', name: 'Economy', colour: '#d62728', description: '' };
  const nodes = [
    newNode('factor', { x: 0, y: 0 }, { id: 'bus', label: 'Bus service', clusterId: 't' }),
    newNode('factor', { x: 0, y: 200 }, { id: 'parking', label: 'Parking cost', clusterId: 't' }),
    newNode('outcome', { x: 300, y: 100 }, { id: 'footfall', label: 'Footfall', clusterId: 'e' }),
    newNode('factor', { x: 600, y: 100 }, { id: 'shops', label: 'Shop openings', clusterId: 'e' }),
  ];
  for (const n of nodes) doc.nodes[n.id] = n;
  const links = [
    newLink('bus', 'footfall', { id: 'l1', polarity: '+', strength: 3 }),
    newLink('parking', 'footfall', { id: 'l2', polarity: '-', strength: 2 }),
    newLink('footfall', 'shops', { id: 'l3', polarity: '+', strength: 2 }),
    newLink('shops', 'footfall', { id: 'l4', polarity: '+', strength: 1 }),
  ];
  for (const l of links) doc.links[l.id] = l;
  return doc;
}

const SCENARIOS: WhatIfSetup[] = [{ name: 'Better buses', inputs: { bus: 1 } }];

async function written(format: FormatId): Promise<ExportedFile> {
  return writerFor(format)!.write(townCentre(), { includePrivateNotes: false, scenarios: SCENARIOS } as { includePrivateNotes: boolean });
}

const asUpload = (f: ExportedFile) => ({ name: f.fileName, mimeType: f.mimeType, buffer: Buffer.from(f.data) });
const input = (page: Page) => page.locator('#open-file-input');
const report = (page: Page, tool: string) => page.getByRole('dialog', { name: `Import from ${tool}` });

const FORMATS: { format: FormatId; tool: string }[] = [
  { format: 'kumu-json', tool: 'Kumu' },
  { format: 'kumu-xlsx', tool: 'Kumu' },
  { format: 'prsm', tool: 'PRSM' },
  { format: 'mental-modeler', tool: 'Mental Modeler' },
  { format: 'graphml', tool: 'GraphML' },
  { format: 'gexf', tool: 'GEXF' },
  { format: 'dot', tool: 'Graphviz DOT' },
  { format: 'csv-edges', tool: 'CSV edge list' },
];

test('every other tool’s file opens through Open… with a report, then as a new map', async ({ page }) => {
  await startEmptyMap(page);
  for (const { format, tool } of FORMATS) {
    await test.step(format, async () => {
      await input(page).setInputFiles(asUpload(await written(format)));
      const dialog = report(page, tool);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('list', { name: 'Read from the file' })).toContainText('4');
      await dialog.getByRole('button', { name: 'Open as a new map' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('.react-flow__node')).toHaveCount(4);
      await expect(node(page, 'Shop openings')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: `from ${tool} as a new map` }).first()).toBeVisible();
    });
  }
});

test('clicking Open… starts the import worker while the user chooses, so the first file is read at once', async ({ page }) => {
  await startEmptyMap(page);
  const importWorker = page.waitForEvent('worker', { predicate: (w) => w.url().includes('import.worker') });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  const fileChooser = await chooser;
  // The worker starts from the click, before any file is chosen.
  await importWorker;
  await fileChooser.setFiles(asUpload(await written('kumu-xlsx')));
  const kumuReport = report(page, 'Kumu');
  await expect(kumuReport).toBeVisible();
  await kumuReport.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});

test('Kumu’s two CSV files open together and, having no positions, are laid out by theme', async ({ page }) => {
  await startEmptyMap(page);
  const elements = 'Label,Type,Description,Tags\nFood prices,Condition,"Weekly shop, family of four",cost|food\nFood bank,Organisation,,charity\nHousehold debt,Outcome,,\n';
  const connections = 'From,To,Type,Strength\nFood prices,Household debt,++,Strong\nFood bank,Household debt|Food prices,+-,Weak\n';
  await input(page).setInputFiles([
    { name: 'debt-connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connections) },
    { name: 'debt-elements.csv', mimeType: 'text/csv', buffer: Buffer.from(elements) },
  ]);
  const dialog = report(page, 'Kumu');
  await expect(dialog).toContainText('debt-connections.csv and debt-elements.csv');
  await expect(dialog).toContainText('laid out by theme');
  await dialog.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(node(page, 'Household debt')).toBeVisible();
  // Laid out: no two nodes share a place.
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => `${Math.round(r.x)},${Math.round(r.y)}`));
  expect(new Set(boxes).size).toBe(3);
});

test('a broken file says what and where, and the open map stays as it was; extra files are named', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  await input(page).setInputFiles({ name: 'cut.graphml', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a">') });
  const alert = page.getByRole('alert').filter({ hasText: 'Could not open cut.graphml' });
  await expect(alert).toContainText('Your open map has not changed');
  await expect(alert).toContainText('GraphML');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(page, 'Stress')).toBeVisible();

  // Two unrelated files: the first is read, the second is named as not opened; Cancel changes nothing.
  await input(page).setInputFiles([asUpload(await written('dot')), asUpload(await written('gexf'))]);
  const dialog = report(page, 'Graphviz DOT');
  await expect(dialog).toContainText('Not opened: town-centre.gexf');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Did not open town-centre.dot' })).toBeVisible();
});

test('a Mental Modeler scenario becomes a what-if set-up', async ({ page }) => {
  await startEmptyMap(page);
  await input(page).setInputFiles(asUpload(await written('mental-modeler')));
  const dialog = report(page, 'Mental Modeler');
  await expect(dialog).toContainText('“Better buses”');
  await dialog.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(node(page, 'Footfall')).toBeVisible();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  await panel.getByRole('button', { name: 'What if' }).click();
  await panel.getByLabel('Scenario').selectOption({ label: 'Better buses' });
  await expect(panel.getByRole('list', { name: 'Nudges' })).toContainText('Bus service');
  await expect(node(page, 'Bus service').getByRole('img', { name: 'Nudged up' })).toBeVisible();
  await expect(node(page, 'Footfall').getByRole('img', { name: /Predicted to go up/ })).toBeVisible();
});

test('Mental Modeler’s later XML (lower-case root, numbered groups) and its JSON encoding open too', async ({ page }) => {
  await startEmptyMap(page);
  const fixture = async (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: await readFile(new URL(`../../src/formats/mental-modeler/fixtures/${name}`, import.meta.url)) });
  for (const [name, nodes, label, scenario] of [
    ['library-hours.mmp', 3, 'Volunteers', '“Shorter hours”'],
    ['allotments.mmp', 5, 'Waiting list', '“Release two fields”'],
  ] as const) {
    await test.step(name, async () => {
      await input(page).setInputFiles(await fixture(name));
      const dialog = report(page, 'Mental Modeler');
      await expect(dialog).toContainText(name);
      await expect(dialog).toContainText(scenario);
      await dialog.getByRole('button', { name: 'Open as a new map' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
      await expect(node(page, label)).toBeVisible();
    });
  }
});

test('export to Kumu’s spreadsheet and GraphML, and open them again', async ({ page }) => {
  await startEmptyMap(page);
  await input(page).setInputFiles(asUpload(await written('graphml')));
  await report(page, 'GraphML').getByRole('button', { name: 'Open as a new map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  for (const { label, tool, format } of [
    { label: 'Kumu spreadsheet (.xlsx)', tool: 'Kumu', format: 'kumu-xlsx' as const },
    { label: 'GraphML (Gephi, yEd)', tool: 'GraphML', format: 'graphml' as const },
  ]) {
    const name = (await written(format)).fileName;
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export the map' });
    await exportDialog.getByText('Other tools').click();
    await exportDialog.getByLabel('Format for another tool').selectOption({ label });
    await expect(exportDialog.getByRole('status')).toContainText(`Writes ${name}`);
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Export file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const bytes = await readFile((await file.path())!);

    await page.getByRole('button', { name: 'New map', exact: true }).click();

    await page.getByRole('menuitem', { name: /^Empty map/ }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await input(page).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
    await report(page, tool).getByRole('button', { name: 'Open as a new map' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await expect(node(page, 'Parking cost')).toBeVisible();
  }
});

test('the import report and the export dialog for other tools pass the accessibility scan and fit a small screen', async ({ page }) => {
  await startEmptyMap(page);
  await input(page).setInputFiles(asUpload(await written('kumu-json')));
  const dialog = report(page, 'Kumu');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/import-report-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/import-report-1280.png' });
  await dialog.getByRole('button', { name: 'Open as a new map' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the map' });
  await exportDialog.getByText('Other tools').click();
  await exportDialog.getByLabel('Format for another tool').selectOption({ label: 'Loopy (a link to play it in Loopy)' });
  await expect(exportDialog.getByLabel('Link to play this map in Loopy')).toHaveValue(/^https:\/\/ncase\.me\/loopy\/v1\.1\/\?data=/);
  await expect(exportDialog.getByRole('link', { name: 'Open in Loopy' })).toBeVisible();
  await expect(exportDialog.getByRole('list', { name: 'Left out or changed' })).toContainText('link strengths left out');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/export-tools-1280.png' });
  // Everything in the dialog is reachable on a 1280x720 screen.
  const box = await exportDialog.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/export-tools-1440.png' });
});

test('another tool’s file dropped on the canvas, or imported from the library, shows its report too', async ({ page }) => {
  await startEmptyMap(page);
  const gexf = await written('gexf');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/xml' }));
      return dt;
    },
    { text: gexf.data as string, name: gexf.fileName },
  );
  await page.locator('main.canvas').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main.canvas').dispatchEvent('drop', { dataTransfer });
  await report(page, 'GEXF').getByRole('button', { name: 'Open as a new map' }).click();
  await expect(node(page, 'Bus service')).toBeVisible();

  await page.getByRole('button', { name: 'Maps…' }).click();
  const library = page.getByRole('dialog', { name: 'Your maps' });
  await library.getByLabel('Map file to import').setInputFiles(asUpload(await written('csv-edges')));
  await expect(library).toBeHidden();
  const dialog = report(page, 'CSV edge list');
  await expect(dialog).toContainText('laid out by theme');
  await page.screenshot({ path: 'test-results/import-report-csv-1440.png' });
  await dialog.getByRole('button', { name: 'Open as a new map' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});
