import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addNode, node, startEmptyMap } from './helpers.ts';

test('save a map to a file and open it again identically', async ({ page }) => {
  await startEmptyMap(page);
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Title').fill('Debt route (Ŵyddgrug) <b>bold</b>');
  await addNode(page, 'factor', 'Fear of opening post');
  await addNode(page, 'actor', '<img src=x onerror="window.hacked=1">');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('debt-route-wyddgrug-b-bold-b.json');
  const saved = await readFile((await file.path())!, 'utf8');
  const doc = JSON.parse(saved);
  expect(Object.values(doc.nodes).map((n) => (n as { label: string }).label).sort()).toEqual(['<img src=x onerror="window.hacked=1">', 'Fear of opening post']);

  // HTML in a label is shown as text and never runs.
  await expect(node(page, '<img src=x onerror="window.hacked=1">')).toBeVisible();
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

  // Open it in a fresh map: the same content comes back.
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.locator('#open-file-input').setInputFiles({ name: 'debt.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  // The map is already in the library (autosaved): keep both, so the file opens as a second map.
  await page.getByRole('dialog', { name: /You already have/ }).getByRole('button', { name: 'Keep both' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Opened debt.json' })).toBeVisible();

  const again = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const reread = JSON.parse(await readFile((await (await again).path())!, 'utf8'));
  // The file opened as a new map in the library (fresh id); everything else is identical.
  expect({ ...reread, id: doc.id, meta: { ...reread.meta, updatedAt: doc.meta.updatedAt } }).toEqual(doc);
});

test('a broken file shows what is wrong and where, and leaves the open map as it was', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  const input = page.locator('#open-file-input');

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1,\n  "nodes": {,}') });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json is not a System Canvas map: it is not valid JSON at line 2' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('line 2');
  await expect(alert).toContainText('Your open map has not changed');
  await alert.getByRole('button', { name: 'Dismiss message' }).click();

  const dangling = {
    schemaVersion: 1,
    id: 'm1',
    meta: { title: 'X', description: '', focalNodeId: null, scale: 'team', authors: [], createdAt: '', updatedAt: '' },
    nodes: {},
    links: { l1: { id: 'l1', source: 'a', target: 'b', polarity: '+', strength: 2, confidence: 'high', delay: false, label: '', evidence: '' } },
    clusters: {},
  };
  await input.setInputFiles({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dangling)) });
  await expect(page.getByRole('alert')).toContainText('links.l1.source: refers to node "a", which is not in the map');

  await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...dangling, schemaVersion: 99 })) });
  await expect(page.getByRole('alert').filter({ hasText: 'future.json' })).toContainText('newer System Canvas');

  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(page, 'Stress')).toBeVisible();
});

test('dropping a map file on the canvas opens it', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'outcome', 'Healthy weight');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save…' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await page.locator('main.canvas').dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop a map file to open it')).toBeVisible();
  await page.locator('main.canvas').dispatchEvent('drop', { dataTransfer });
  // That map is in the library already (autosaved): open the copy there.
  await page.getByRole('dialog', { name: /You already have/ }).getByRole('button', { name: 'Open the copy you have' }).click();
  await expect(node(page, 'Healthy weight')).toBeVisible();
});
