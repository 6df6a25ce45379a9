import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { node, openApp } from './helpers.ts';

async function openExampleStack(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'Stack', exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Learning stack' });
  await view.getByRole('button', { name: 'Open example stack' }).click();
  await expect(view.getByRole('article')).toHaveCount(4);
  return view;
}

test('edit, remove and add enablers and barriers on a downward connection, each one undo step; the promise shows on the lower map', async ({ page }) => {
  test.setTimeout(120_000);
  const view = await openExampleStack(page);
  await view.getByRole('tab', { name: 'Enablers and barriers' }).click();
  const south = view.getByRole('region', { name: 'Early help in Riverside: the place partnership (example) enables South family hub (example)' });
  const barrier = south.getByRole('listitem').filter({ hasText: 'Stop paying the hubs by the number of crisis referrals' });
  await expect(barrier).toContainText('Acting on it; for Waiting time for first help; rests on our Commissioning by referral numbers; owner Council commissioning lead');

  // Edit: more nodes of the team map, another owner, a later review.
  await barrier.getByRole('button', { name: 'Edit Stop paying the hubs by the number of crisis referrals' }).click();
  const form = south.getByRole('form', { name: 'Edit Stop paying the hubs by the number of crisis referrals' });
  await form.getByLabel('Filter the nodes of South family hub (example)').fill('crisis');
  await form.getByRole('checkbox', { name: 'Referrals at crisis point' }).check();
  await expect(form.getByRole('checkbox', { name: 'Triage by phone' })).toHaveCount(0);
  await form.getByLabel('Owner', { exact: true }).fill('Director of children’s services');
  await form.getByLabel('Review date').fill('2027-03-31');
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(barrier).toContainText('Done; for Waiting time for first help, Referrals at crisis point; rests on our Commissioning by referral numbers; owner Director of children’s services; review 2027-03-31');

  // One undo step, named.
  await view.getByRole('button', { name: 'Undo Edit barrier' }).click();
  await expect(barrier).toContainText('Acting on it; for Waiting time for first help; rests on');
  await view.getByRole('button', { name: 'Redo Edit barrier' }).click();
  await expect(barrier).toContainText('Done; for Waiting time for first help, Referrals at crisis point');

  await barrier.getByRole('button', { name: 'Remove Stop paying the hubs by the number of crisis referrals' }).click();
  await expect(south).toContainText('Nothing promised yet.');
  await view.getByRole('button', { name: 'Undo Remove barrier' }).click();
  await expect(barrier).toBeVisible();

  // A new enabler for the north hub, tied to its trust and to the place's council.
  const north = view.getByRole('region', { name: 'Early help in Riverside: the place partnership (example) enables North family hub (example)' });
  await north.getByText('Add an enabler or barrier').click();
  const add = north.getByRole('form', { name: 'Add an enabler or barrier for North family hub (example)' });
  await add.getByLabel('What', { exact: true }).fill('Fund a worker who stays with each family');
  await add.getByRole('checkbox', { name: 'Trust in services' }).check();
  await add.getByLabel('Our own node it rests on (optional)').selectOption({ label: 'Council' });
  await add.getByLabel('Owner', { exact: true }).fill('Council');
  await add.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(north.getByRole('listitem').filter({ hasText: 'Fund a worker who stays with each family' })).toContainText('Noticed; for Trust in services; rests on our Council; owner Council');

  // The north hub's map shows the promise on its trust node; the place's council node shows it as made.
  await view.getByRole('tab', { name: 'Stack' }).click();
  await view.getByRole('button', { name: 'Open North family hub (example)' }).click();
  await expect(page.locator('.toolbar__title')).toHaveText('North family hub (example)');
  await node(page, 'Trust in services').getByRole('button', { name: /^1 promise from the scale above/ }).click();
  await expect(page.getByRole('dialog', { name: /^Promised by the scale above/ })).toContainText('Enabler to nurture: Fund a worker who stays with each family');
});
