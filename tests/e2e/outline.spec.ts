import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp } from './helpers.ts';

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

const rowOf = (page: Page, name: string) => page.locator('.outline__table tr', { has: page.getByRole('button', { name: `Details of “${name}”` }) });

async function addInOutline(page: Page, name: string, kind?: 'Actor' | 'Outcome') {
  const outline = page.getByRole('region', { name: 'Outline' });
  const input = outline.getByRole('textbox', { name: 'Name of the new node' });
  if (kind) {
    const select = outline.getByRole('combobox', { name: 'Kind of node to add' });
    await tabTo(page, select, true);
    await page.keyboard.type(kind);
    await tabTo(page, input);
  }
  await tabTo(page, input);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Details of “${name}”` })).toBeVisible();
  if (kind) {
    await tabTo(page, outline.getByRole('combobox', { name: 'Kind of node to add' }), true);
    await page.keyboard.type('Factor');
  }
}

async function linkInOutline(page: Page, from: string, to: string, direction: 'same' | 'opposite', strength: 'Weak' | 'Medium' | 'Strong') {
  const details = page.getByRole('button', { name: `Details of “${from}”` });
  await tabTo(page, details, true);
  if ((await details.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Link “${from}” to another node` });
  await tabTo(page, form.getByLabel('Effect on'));
  // A select finds an option by its first letters (a space would open its list instead).
  await page.keyboard.type(to.split(' ')[0]!);
  await expect(form.getByLabel('Effect on')).toHaveValue(/.+/);
  await page.keyboard.press('Tab');
  if (direction === 'opposite') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type(strength);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add link' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Close the details again so the table stays short.
  await tabTo(page, details, true);
  await page.keyboard.press('Enter');
}

test('a five-node map built, linked and read back through the outline with the keyboard only', async ({ page }) => {
  await openApp(page);
  await tabTo(page, page.getByRole('button', { name: 'New map', exact: true }));
  await page.keyboard.press('Enter');
  // The menu opens on its first item, the empty map.
  await expect(page.getByRole('menuitem', { name: /^Empty map/ })).toBeFocused();
  await page.keyboard.press('Enter');

  // The start panel asks for the outcome first and makes it focal.
  const outcomeBox = page.getByRole('textbox', { name: 'The outcome this map is about' });
  await expect(outcomeBox).toBeFocused();
  await page.keyboard.type('Healthy weight');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Done: go to the map' }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('tab', { name: 'Outline' }));
  await page.keyboard.press('Enter');
  const outline = page.getByRole('region', { name: 'Outline' });
  await expect(outline).toBeVisible();

  await addInOutline(page, 'Food prices');
  await addInOutline(page, 'Stress');
  await addInOutline(page, 'Older residents', 'Actor');
  await addInOutline(page, 'Sleep');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(outline.getByRole('status').first()).toHaveText('5 nodes, 0 links.');

  await linkInOutline(page, 'Food prices', 'Healthy weight', 'opposite', 'Strong');
  await linkInOutline(page, 'Stress', 'Healthy weight', 'opposite', 'Medium');
  await linkInOutline(page, 'Older residents', 'Stress', 'same', 'Weak');
  await linkInOutline(page, 'Sleep', 'Stress', 'opposite', 'Medium');
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(outline.getByRole('status').first()).toHaveText('5 nodes, 4 links.');

  // Rename in place: type over the name, Enter.
  const sleepName = rowOf(page, 'Sleep').getByRole('textbox', { name: 'Name' });
  await tabTo(page, sleepName, true);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Sleep quality');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node', { hasText: 'Sleep quality' })).toBeVisible();

  // Read it back: the outcome's causes in words, the actor's kind guessed from its name.
  const details = page.getByRole('button', { name: 'Details of “Healthy weight”' });
  await tabTo(page, details, true);
  await page.keyboard.press('Enter');
  const healthy = page.locator('.outline__details');
  await expect(healthy).toContainText('More “Food prices” → less “Healthy weight”, strong');
  await expect(healthy).toContainText('More “Stress” → less “Healthy weight”, medium');
  await expect(rowOf(page, 'Healthy weight')).toContainText('★ focal outcome');
  await expect(rowOf(page, 'Older residents').getByRole('combobox', { name: 'Kind of “Older residents”' })).toHaveValue('actor');
  await page.keyboard.press('Enter');

  // Sort by causes (most first): the outcome and Stress, with two each, lead.
  await tabTo(page, outline.getByRole('button', { name: 'Causes' }), true);
  await page.keyboard.press('Enter');
  await expect(outline.getByRole('columnheader', { name: 'Causes' })).toHaveAttribute('aria-sort', 'descending');
  const firstTwo = await outline.locator('tbody tr th input').evaluateAll((els) => els.slice(0, 2).map((e) => (e as HTMLInputElement).value));
  expect(firstTwo.sort()).toEqual(['Healthy weight', 'Stress']);

  // Check two rows and tag them both at once: one undo step.
  await tabTo(page, outline.getByRole('checkbox', { name: 'Check “Food prices”' }));
  await page.keyboard.press('Space');
  await tabTo(page, outline.getByRole('checkbox', { name: 'Check “Stress”' }), true);
  await page.keyboard.press('Space');
  const bulk = outline.getByRole('form', { name: 'Edit 2 checked rows' });
  await tabTo(page, bulk.getByLabel('Add tags'), true);
  await page.keyboard.type('money');
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'Food prices').getByRole('textbox', { name: 'Tags of “Food prices”' })).toHaveValue('money');
  await expect(rowOf(page, 'Stress').getByRole('textbox', { name: 'Tags of “Stress”' })).toHaveValue('money');
  await expect(page.locator('#announcer')).toHaveText('Edited 2 nodes.');
  expect(await seriousViolations(page)).toEqual([]);

  // Search narrows the rows; undo (announced) takes the tags back in one step.
  await tabTo(page, outline.getByRole('searchbox', { name: 'Search' }), true);
  await page.keyboard.type('money');
  await expect(outline.locator('tbody tr')).toHaveCount(2);
  await expect(outline.getByRole('status').first()).toHaveText('2 of 5 nodes match.');
  await tabTo(page, outline.getByRole('checkbox', { name: 'Check every row shown' }));
  await page.keyboard.press('Control+z');
  await expect(page.locator('#announcer')).toHaveText('Undid: Edit 2 nodes');
  await expect(outline.locator('tbody tr')).toHaveCount(0);
});

test('the outline of the example map, and deleting a node from it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Outline' }).click();
  const outline = page.getByRole('region', { name: 'Outline' });
  await expect(outline.locator('tbody tr').first()).toBeVisible();
  await outline.locator('tbody tr').first().getByRole('button', { name: /^Details of/ }).click();
  await page.screenshot({ path: '/tmp/access-shots/outline-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/access-shots/outline-1280.png' });
  const before = await page.locator('.react-flow__node').count();
  const name = await outline.locator('tbody tr').first().getByRole('textbox', { name: 'Name' }).inputValue();
  await outline.getByRole('button', { name: `Delete “${name}”` }).click();
  const confirm = page.getByRole('dialog');
  if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /Delete/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before - 1);
  await expect(page.getByRole('button', { name: `Details of “${name}”` })).toHaveCount(0);
});
