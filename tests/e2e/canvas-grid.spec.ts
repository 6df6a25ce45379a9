/**
 * The canvas's dotted grid moves with the map, and a pan leaves the map drawn
 * sharp: while the view moves the map is one layer the compositor slides, and
 * at rest it is drawn again at the zoom it stopped at.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers.ts';

/** Where the grid's dots fall on the map, in map units, modulo the 24-unit gap (from what is on the screen). */
async function dotPhase(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)\s*scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)!;
    const [tx, ty, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const canvas = document.querySelector('.map-grid')!.getBoundingClientRect();
    const dots = document.querySelector('.map-grid__dots')!.getBoundingClientRect();
    const r = (1.2 * k) / 2;
    const phase = (screen: number, origin: number) => ((((screen - origin) / k) % 24) + 24) % 24;
    return { x: phase(dots.left - canvas.left + r, tx), y: phase(dots.top - canvas.top + r, ty) };
  });
}

test('the dotted grid pans with the map, and the map is drawn sharp again once the view rests', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.map-grid__dots')).toHaveCSS('background-image', /^url\("data:image\/svg\+xml/);
  const before = await dotPhase(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const from = { x: pane.x + 300, y: pane.y + pane.height - 30 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 137, from.y - 61, { steps: 6 });
  // Moving, the map is a layer of its own.
  await expect(page.locator('.react-flow[data-moving]')).toHaveCount(1);
  await page.mouse.up();
  await expect(page.locator('.react-flow[data-moving]')).toHaveCount(0);
  // The dots stay on the same places of the map (12 units before each gap, a radius in).
  const after = await dotPhase(page);
  for (const p of [before, after]) {
    expect(Math.abs(p.x - 12.6)).toBeLessThan(0.05);
    expect(Math.abs(p.y - 12.6)).toBeLessThan(0.05);
  }
  // And after a zoom with the buttons too.
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(page.locator('.react-flow[data-moving]')).toHaveCount(0);
  const zoomed = await dotPhase(page);
  expect(Math.abs(zoomed.x - 12.6)).toBeLessThan(0.05);
  expect(Math.abs(zoomed.y - 12.6)).toBeLessThan(0.05);
});
