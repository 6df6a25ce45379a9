import { expect, test } from '@playwright/test';
import { linksThroughBoxes, openApp } from './helpers.ts';

test('after the organic layout no link of the example is drawn through a node it does not join', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Organic/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(organic\)/ })).toBeVisible({ timeout: 15_000 });
  // Routes arrive from the worker a moment after the nodes settle.
  await expect.poll(() => linksThroughBoxes(page), { timeout: 10_000 }).toEqual([]);
  await page.screenshot({ path: 'test-results/readable-organic.png' });
});

test('after Clustered each theme is a named region that follows a dragged node, and the legend switches regions off', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Clustered/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(clustered\)/ })).toBeVisible({ timeout: 15_000 });
  const regions = page.locator('.theme-region');
  await expect(regions).toHaveCount(8);
  await expect(page.locator('.theme-region text', { hasText: 'Physiology' })).toBeVisible();
  await page.screenshot({ path: 'test-results/readable-clustered.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/readable-clustered-1280.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Drag a node of the food production theme down into empty space: its region grows to follow it.
  const region = page.locator('.theme-region[data-theme="Food production and supply"] path');
  const before = await region.boundingBox();
  const member = page.locator('.react-flow__node', { hasText: 'Global food commodity prices' });
  const box = await member.boundingBox();
  if (!before || !box) throw new Error('not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 30, { steps: 8 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await region.boundingBox())!.height).toBeGreaterThan(before.height + 20);

  await page.getByLabel('Show theme regions').uncheck();
  await expect(regions).toHaveCount(0);
});
