import { expect, test } from '@playwright/test';
import { addNode, node, openApp, startEmptyMap } from './helpers.ts';

test('a first visit opens the healthy-weight example, not an empty canvas', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.toolbar__title')).toContainText('Healthy weight');
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(90);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Focal', { ignoreCase: true }).catch(() => undefined);
  await expect(page.locator('.node--focal')).toHaveCount(1);
});

test('the library: new, rename, duplicate, delete and restore maps', async ({ page }) => {
  await startEmptyMap(page);
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Title').fill('Discharge map');
  await addNode(page, 'factor', 'Bed pressure');

  await page.getByRole('button', { name: 'Maps…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your maps' });
  await expect(dialog.getByRole('button', { name: 'Open Discharge map' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Rename Discharge map' }).click();
  await dialog.getByLabel('New name for Discharge map').fill('Hospital discharge');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(page.locator('.toolbar__title')).toHaveText('Hospital discharge');

  await dialog.getByRole('button', { name: 'Duplicate Hospital discharge' }).click();
  await expect(dialog.getByRole('button', { name: 'Open Hospital discharge (copy)' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Delete Hospital discharge (copy)' }).click();
  const deleted = dialog.getByRole('list', { name: 'Recently deleted maps' });
  await expect(deleted).toContainText('Hospital discharge (copy)');
  await dialog.getByRole('button', { name: 'Restore Hospital discharge (copy)' }).click();
  await expect(dialog.getByRole('button', { name: 'Open Hospital discharge (copy)' })).toBeVisible();

  // Open the example from the library list, then come back to ours.
  await dialog.getByRole('button', { name: /^Open Healthy weight/ }).click();
  await expect(page.locator('.toolbar__title')).toContainText('Healthy weight');
  await page.getByRole('button', { name: 'Maps…' }).click();
  await dialog.getByRole('button', { name: 'Open Hospital discharge', exact: true }).click();
  await expect(node(page, 'Bed pressure')).toBeVisible();

  // Reopening the browser restores the last map open.
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.toolbar__title')).toHaveText('Hospital discharge');
});

test('when the browser will not store data, the app still works and says changes are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Changes are not being saved' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saving' })).toBeVisible();
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await addNode(page, 'factor', 'Still works');
  await expect(node(page, 'Still works')).toBeVisible();
});

test('open another example from the menu', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  const menu = page.getByRole('group', { name: 'Example maps' });
  await menu.getByRole('menuitem').nth(1).click();
  await expect(page.locator('.toolbar__title')).toContainText(/debt/i);
});
