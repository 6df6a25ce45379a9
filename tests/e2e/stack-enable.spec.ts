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

test('patterns for the maps a map learns from, or any chosen set; filter by phase; a learning rests on the experiments chosen and shows on the larger map', async ({ page }) => {
  test.setTimeout(120_000);
  const view = await openExampleStack(page);
  await view.getByRole('tab', { name: 'Patterns' }).click();
  const scope = view.getByRole('group', { name: 'Which maps' });
  await expect(scope.getByRole('group', { name: 'Maps covered: 4 of 4' })).toBeVisible();

  // What the north hub learns from: only the family's map below it.
  await scope.getByLabel('Patterns for').selectOption({ label: 'What North family hub (example) learns from (1 map below)' });
  await expect(scope.getByRole('checkbox', { name: /^One family’s route to help/ })).toBeChecked();
  await expect(scope.getByRole('checkbox', { name: /^North family hub/ })).not.toBeChecked();
  await expect(view.getByText('1 experiment in 1 map.', { exact: false })).toBeVisible();
  await expect(view.getByText('No factor was tried by two or more of these experiments yet.')).toBeVisible();

  // By hand: the two hubs, side by side.
  await scope.getByRole('checkbox', { name: /^One family’s route to help/ }).uncheck();
  await scope.getByRole('checkbox', { name: /^North family hub/ }).check();
  await scope.getByRole('checkbox', { name: /^South family hub/ }).check();
  await expect(scope.getByLabel('Patterns for')).toHaveValue('');
  await expect(view.getByText('4 experiments in 2 maps.', { exact: false })).toBeVisible();
  await expect(view.getByText('4 experiments tried to weaken Waiting time for first help; 3 saw Trust in services go up, 1 saw no change.')).toBeVisible();

  // The phase filter: none of these is at the experiment phase; all are embedding.
  const filters = view.getByRole('group', { name: 'Filter the experiments' });
  await filters.getByLabel('Phase').selectOption({ label: 'Experiment' });
  await expect(view.getByText('0 experiments in 2 maps.', { exact: false })).toBeVisible();
  await filters.getByLabel('Phase').selectOption({ label: 'Embed and influence' });
  await expect(view.getByText('4 experiments in 2 maps.', { exact: false })).toBeVisible();

  // What the place learns from, and a learning that rests on two of the four experiments.
  await scope.getByLabel('Patterns for').selectOption({ label: 'What Early help in Riverside: the place partnership (example) learns from (3 maps below)' });
  await expect(scope.getByRole('group', { name: 'Maps covered: 3 of 4' })).toBeVisible();
  const pattern = view.getByRole('listitem').filter({ hasText: 'tried to weaken Waiting time for first help; 4 saw Trust in services go up' });
  await pattern.getByRole('button', { name: 'Record a learning…' }).click();
  const form = pattern.getByRole('form', { name: /^Record a learning from/ });
  await form.getByLabel('What we learn from this').fill('A worker who stays matters more than speed');
  await expect(form.getByLabel('On the map')).toHaveValue('map_early_help_place');
  await form.getByRole('checkbox', { name: /^Same-day triage by phone/ }).uncheck();
  await form.getByRole('checkbox', { name: /^A text the same day I asked/ }).uncheck();
  await form.getByRole('checkbox', { name: /^Call back every enquiry/ }).uncheck();
  await expect(form.getByRole('group', { name: 'It rests on 2 of 5 experiments' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Record learning' }).click();
  const learned = view.locator('.learnings li').filter({ hasText: 'A worker who stays matters more than speed' });
  await expect(learned).toContainText('rests on 2 experiments (Drop-in sessions at the school gate; Keep the first worker as the key worker)');

  // On the place map, the trust node now carries both learnings.
  await view.getByRole('tab', { name: 'Stack' }).click();
  await view.getByRole('button', { name: 'Open Early help in Riverside: the place partnership (example)' }).click();
  await node(page, 'Trust in services').getByRole('button', { name: '2 learnings about “Trust in services”: show them' }).click();
  await expect(page.getByRole('dialog', { name: /^Learnings about this/ })).toContainText('A worker who stays matters more than speed');
});
