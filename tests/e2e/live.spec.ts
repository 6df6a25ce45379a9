/**
 * Live co-mapping, as people use it: one person shares the open map, others
 * open the links in their own browsers (separate contexts, so separate
 * storage and identities). The webServer is the real room server
 * (playwright.config.ts), so rooms, capabilities and read-only are real.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addNode, node, startEmptyMap } from './helpers.ts';

async function share(page: Page, name: string, scan = false) {
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  await dialog.getByLabel('Your name, as others see it').fill(name);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const edit = await dialog.getByLabel('Edit link').inputValue();
  const view = await dialog.getByLabel('View link').inputValue();
  expect(edit).toMatch(/\/\?room=[\w-]+#cap=v1\./);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { edit, view };
}

async function join(browser: Browser, link: string, name: string, scan = false) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live map' });
  await dialog.getByLabel('Your name, as others see it').fill(name);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { context, page };
}

const nodes = (page: Page) => page.locator('.react-flow__node');

async function startRoom(page: Page, browser: Browser, scan = false) {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  const links = await share(page, 'Sam', scan);
  const other = await join(browser, links.edit, 'Ria', scan);
  await expect(node(other.page, 'Alpha')).toBeVisible();
  return { links, other };
}

test('two people in one room see each other’s edits, pointers and selections; undo is mine', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser, true);
  const ria = other.page;

  await addNode(ria, 'outcome', 'Beta');
  await expect(node(page, 'Beta')).toBeVisible();
  await addNode(page, 'actor', 'Gamma');
  await expect(node(ria, 'Gamma')).toBeVisible();

  // Both see who is here.
  await expect(page.getByRole('list', { name: '2 in this room' })).toContainText('Ria');
  await expect(ria.getByRole('list', { name: '2 in this room' })).toContainText('Sam');

  // Ria's pointer and selection show on Sam's canvas, named and in her colour.
  const box = await ria.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas');
  await ria.mouse.move(box.x + 300, box.y + 300, { steps: 5 });
  await expect(page.locator('.presence-pointer', { hasText: 'Ria' })).toBeVisible();
  await node(ria, 'Alpha').click();
  await expect(page.locator('.presence-selected[data-person="Ria"]')).toHaveCount(1);

  // Sam's undo takes back Sam's own last change (Gamma), never Ria's Beta.
  // Adding and naming a node may be one step or two (the name typed in place).
  await expect(page.getByRole('button', { name: /^Undo / })).toBeEnabled();
  for (let i = 0; i < 2 && (await node(page, 'Gamma').count()) > 0; i++) await page.getByRole('button', { name: /^Undo / }).click();
  await expect(node(page, 'Gamma')).toHaveCount(0);
  await expect(node(ria, 'Gamma')).toHaveCount(0);
  await expect(node(page, 'Beta')).toBeVisible();
  await other.context.close();
});

test('the facilitator locks the map and others become read-only; follow me moves their view', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;

  await page.getByRole('button', { name: /^People/ }).click();
  await expect(page.getByRole('dialog', { name: 'People in this room' })).toContainText('Ria');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lock the map' }).click();
  await expect(ria.getByText('The facilitator has locked the map')).toBeVisible();
  const before = await nodes(ria).count();
  await ria.getByRole('button', { name: 'Add factor' }).click();
  await expect(nodes(ria)).toHaveCount(before);
  await page.getByRole('button', { name: 'Unlock the map' }).click();
  await expect(ria.getByText('The facilitator has locked the map')).toHaveCount(0);

  // Follow me: Sam zooms, Ria's view follows.
  await page.getByRole('button', { name: 'Follow me' }).click();
  await expect(ria.getByRole('button', { name: 'Following Sam: stop' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, -400);
  const transform = (p: Page) => p.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect.poll(async () => (await transform(ria)) === (await transform(page))).toBe(true);
  await other.context.close();
});

test('going offline and back merges both sides’ edits', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;
  await other.context.setOffline(true);
  await expect(ria.getByText('Offline: changes will sync')).toBeVisible();
  await addNode(ria, 'factor', 'Written offline');
  await addNode(page, 'factor', 'Written online');
  await expect(node(ria, 'Written online')).toHaveCount(0);
  await other.context.setOffline(false);
  await expect(node(page, 'Written offline')).toBeVisible();
  await expect(node(ria, 'Written online')).toBeVisible();
  await expect(ria.getByText('Offline: changes will sync')).toHaveCount(0);
  await other.context.close();
});

test('a view link watches but cannot edit', async ({ page, browser }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  const links = await share(page, 'Sam');
  const viewer = await join(browser, links.view, 'Vic');
  await expect(node(viewer.page, 'Alpha')).toBeVisible();
  await expect(viewer.page.getByText('You opened a view link')).toBeVisible();
  await viewer.page.getByRole('button', { name: 'Add factor' }).click();
  await expect(nodes(viewer.page)).toHaveCount(1);
  await addNode(page, 'outcome', 'Seen by the viewer');
  await expect(node(viewer.page, 'Seen by the viewer')).toBeVisible();
  await viewer.context.close();
});

test('an altered link says what is wrong and what to do', async ({ page, browser }) => {
  await startEmptyMap(page);
  const links = await share(page, 'Sam');
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(links.edit.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  const dialog = other.getByRole('dialog', { name: 'Join the live map' });
  await dialog.getByLabel('Your name, as others see it').fill('Eve');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(other.getByRole('alert')).toContainText('This room link was altered or is incomplete');
  await context.close();
});

test('a second tab on the same local map is read-only until it takes over', async ({ page, context }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Mine');
  const second = await context.newPage();
  await second.goto('/');
  await expect(node(second, 'Mine')).toBeVisible();
  await expect(second.getByText('This map is open in another tab')).toBeVisible();
  await second.getByRole('button', { name: 'Use this tab' }).click();
  await expect(second.getByText('This map is open in another tab')).toHaveCount(0);
  await expect(page.getByText('This map is open in another tab')).toBeVisible();
  await addNode(second, 'factor', 'From the second tab');
});
