import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, showLegend } from './helpers.ts';
import { seriousViolations } from './axe.ts';

type Rect = { x: number; y: number; width: number; height: number };
const apart = (a: Rect, b: Rect) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** Every node box on screen is clear of the marker. */
async function expectClearOfNodes(page: Page, marker: Locator) {
  const m = (await marker.boundingBox())!;
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  expect(boxes.length).toBeGreaterThan(100);
  const under = boxes.filter((b) => !apart(m, b));
  expect(under).toEqual([]);
}

/** No link's polarity mark or label on screen is under the marker (it is drawn over the links and would hide them). */
async function expectClearOfLinkWords(page: Page, marker: Locator) {
  const m = (await marker.boundingBox())!;
  const words = await page.locator('.link__mark, .link__label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  expect(words.length).toBeGreaterThan(100);
  expect(words.filter((w) => !apart(m, w))).toEqual([]);
}

async function nameFirstReinforcingLoop(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  await expect(panel.getByRole('status').first()).toContainText('reinforcing');
  await panel.getByRole('button', { name: /Reinforcing \(\d+\)/ }).click();
  const first = panel.locator('.loop').first();
  await first.getByRole('textbox', { name: /Name for loop/ }).fill(name);
  await first.getByRole('textbox', { name: /Name for loop/ }).press('Enter');
  return { panel, first };
}

// axe walks every element of the example map: give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

test('a named loop gets a marker in its middle, clear of every node, that the legend switches off', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  const { first } = await nameFirstReinforcingLoop(page, 'Less walking, more driving');
  await expect(first.locator('.loop-badge')).toHaveText('R1');

  const marker = page.getByRole('img', { name: 'Reinforcing loop R1: Less walking, more driving' });
  await expect(marker).toHaveCount(1);
  await first.getByRole('button', { name: /^Show loop/ }).click();
  await expect(marker).toBeInViewport();
  await expect(marker).toContainText('R1');
  await expect(marker).toContainText('Less walking, more driving');
  await page.waitForTimeout(400); // the view's glide to the loop
  await expectClearOfNodes(page, marker);
  await expectClearOfLinkWords(page, marker);
  await page.screenshot({ path: 'test-results/loop-marker-1440.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // The legend's switch hides every marker and brings them back.
  await showLegend(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  await legend.getByRole('checkbox', { name: 'Show loop markers' }).uncheck();
  await expect(page.locator('.loop-marker')).toHaveCount(0);
  await legend.getByRole('checkbox', { name: 'Show loop markers' }).check();
  await expect(marker).toHaveCount(1);
});

test('a marker follows its loop when a node of it is dragged, at 1280 × 720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const { first } = await nameFirstReinforcingLoop(page, 'Habits spread');
  await first.getByRole('button', { name: /^Show loop/ }).click();
  const marker = page.getByRole('img', { name: 'Reinforcing loop R1: Habits spread' });
  await expect(marker).toBeInViewport();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/loop-marker-1280.png' });
  const before = (await marker.boundingBox())!;

  // Drag one of the loop's nodes (lit by the loop lens) 160 px to the right.
  const lit = page.locator('.react-flow__node:not(:has(.node--dimmed))').first();
  const box = (await lit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await marker.boundingBox())!.x).not.toBe(before.x);
  await expectClearOfNodes(page, marker);
});
