import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp } from './helpers.ts';

// axe walks every element of a 400-element map several times: give it room on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

test('the main screen has no serious or critical accessibility problems', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);

  // With a node selected (node inspector) and a link selected (link inspector).
  await page.locator('.react-flow__node').first().click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('.react-flow__edge').first().click({ force: true });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Maps…' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the experiments panel, an experiment and the lenses have no serious or critical accessibility problems', async ({ page }) => {
  await openApp(page);
  // The person-scale example: the same panels, and a map small enough to scan quickly.
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /council-tax debt/i }).click();
  await expect(page.locator('.toolbar__title')).toContainText(/debt/i);
  await page.getByRole('tab', { name: /Experiments/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /phone call/i }).click();
  await page.getByRole('button', { name: 'Show on map' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New log entry' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('group', { name: 'Lens' }).getByRole('button', { name: 'Coverage' }).click();
  expect(await seriousViolations(page)).toEqual([]);

  // Analysis: loops, key factors, what-if; then the export dialog.
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await expect(page.locator('.loop').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Key factors' }).click();
  await expect(page.locator('.analysis__table tbody tr').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'What if' }).click();
  await page.getByLabel('Start from an experiment’s intentions').selectOption({ index: 1 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export the map' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the scan catches a control whose name hides its visible words (WCAG 2.5.3)', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'Maps…';
    b.setAttribute('aria-label', 'Open map library');
    document.querySelector('header')?.append(b);
  });
  expect((await seriousViolations(page)).join('\n')).toContain('label-content-name-mismatch');
});

test('the page has a level-one heading and landmarks for its parts', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Healthy weight/);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main', { name: 'Map' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Maps…' })).toBeVisible();
});
