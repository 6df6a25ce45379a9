import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { openApp } from './helpers.ts';

test('build a three-scale stack, connect it, promise an enabler, see a pattern, export the report', async ({ page }) => {
  // Two axe scans over the app with the 118-node example behind the stack view, on a shared machine.
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Stack', exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Learning stack' });
  await expect(view).toBeVisible();
  await view.getByRole('button', { name: 'New stack' }).click();
  await expect(view.getByText('This stack has no maps yet')).toBeVisible();
  await view.getByRole('textbox', { name: 'Stack name' }).fill('Our town');

  const create = view.getByRole('form', { name: 'New map in the stack' });
  for (const [title, scale] of [['Town partnership', 'Place'], ['Hub team', 'Team'], ['A parent', 'Person / practitioner']] as const) {
    await create.getByLabel('Title').fill(title);
    await create.getByLabel('Scale').selectOption({ label: scale });
    await create.getByRole('button', { name: 'Create map in stack' }).click();
    await expect(view.getByRole('article', { name: new RegExp(`^${title}`) })).toBeVisible();
  }
  // Cards sit by scale: place above team above person.
  const y = async (name: string) => (await view.getByRole('article', { name: new RegExp(`^${name}`) }).boundingBox())!.y;
  expect(await y('Town partnership')).toBeLessThan(await y('Hub team'));
  expect(await y('Hub team')).toBeLessThan(await y('A parent'));

  const connect = view.getByRole('form', { name: 'Connect two maps' });
  const link = async (from: string, kind: string, to: string) => {
    await connect.getByLabel('This map').selectOption({ label: from });
    await connect.getByLabel('How they connect').selectOption({ label: kind });
    await connect.getByLabel('That map').selectOption({ label: to });
    await connect.getByRole('button', { name: 'Connect maps' }).click();
  };
  await link('Town partnership', 'learns from', 'Hub team');
  await link('Town partnership', 'enables', 'Hub team');
  await link('Hub team', 'learns from', 'A parent');
  await expect(view.locator('.stack-line')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);

  // Undo takes the last connection away, redo brings it back.
  await view.getByRole('button', { name: 'Undo Connect maps' }).click();
  await expect(view.locator('.stack-line')).toHaveCount(2);
  await view.getByRole('button', { name: 'Redo Connect maps' }).click();
  await expect(view.locator('.stack-line')).toHaveCount(3);

  await view.getByRole('tab', { name: 'Enablers and barriers' }).click();
  const conn = view.getByRole('region', { name: 'Town partnership enables Hub team' });
  await conn.getByLabel('Enabler or barrier', { exact: true }).selectOption({ label: 'Barrier to remove' });
  await conn.getByLabel('What', { exact: true }).fill('Referral form rules');
  await conn.getByLabel('Owner', { exact: true }).fill('Council');
  await conn.getByRole('button', { name: 'Add' }).click();
  await expect(conn).toContainText('Barrier to remove: Referral form rules');

  // The promise shows on the smaller map's card, not on the larger one's.
  await view.getByRole('tab', { name: 'Stack' }).click();
  await expect(view.getByRole('article', { name: /^Hub team/ })).toContainText('1 promised');
  await expect(view.getByRole('article', { name: /^Town partnership/ })).not.toContainText('promised');

  // The example stack's experiments show a pattern across the teams.
  await view.getByRole('button', { name: 'Open example stack' }).click();
  await expect(view.getByRole('textbox', { name: 'Stack name' })).toHaveValue('Early help in Riverside (example stack)');
  await expect(view.getByRole('article', { name: /^South family hub/ })).toContainText('1 promised');
  await view.getByRole('tab', { name: 'Patterns' }).click();
  await expect(view.getByText('5 experiments tried to weaken Waiting time for first help; 4 saw Trust in services go up, 1 saw no change.')).toBeVisible();
  await expect(view.getByRole('table')).toContainText('Trust in services');
  expect(await seriousViolations(page)).toEqual([]);

  // Filtering to the person scale leaves one experiment and no pattern.
  await view.getByLabel('Scale').selectOption({ label: 'Person / practitioner' });
  await expect(view.getByText('1 experiment in 4 maps')).toBeVisible();
  await view.getByLabel('Scale').selectOption({ label: 'All scales' });

  // Record a learning from the pattern; it shows on the place map.
  await view.getByRole('button', { name: 'Record a learning…' }).first().click();
  await view.getByLabel('What we learn from this').fill('Quick answers build trust');
  await view.getByRole('button', { name: 'Record learning' }).click();
  await expect(view.locator('.learnings')).toContainText('Quick answers build trust');
  await expect(view.locator('.learnings')).toContainText('On Early help in Riverside: the place partnership (example), about Trust in services');

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('early-help-in-riverside-example-stack-report.pdf');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');

  // Open a map from the stack.
  await view.getByRole('tab', { name: 'Stack' }).click();
  await view.getByRole('button', { name: 'Open North family hub (example)' }).click();
  await expect(view).toBeHidden();
  await expect(page.locator('.toolbar__title')).toHaveText('North family hub (example)');
});

test('the stack survives a reload (kept in the browser)', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Stack', exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Learning stack' });
  await view.getByRole('button', { name: 'Open example stack' }).click();
  await expect(view.getByRole('article')).toHaveCount(4);
  await view.getByRole('textbox', { name: 'Stack name' }).fill('Kept stack');
  // Wait until autosave has written it to IndexedDB.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('system-canvas');
            open.onsuccess = () => {
              const all = open.result.transaction('maps').objectStore('maps').getAll();
              all.onsuccess = () => resolve((all.result as { title?: string }[]).map((v) => v?.title ?? ''));
            };
          }),
      ),
    )
    .toContain('Kept stack');
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Stack', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Stack name' })).toHaveValue('Kept stack');
  await expect(page.getByRole('dialog', { name: 'Learning stack' }).getByRole('article')).toHaveCount(4);
});
