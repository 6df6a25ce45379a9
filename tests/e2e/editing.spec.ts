import { expect, test } from '@playwright/test';
import { addNode, linkNodes, node, startEmptyMap } from './helpers.ts';

test('draw actors, factors and an outcome, link them, edit, undo and redo, and find it all after a reload', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'actor', 'Council tax team');
  await addNode(page, 'factor', 'Letters in officialese');
  await addNode(page, 'outcome', 'Household out of debt');

  // Move the outcome away so the three sit apart, then link by dragging.
  const outcome = node(page, 'Household out of debt');
  const box = (await outcome.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 340, box.y + box.height / 2 + 150, { steps: 10 });
  await page.mouse.up();

  await linkNodes(page, 'Letters in officialese', 'Household out of debt');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Link' })).toBeVisible();
  await inspector.getByText('− Opposite').click();
  await inspector.getByText('Strong').click();
  await expect(inspector).toContainText('More “Letters in officialese” → less “Household out of debt”');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge .link__mark text')).toHaveText('−');

  // Edit the factor in the inspector.
  await node(page, 'Letters in officialese').click();
  await expect(inspector.getByRole('heading', { name: 'Factor' })).toBeVisible();
  await inspector.getByLabel('Description').fill('Letters people cannot follow');
  await inspector.getByLabel('Factor type').selectOption('process');

  // Undo the factor type, redo it.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(inspector.getByLabel('Factor type')).toHaveValue('condition');
  await page.keyboard.press('Control+Shift+Z');
  await expect(inspector.getByLabel('Factor type')).toHaveValue('process');

  // Wait for autosave, reload, and everything is still there.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.locator('.react-flow__edge').click({ force: true });
  await node(page, 'Letters in officialese').click();
  await expect(inspector.getByLabel('Description')).toHaveValue('Letters people cannot follow');
  await expect(inspector.getByLabel('Factor type')).toHaveValue('process');
});
