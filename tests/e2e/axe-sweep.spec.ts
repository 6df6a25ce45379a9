/**
 * The accessibility scan (axe.ts: WCAG 2.2 A and AA) over the screens, menus
 * and dialogs the other specs do not already scan on their way: the map
 * inspector, several selected, the menus, Find, the paths view, the learning
 * timeline, touch mode, a confirmation, the library's rename and deleted
 * maps, and a second tab made read-only. The rest are scanned where their own
 * spec reaches them (accessibility, import, live, outline, stack, storage,
 * first-steps, keyboard-a11y, presenter).
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addNode, openApp, startEmptyMap } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 15_000 });

async function openDebtExample(page: Page) {
  await openApp(page);
  // The person-scale example: every panel, and a map small enough to scan quickly.
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /council-tax debt/i }).click();
  await expect(page.locator('.toolbar__title')).toContainText(/debt/i);
}

const expectClean = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

test('the map inspector, several nodes selected, the menus and Find', async ({ page }) => {
  await openDebtExample(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await page.locator('main.canvas').click({ position: { x: 400, y: 600 } });
  await page.keyboard.press('Escape');
  await expect(inspector.getByRole('heading').first()).toHaveText('Map');
  await expectClean(page);

  await page.keyboard.press('Control+a');
  await expect(inspector.getByRole('heading').first()).toHaveText(/^\d+ nodes, \d+ links selected$/);
  await expectClean(page);

  for (const [name, menu] of [
    ['New map', page.getByRole('menu', { name: 'New map' })],
    ['Lay out', page.getByRole('menu', { name: 'Layouts' })],
  ] as const) {
    await page.getByRole('button', { name, exact: name === 'New map' }).click();
    await expect(menu).toBeVisible();
    await expectClean(page);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  }
  await page.getByRole('button', { name: /^Experiments/ }).first().click();
  const lensMenu = page.getByRole('group', { name: 'Show what these experiments touched' });
  await expect(lensMenu).toBeVisible();
  await expectClean(page);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+f');
  await page.keyboard.type('arr');
  await expect(page.getByRole('option', { name: /arrears/i }).first()).toBeVisible();
  await expectClean(page);
});

test('the paths view, the learning timeline, touch mode and a confirmation', async ({ page }) => {
  await openDebtExample(page);
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await panel.getByRole('button', { name: 'Paths' }).click();
  await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Letters written in officialese' });
  await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Council tax arrears' });
  await expect(panel.getByRole('status')).toContainText('Strongest');
  await expectClean(page);

  await page.getByRole('tab', { name: /Experiments/ }).click();
  await panel.getByRole('button', { name: 'Learning timeline' }).click();
  await expect(panel.getByRole('list', { name: 'Learning timeline' })).toBeVisible();
  await expectClean(page);

  await panel.getByRole('button', { name: 'Table' }).click();
  await panel.getByRole('button', { name: /phone call/i }).click();
  await panel.getByRole('button', { name: 'Touch nodes on the map' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Touch mode' })).toBeVisible();
  await expectClean(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Touch mode' })).toHaveCount(0);

  // Deleting a node an experiment touches asks first.
  const touched = await page.locator('.react-flow__node').filter({ has: page.locator('.node__badge') }).first().getAttribute('aria-label');
  await page.keyboard.press('Control+f');
  await page.keyboard.type(touched!.replace(/^\w+ /, ''));
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node:focus')).toHaveAttribute('aria-label', touched!);
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete a node that experiments touch?' });
  await expect(confirm).toBeVisible();
  await expectClean(page);
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
});

test('the library: renaming a map, recently deleted maps', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Kept');
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await addNode(page, 'factor', 'Thrown away');
  await page.getByRole('button', { name: 'Maps…' }).click();
  const library = page.getByRole('dialog', { name: 'Your maps' });
  await expect(library).toBeVisible();
  await library.getByRole('button', { name: /^Rename/ }).first().click();
  await expect(library.getByRole('textbox', { name: /^New name for/ })).toBeFocused();
  await expectClean(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Maps…' }).click();
  await library.getByRole('button', { name: /^Delete/ }).first().click();
  await expect(library.getByRole('button', { name: /^Delete forever/ })).toBeVisible();
  await expectClean(page);
});

test('a second tab made read-only says so accessibly', async ({ page, context }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Mine');
  const second = await context.newPage();
  await second.goto('/');
  // The banner says so, and the inspector repeats it above its read-only fields.
  await expect(second.getByText('This map is open in another tab').first()).toBeVisible();
  expect(await seriousViolations(second)).toEqual([]);
});
