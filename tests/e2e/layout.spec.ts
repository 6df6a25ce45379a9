import { expect, test } from '@playwright/test';
import { addNode, node, openApp, startEmptyMap } from './helpers.ts';

async function positionOf(page: import('@playwright/test').Page, label: string) {
  return node(page, label).evaluate((el) => (el as HTMLElement).style.transform);
}

test('lay out the example map, see the nodes move, and undo it in one step', async ({ page }) => {
  await openApp(page);
  const before = await positionOf(page, 'Stress');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Clustered/ }).click();
  await expect.poll(() => positionOf(page, 'Stress'), { timeout: 15_000 }).not.toBe(before);
  await expect(page.getByRole('button', { name: /^Undo Lay out \(clustered\)/ })).toBeVisible();
  // No two nodes overlap after the layout.
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height]));
  const overlaps = boxes.filter((a, i) => boxes.some((b, j) => j > i && a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!));
  expect(overlaps).toEqual([]);
  await page.getByRole('button', { name: /^Undo Lay out/ }).click();
  await expect.poll(() => positionOf(page, 'Stress')).toBe(before);
});

test('a pinned node stays where it is when the map is laid out', async ({ page }) => {
  await openApp(page);
  // Pin one node in the inspector.
  await page.getByRole('combobox', { name: 'Find a node by name' }).fill('Stress');
  await page.getByRole('option', { name: 'Stress', exact: true }).click();
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Pinned: auto-layout leaves it where it is').check();
  await expect(node(page, 'Stress').getByRole('img', { name: 'Pinned' })).toBeVisible();
  const pinned = await positionOf(page, 'Stress');
  const other = await positionOf(page, 'Low mood');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Organic/ }).click();
  await expect.poll(() => positionOf(page, 'Low mood'), { timeout: 15_000 }).not.toBe(other);
  expect(await positionOf(page, 'Stress')).toBe(pinned);
});

test('lay out only the selection: the other nodes stay where they are', async ({ page }) => {
  await startEmptyMap(page);
  for (const label of ['Rent arrears', 'Stress', 'Sleep', 'Debt advice']) await addNode(page, 'factor', label);
  const stay = await positionOf(page, 'Debt advice');
  const stay2 = await positionOf(page, 'Rent arrears');
  await node(page, 'Stress').click();
  await node(page, 'Sleep').click({ modifiers: ['Shift'] });
  const before = await positionOf(page, 'Sleep');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByLabel(/Only the 2 selected nodes/).check();
  await page.getByRole('menuitem', { name: /Lay out: Radial/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(radial, selection\)/ })).toBeVisible({ timeout: 15_000 });
  expect(await positionOf(page, 'Debt advice')).toBe(stay);
  expect(await positionOf(page, 'Rent arrears')).toBe(stay2);
  expect(await positionOf(page, 'Sleep')).not.toBe(before);
});
