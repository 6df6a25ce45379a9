import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addNode, node, openApp } from './helpers.ts';

test('an empty map asks for the outcome first, makes it focal, then asks for its causes', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  const start = page.getByRole('region', { name: 'Start with the outcome' });
  await expect(start).toBeVisible();
  const outcome = start.getByRole('textbox', { name: 'The outcome this map is about' });
  await expect(outcome).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/access-shots/start-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/access-shots/start-1280.png' });

  await page.keyboard.type('Household out of debt');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Household out of debt')).toContainText('★ Focal outcome');
  // The outcome names the map while it has no title of its own.
  await expect(page.locator('.toolbar__title')).toHaveText('Household out of debt');

  const causes = page.getByRole('region', { name: 'What leads to “Household out of debt”?' });
  await expect(causes).toBeVisible();
  await page.keyboard.type('Fear of opening post');
  await page.keyboard.press('Enter');
  await causes.getByRole('combobox', { name: 'Kind of cause' }).selectOption('actor');
  await causes.getByRole('textbox', { name: 'Name of a cause' }).fill('Older residents');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(causes).toContainText('2 causes so far.');
  // The view makes room: no cause is hidden under the panel.
  const panelBottom = async () => (await causes.boundingBox())!.y + (await causes.boundingBox())!.height;
  for (const label of ['Fear of opening post', 'Older residents']) {
    await expect.poll(async () => (await node(page, label).boundingBox())!.y > (await panelBottom())).toBe(true);
  }
  await page.screenshot({ path: '/tmp/access-shots/start-causes-1280.png' });
  await causes.getByRole('button', { name: 'Done: go to the map' }).click();
  await expect(causes).toBeHidden();

  // "Older residents" is a group, not an organisation.
  await node(page, 'Older residents').click();
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Actor type')).toHaveValue('group');
});

test('a blank canvas is one click away, and counts use the right plural', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await page.getByRole('button', { name: 'Start with a blank canvas instead' }).click();
  await expect(page.getByRole('region', { name: 'Start with the outcome' })).toBeHidden();
  await addNode(page, 'factor', 'Stress');
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 300 } });
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText('1 node · 0 links · 0 themes');
  await addNode(page, 'factor', 'Sleep');
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 300 } });
  await expect(inspector).toContainText('2 nodes · 0 links · 0 themes');
  await node(page, 'Stress').click();
  await node(page, 'Sleep').click({ modifiers: ['Shift'] });
  await expect(inspector.getByRole('heading').first()).toHaveText('2 nodes, 0 links selected');
});

test('opening an example you already have offers your copy, and good news goes away by itself', async ({ page }) => {
  await openApp(page);
  // The first visit opened the first example into the library.
  await page.getByRole('button', { name: 'Maps…' }).click();
  const rows = page.getByRole('list', { name: 'Maps in this browser' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('group', { name: 'Example maps' }).getByRole('menuitem').first().click();
  const ask = page.getByRole('dialog', { name: /^You already have/ });
  await expect(ask).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Open the copy you have' }).click();
  await expect(ask).toBeHidden();
  const good = page.getByRole('status').filter({ hasText: 'Opened your copy of' });
  await expect(good).toBeVisible();
  await expect(good).toBeHidden();

  await page.getByRole('button', { name: 'Maps…' }).click();
  await expect(rows).toHaveCount(before);
  await page.keyboard.press('Escape');

  // Keep both: a second map of that name; the "Opened" notice fades on its own.
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('group', { name: 'Example maps' }).getByRole('menuitem').first().click();
  await ask.getByRole('button', { name: 'Keep both' }).click();
  await page.getByRole('button', { name: 'Maps…' }).click();
  await expect(rows).toHaveCount(before + 1);
  await page.keyboard.press('Escape');
});

test('messages stack clear of the zoom controls, and errors say what and where', async ({ page }) => {
  await openApp(page);
  const input = page.locator('#open-file-input');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "title": "x",\n  oops\n}') });
  await input.setInputFiles({ name: 'kids.graphml', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>') });
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(2);
  await expect(alerts.first()).toContainText('notes.json is not a System Canvas map: it is not valid JSON at line 3');
  // Another tool's file goes to its importer, which names the tool and says what is wrong.
  await expect(alerts.nth(1)).toContainText('Could not open kids.graphml. Your open map has not changed.');
  await expect(alerts.nth(1)).toContainText('This looks like a GraphML file');
  const controls = (await page.getByLabel('Zoom controls').boundingBox())!;
  for (const box of [await alerts.first().boundingBox(), await alerts.nth(1).boundingBox()]) {
    expect(box!.x + box!.width).toBeLessThan(controls.x);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  const small = (await page.getByLabel('Zoom controls').boundingBox())!;
  const last = (await alerts.nth(1).boundingBox())!;
  expect(last.x + last.width).toBeLessThan(small.x);
  await page.screenshot({ path: '/tmp/access-shots/notices-1280.png' });
});
