import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { node, openApp } from './helpers.ts';

const FOCAL = 'Healthy weight across the population';
const hint = (page: Page) => page.getByRole('status').filter({ hasText: 'Whole-map overview' });

/** The middle of a node on screen, worked out from its place on the map and the view (its element may be out of sight). */
async function middleOf(page: Page, label: string) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const view = await page.locator('.react-flow__viewport').evaluate((el) => {
    const t = new DOMMatrix(getComputedStyle(el).transform);
    return { tx: t.e, ty: t.f, k: t.a };
  });
  const box = await node(page, label).evaluate((el) => {
    const t = new DOMMatrix(getComputedStyle(el).transform);
    return { x: t.e, y: t.f, width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight };
  });
  return { x: pane.x + view.tx + (box.x + box.width / 2) * view.k, y: pane.y + view.ty + (box.y + box.height / 2) * view.k, width: box.width };
}

test('zoomed out to the whole-map overview, a small map shows its drawing only; a click picks a box, and zooming back in shows every node as it was', async ({ page }) => {
  await openApp(page);
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 12 && !(await hint(page).isVisible()); i++) await zoomOut.click();
  await expect(hint(page)).toBeVisible();
  await expect(page.locator('.overview-canvas')).toBeVisible();
  // The nodes and links under the drawing are out of sight, so nothing is drawn twice and nothing hidden takes a click.
  await expect(node(page, FOCAL)).toBeHidden();
  await expect(page.locator('.react-flow__edge').first()).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);

  const focal = await middleOf(page, FOCAL);
  // Their layout is kept while hidden: the node still has its width.
  expect(focal.width).toBeGreaterThan(100);
  await page.mouse.click(focal.x, focal.y);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Label')).toHaveValue(FOCAL);

  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 12 && (await hint(page).isVisible()); i++) await zoomIn.click();
  await expect(hint(page)).toHaveCount(0);
  await expect(node(page, FOCAL)).toBeVisible();
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  // Where the overview drew it: its element is back at the same place on screen.
  const after = await middleOf(page, FOCAL);
  const shown = (await node(page, FOCAL).boundingBox())!;
  expect(Math.abs(shown.x + shown.width / 2 - after.x)).toBeLessThan(2);
  expect(Math.abs(shown.y + shown.height / 2 - after.y)).toBeLessThan(2);
});
