import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { linksThroughBoxes, node, openApp, showLegend } from './helpers.ts';

/** A node's box on the canvas in map units (React Flow's wrapper, whose size is what links and regions are drawn round). */
const widthOf = (page: Page, label: string) => node(page, label).evaluate((el) => (el as HTMLElement).offsetWidth);
const allWidths = (page: Page) => page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetWidth));

test('size nodes by influence passing through: the most central node of the example grows, the legend says why, and same size restores it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);

  // The most central node, as the key-factors table ranks it (by betweenness, largest first).
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  await panel.getByRole('button', { name: 'Key factors' }).click();
  const top = (await panel.locator('tbody tr').first().locator('td').first().innerText()).trim();
  expect(top.length).toBeGreaterThan(0);
  const before = await widthOf(page, top);
  const others = (await allWidths(page)).filter((w) => w === before).length;
  expect(others).toBeGreaterThan(1);

  await showLegend(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const sizeBy = legend.getByLabel('Size nodes by');
  await expect(sizeBy).toHaveValue('none');
  await sizeBy.selectOption({ label: 'Influence passing through' });
  await expect(legend).toContainText('Larger boxes: more chains of influence pass through them (betweenness)');
  await expect.poll(() => widthOf(page, top)).toBeGreaterThan(before * 1.5);
  // The largest box of all, and within the bound.
  const grown = await widthOf(page, top);
  expect(Math.max(...(await allWidths(page)))).toBe(grown);
  expect(grown).toBeLessThanOrEqual(Math.ceil(before * 1.6));
  expect(await seriousViolations(page)).toEqual([]);
  // Brought into view from the table, as a user would look at it.
  await panel.locator('tbody tr').first().getByRole('button', { name: top }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'test-results/size-by-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('button', { name: 'Hide legend' })).toBeVisible();
  await page.screenshot({ path: 'test-results/size-by-1280.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // From the keyboard: links in and out, then back to one size.
  await sizeBy.focus();
  await page.keyboard.press('ArrowUp');
  await expect(sizeBy).toHaveValue('links');
  await expect(legend).toContainText('Larger boxes: more links in and out');
  await page.keyboard.press('ArrowUp');
  await expect(sizeBy).toHaveValue('none');
  await expect(legend).not.toContainText('Larger boxes');
  await expect.poll(() => widthOf(page, top)).toBe(before);
  expect(new Set(await allWidths(page))).toEqual(new Set([before]));
});

/** Pairs of node boxes on the canvas that overlap (map units, a pixel of slack). */
const overlappingPairs = (page: Page) =>
  page.locator('.react-flow__node').evaluateAll((els) => {
    const boxes = els.map((el) => {
      const [x, y] = ((el as HTMLElement).style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
      return { id: (el as HTMLElement).dataset.id, x: x! + 1, y: y! + 1, w: (el as HTMLElement).offsetWidth - 2, h: (el as HTMLElement).offsetHeight - 2 };
    });
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.id} ${b.id}`);
      }),
    );
    return out;
  });

test('a layout made while nodes are sized by links in and out keeps the larger boxes apart and routes links round them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  const widest = async () => Math.max(...(await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetWidth))));
  const before = await widest();
  await showLegend(page);
  await page.getByRole('region', { name: 'Legend' }).getByLabel('Size nodes by').selectOption({ label: 'Links in and out' });
  await expect.poll(widest).toBeGreaterThan(before * 1.5);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Organic/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(organic\)/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => overlappingPairs(page), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => linksThroughBoxes(page), { timeout: 10_000 }).toEqual([]);
  await page.screenshot({ path: 'test-results/size-by-organic.png' });
});
