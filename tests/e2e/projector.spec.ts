/**
 * Maps a room can read on a 1280 × 720 projector: the toolbar on one row,
 * the side panel put away and back, and projector mode (P) leaving the map
 * alone on the screen with nothing laid over it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp, startEmptyMap, addNode, showLegend } from './helpers.ts';

/** The distinct rows the toolbar's visible controls sit on (by their top edge, to the pixel). */
async function toolbarRows(page: Page): Promise<number> {
  const tops = await page
    .locator('.toolbar > *:visible')
    .evaluateAll((els) => els.filter((e) => !e.classList.contains('toolbar__brand')).map((e) => Math.round(e.getBoundingClientRect().top)));
  return new Set(tops).size;
}

/** Nodes whose box is under an overlay of the canvas (legend, lens bar, minimap, zoom controls), or off the screen. */
async function hiddenNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('main.canvas')!.getBoundingClientRect();
    const overlays = [...document.querySelectorAll('.legend, .lens-bar, .react-flow__minimap, .react-flow__controls')].map((e) => e.getBoundingClientRect());
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        const off = r.left < canvas.left || r.right > canvas.right || r.top < canvas.top || r.bottom > canvas.bottom;
        return off || overlays.some((o) => r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom);
      })
      .map((n) => n.textContent ?? '');
  });
}

test('at 1280 × 720 the toolbar is one row, and the side panel can be put away and brought back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  expect(await toolbarRows(page)).toBe(1);
  await page.screenshot({ path: 'test-results/projector-1280.png' });
  const canvasWidth = async () => (await page.getByRole('main', { name: 'Map' }).boundingBox())!.width;
  const before = await canvasWidth();
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeHidden();
  expect(await canvasWidth()).toBeGreaterThan(before + 300);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show panel' }).click();
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeVisible();
});

test('projector mode: one key leaves the whole map on the screen with nothing over it, and the same key brings everything back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('main', { name: 'Map' }).click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('p');
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Overview of the whole map' }).or(page.locator('.react-flow__minimap'))).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show legend' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave projector mode' })).toHaveAttribute('aria-pressed', 'true');
  // Every node on screen, none under the legend's strip or the zoom controls.
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/projector-on-1280.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // For the back of the room: larger text and thicker links, and high contrast; both switch off with projector mode.
  const callout = page.locator('.node__callout').first();
  const link = page.locator('.react-flow__edge-path').first();
  const calloutBefore = (await callout.boundingBox())!.height;
  const linkBefore = await link.evaluate((e) => parseFloat(getComputedStyle(e).strokeWidth));
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await callout.boundingBox())!.height).toBeGreaterThan(calloutBefore * 1.25);
  expect(await link.evaluate((e) => parseFloat(getComputedStyle(e).strokeWidth))).toBeGreaterThan(linkBefore * 1.4);
  await page.getByRole('button', { name: 'High contrast' }).click();
  const box = page.locator('.node').first();
  await expect(box).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(box).toHaveCSS('color', 'rgb(0, 0, 0)');
  await page.screenshot({ path: 'test-results/projector-large-contrast-1280.png' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('p');
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Larger text' })).toHaveCount(0);
  expect(await link.evaluate((e) => parseFloat(getComputedStyle(e).strokeWidth))).toBeCloseTo(linkBefore, 1);
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'false');
  // Fitted again, the whole map is on the screen: the minimap comes back once part of it is out of view.
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('at 1440 × 900 the toolbar stays one row in a live room, and projector mode is a button too', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  await dialog.getByLabel('Your name, as others see it').fill('Sam');
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  expect(await toolbarRows(page)).toBe(1);
  await page.screenshot({ path: 'test-results/projector-live-1440.png' });
  await page.getByRole('button', { name: 'Projector mode' }).click();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toHaveCount(0);
  // The facilitator keeps the room's controls.
  await expect(page.getByRole('button', { name: /^People/ })).toBeVisible();
  await page.getByRole('button', { name: 'Leave projector mode' }).click();
  await expect(page.getByRole('tab', { name: 'Inspector' })).toBeVisible();
});

test('fitted to the screen, the example shows the key nodes’ names at a readable size and boxes for the rest', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('button', { name: 'Fit View' }).click();
  const callouts = page.locator('.node__callout');
  await expect(callouts.first()).toBeVisible();
  // On screen (after the zoom) the key labels are 12 px; the other labels are not drawn at an unreadable size.
  const sizes = await callouts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  expect(sizes.length).toBeGreaterThan(5);
  expect(sizes.length).toBeLessThan(20);
  await expect(page.locator('.react-flow__node', { hasText: 'Healthy weight across the population' }).locator('.node__callout')).toBeVisible();
  const inkedLabels = () => page.locator('.node__label').evaluateAll((els) => els.filter((e) => getComputedStyle(e).color !== 'rgba(0, 0, 0, 0)').length);
  expect(await inkedLabels()).toBe(0);
  await page.screenshot({ path: 'test-results/key-labels-1280.png' });
  // Zoomed in to read, every label is back and the callouts go.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(callouts.first()).toBeHidden();
  expect(await inkedLabels()).toBe(await page.locator('.node__label').count());
});

test('fitted to the screen, a tall map keeps clear of the open legend', async ({ page }) => {
  await openApp(page);
  await showLegend(page);
  // The council-tax example stood on end: a column of nodes, taller than it is wide.
  const map = JSON.parse(readFileSync(new URL('../../examples/council-tax-debt-person.json', import.meta.url), 'utf8')) as {
    id: string;
    meta: { title: string };
    nodes: Record<string, { position: { x: number; y: number } }>;
  };
  map.id = 'tall-map';
  map.meta.title = 'A tall map';
  Object.values(map.nodes).forEach((n, i) => (n.position = { x: (i % 3) * 200, y: Math.floor(i / 3) * 110 }));
  await page.locator('#open-file-input').setInputFiles({ name: 'tall.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)) });
  await expect(page.locator('.toolbar__title')).toHaveText('A tall map');
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
});

/** The key nodes' names (drawn zoomed far out) that the canvas edge cuts, of nodes wholly on the canvas. */
async function calloutsCut(page: Page) {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  return page.locator('.node__callout').evaluateAll(
    (els, c) => {
      const outside = (r: DOMRect) => r.left < c.x || r.right > c.x + c.width || r.top < c.y || r.bottom > c.y + c.height;
      return els
        .filter((e) => {
          const node = e.closest('.react-flow__node')!.getBoundingClientRect();
          const r = e.getBoundingClientRect();
          return r.width > 0 && !outside(node) && outside(r);
        })
        .map((e) => e.textContent);
    },
    canvas,
  );
}

/** Pairs of visible callouts that cover each other. */
async function calloutsOverlapping(page: Page) {
  return page.locator('.node__callout').evaluateAll((els) => {
    const shown = els.map((e) => ({ text: e.textContent, r: e.getBoundingClientRect(), hidden: getComputedStyle(e).visibility === 'hidden' })).filter((x) => x.r.width > 0 && !x.hidden);
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return shown.flatMap((a, i) => shown.slice(i + 1).filter((b) => meet(a.r, b.r)).map((b) => `${a.text} / ${b.text}`));
  });
}

test('at 1280 × 720 the key nodes’ names near the canvas edge are moved in, not cut off by it, and never cover each other', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  // Fitted to this screen the example is zoomed far out: the key nodes carry their names, wider than their boxes.
  await expect(page.locator('.node__callout').first()).toBeVisible();
  await expect(page.locator('.node__callout', { hasText: 'Takeaway and delivery app orders' })).toBeVisible();
  await expect.poll(() => calloutsCut(page)).toEqual([]);
  // A pan that takes a node near the other edge, still wholly on the canvas: its name comes in once the view rests.
  const stigma = page.locator('.node__callout', { hasText: 'Weight stigma and blame' });
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const node = (await page.locator('.react-flow__node', { has: stigma }).boundingBox())!;
  const by = Math.floor(canvas.x + canvas.width - (node.x + node.width) - 3);
  // Pressed on the empty canvas below the map, clear of the legend's strip and the zoom controls.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const from = { x: pane.x + 400, y: pane.y + pane.height - 25 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by, from.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await page.locator('.react-flow__node', { has: stigma }).boundingBox())!.x).toBeCloseTo(node.x + by, 0);
  await expect.poll(async () => (await stigma.boundingBox())!.x + (await stigma.boundingBox())!.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  await expect.poll(() => calloutsCut(page)).toEqual([]);

  // Selecting a node names its neighbours too, however close they sit; names that would cover each other give way,
  // the selected node's last, so every name on the screen can be read.
  await page.locator('.react-flow__node', { hasText: 'Healthy weight across the population' }).click();
  await expect(page.locator('.react-flow__node.selected .node__callout')).toBeVisible();
  await expect.poll(() => calloutsOverlapping(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/callouts-inside-1280.png' });
});

test('at 1440 × 900 the example opens clear of every overlay: the legend folds to its strip and the minimap waits until part of the map is out of view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  // Wide, the map cannot be fitted beside or above the open legend without shrinking: the legend folds instead.
  await expect(page.getByRole('button', { name: 'Show legend' })).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await expect.poll(() => hiddenNodes(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/open-1440.png' });
  // Zoomed in, part of the map is off the screen: the minimap is back to find one's way.
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  // Opened by hand, the legend stays open through a fit to the screen.
  await page.getByRole('button', { name: 'Show legend' }).click();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hide legend' })).toBeVisible();
});

test('at 1280 × 720 a wide layout fitted to the screen keeps the key nodes’ names over the overview, and its hint clear of the lens bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /^Lay out: Layered/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out/ })).toBeVisible({ timeout: 30_000 });
  // The layers are so wide that the map is drawn as the whole-map overview, boxes without labels...
  const hint = page.getByRole('status').filter({ hasText: 'Whole-map overview' });
  await expect(hint).toBeVisible();
  // ...but not a sea of blank boxes: the focal outcome and the key factors keep their names, readable and apart.
  const callouts = page.locator('.overview-callout');
  await expect(callouts.filter({ hasText: 'Healthy weight across the population' })).toBeVisible();
  const boxes = await callouts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height })));
  expect(boxes.length).toBeGreaterThan(5);
  expect(Math.min(...boxes.map((b) => b.height))).toBeGreaterThanOrEqual(12);
  const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
  expect(overlapping).toBe(0);
  const lensBar = (await page.locator('.lens-bar').boundingBox())!;
  const hintBox = (await hint.boundingBox())!;
  expect(hintBox.y >= lensBar.y + lensBar.height || hintBox.x >= lensBar.x + lensBar.width).toBe(true);
  await page.screenshot({ path: 'test-results/overview-callouts-1280.png' });
  // Zoomed in past the overview, the names are the nodes' own again.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(hint).toHaveCount(0);
  await expect(callouts).toHaveCount(0);
});
