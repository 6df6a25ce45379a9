import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { linksThroughBoxes, openApp, showLegend } from './helpers.ts';

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

  // Drag the node of the food production theme furthest from the region's middle halfway in: the region
  // follows it (its outline changes) and stays, since a region drawn in can take in no other node.
  const region = page.locator('.theme-region[data-theme="Food production and supply"] path');
  const outline = await region.getAttribute('d');
  const area = (await region.boundingBox())!;
  const middle = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const example = JSON.parse(readFileSync(new URL('../../examples/healthy-weight-place.json', import.meta.url), 'utf8')) as {
    nodes: Record<string, { label: string; clusterId: string | null }>;
    clusters: Record<string, { name: string }>;
  };
  const theme = Object.values(example.clusters).find((c) => c.name === 'Food production and supply')!;
  const themeId = Object.keys(example.clusters).find((id) => example.clusters[id] === theme)!;
  let far: { x: number; y: number; d: number } | null = null;
  for (const n of Object.values(example.nodes).filter((n) => n.clusterId === themeId)) {
    const b = await page.locator('.react-flow__node', { hasText: n.label }).first().boundingBox();
    if (!b || b.x < 0 || b.y < 60 || b.x + b.width > 1000 || b.y + b.height > 880) continue;
    const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const d = Math.hypot(c.x - middle.x, c.y - middle.y);
    if (!far || d > far.d) far = { ...c, d };
  }
  if (!far) throw new Error('no member of the theme on screen');
  await page.mouse.move(far.x, far.y);
  await page.mouse.down();
  await page.mouse.move((far.x * 3 + middle.x) / 4, (far.y * 3 + middle.y) / 4, { steps: 8 });
  await page.mouse.move((far.x + middle.x) / 2, (far.y + middle.y) / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => region.getAttribute('d')).not.toBe(outline);
  await expect(region).toHaveCount(1);

  await showLegend(page);
  await page.getByLabel('Show theme regions').uncheck();
  await expect(regions).toHaveCount(0);
});
