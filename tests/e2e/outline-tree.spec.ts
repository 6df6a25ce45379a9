import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp } from './helpers.ts';

/** A small map made through the outline's forms: the outcome, three factors, three links. */
async function smallMap(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await page.getByRole('textbox', { name: 'The outcome this map is about' }).fill('Healthy weight');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Done: go to the map' }).click();
  await page.getByRole('tab', { name: 'Outline' }).click();
  const outline = page.getByRole('region', { name: 'Outline' });
  for (const name of ['Food prices', 'Stress', 'Sleep']) {
    await outline.getByRole('textbox', { name: 'Name of the new node' }).fill(name);
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('button', { name: `Details of “${name}”` })).toBeVisible();
  }
  const link = async (from: string, to: string, direction: string, strength: string) => {
    await outline.getByRole('button', { name: `Details of “${from}”` }).click();
    const form = outline.getByRole('form', { name: `Link “${from}” to another node` });
    await form.getByLabel('Effect on').selectOption({ label: to });
    await form.getByLabel('Direction').selectOption(direction);
    await form.getByLabel('Strength').selectOption(strength);
    await form.getByRole('button', { name: 'Add link' }).click();
    await outline.getByRole('button', { name: `Details of “${from}”` }).click();
  };
  await link('Food prices', 'Healthy weight', '-', 'strong');
  await link('Stress', 'Healthy weight', '-', 'medium');
  await link('Sleep', 'Stress', '-', 'medium');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  return outline;
}

const focused = (page: Page) => page.locator('[role="treeitem"]:focus');

test('the outline as a tree: read the map and follow its links with the keyboard alone', async ({ page }) => {
  const outline = await smallMap(page);
  await outline.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(outline.getByRole('button', { name: 'Tree', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const tree = outline.getByRole('tree');
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  const none = tree.getByRole('treeitem', { name: /^No theme/ });
  await expect(none).toHaveAccessibleName('No theme, 4 nodes');

  // One item is in the Tab order: Tab from the view switch reaches it.
  await outline.getByRole('button', { name: 'Tree', exact: true }).focus();
  for (let i = 0; i < 10 && !(await none.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(none).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(none).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByRole('treeitem')).toHaveCount(5);
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('Food prices, Factor, 0 causes, 1 effect');
  await expect(focused(page)).toHaveAttribute('aria-level', '2');
  await expect(focused(page)).toHaveAttribute('aria-posinset', '1');
  await expect(focused(page)).toHaveAttribute('aria-setsize', '4');

  // Letters jump to a name; the outcome says it is the focal one.
  await page.keyboard.type('h');
  await expect(focused(page)).toHaveAccessibleName('Healthy weight, Outcome, focal outcome, 2 causes, 0 effects');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('Causes, 2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('More “Food prices” → less “Healthy weight”, strong');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('More “Stress” → less “Healthy weight”, medium');

  // Enter on a cause goes to the node it comes from; from there, on along the chain.
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAccessibleName('Stress, Factor, 1 cause, 1 effect');
  await expect(page.locator('#announcer')).toHaveText('Now on “Stress”.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('Causes, 1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAccessibleName('More “Sleep” → less “Stress”, medium');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAccessibleName(/^Sleep, Factor/);

  // Enter on a node selects it on the map; focus stays in the tree.
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node.selected')).toHaveText(/Sleep/);
  await expect(focused(page)).toHaveAccessibleName(/^Sleep, Factor/);

  // Left goes up to the parent; Home and End to the ends.
  await page.keyboard.press('ArrowLeft');
  await expect(focused(page)).toHaveAccessibleName('No theme, 4 nodes');
  await page.keyboard.press('End');
  await expect(focused(page)).toHaveAccessibleName('Effects, 1');
  await page.keyboard.press('Home');
  await expect(focused(page)).toHaveAccessibleName('No theme, 4 nodes');
  expect(await seriousViolations(page)).toEqual([]);

  // Delete removes the focused node (focus stays in the tree); Undo brings it back.
  await page.keyboard.type('sl');
  await expect(focused(page)).toHaveAccessibleName(/^Sleep, Factor/);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(tree.getByRole('treeitem', { name: /^Sleep,/ })).toHaveCount(0);
  await expect(focused(page)).toHaveCount(1);
  await expect(page.locator('#announcer')).toHaveText('Deleted “Sleep”. Undo brings it back.');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(tree.getByRole('treeitem', { name: /^Sleep,/ })).toHaveCount(1);

  // Search narrows the tree to the matches.
  await outline.getByRole('searchbox', { name: 'Search' }).fill('stress');
  await expect(tree.getByRole('treeitem', { level: 2 })).toHaveText([/Stress/]);
});

test('the example map as a tree, on a projector', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('tab', { name: 'Outline' }).click();
  const outline = page.getByRole('region', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Tree', exact: true }).click();
  const tree = outline.getByRole('tree');
  const first = tree.getByRole('treeitem').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await tree.getByRole('treeitem', { level: 2 }).first().click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: '/tmp/access-shots/outline-tree-1280.png' });
  expect(await seriousViolations(page)).toEqual([]);
});
