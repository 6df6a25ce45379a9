import { expect, test, type Page } from '@playwright/test';
import { addNode, node, startEmptyMap, showLegend } from './helpers.ts';

async function threeFactors(page: Page) {
  await startEmptyMap(page);
  for (const label of ['Letters in officialese', 'Fear of opening post', 'Arrears', 'Bailiff visits']) await addNode(page, 'factor', label);
}

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Side panel' });

test('run an experiment on the map: start it from a node, touch nodes, record what happened, see it through the lens', async ({ page }) => {
  await threeFactors(page);

  // Start from a node.
  await node(page, 'Letters in officialese').click();
  await inspector(page).getByRole('button', { name: 'New experiment here' }).click();
  const detail = panel(page);
  await expect(detail.getByRole('heading', { name: 'Experiment on Letters in officialese' })).toBeVisible();
  await detail.getByLabel('Title').fill('Plain-English reminder letters');
  await detail.getByLabel('Question or hypothesis').fill('We believe plain letters will reduce fear of opening post');
  await detail.getByLabel('Status').selectOption('running');

  // Touch two more factors by clicking them in touch mode.
  await detail.getByRole('button', { name: 'Touch nodes on the map' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Touch mode' })).toContainText('(1 touched)');
  await node(page, 'Fear of opening post').click();
  await node(page, 'Arrears').click();
  await expect(page.getByRole('status').filter({ hasText: 'Touch mode' })).toContainText('(3 touched)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Touch mode' })).toHaveCount(0);
  await expect(detail.getByRole('heading', { name: 'Touched nodes (3)' })).toBeVisible();

  // Record intended and observed effects.
  await detail.getByLabel('Intended effect on Fear of opening post').selectOption('weaken');
  await detail.getByLabel('Observed effect on Fear of opening post').selectOption('down');
  await detail.getByLabel('Intended effect on Arrears').selectOption('weaken');
  await detail.getByLabel('Observed effect on Arrears').selectOption('up');
  await expect(detail.getByText('A surprise: it moved the other way')).toBeVisible();

  // A learning-log entry with a measure.
  await detail.getByRole('button', { name: 'New log entry' }).click();
  const form = detail.getByRole('form', { name: 'New log entry' });
  await form.getByLabel('Date', { exact: true }).fill('2026-10-05');
  await form.getByLabel('What we did').fill('Sent 40 rewritten letters');
  await form.getByLabel('What we learned').fill('People phoned rather than ignoring the letter');
  await form.getByLabel('Measure name').fill('Calls to the council');
  await form.getByLabel('Measure value').fill('12');
  await form.getByLabel('Measure unit').fill('per week');
  await form.getByLabel('resident').check();
  await form.getByRole('button', { name: 'Add log entry' }).click();
  await expect(detail.locator('.log-entry')).toContainText('Calls to the council: 12 per week');
  await detail.getByRole('button', { name: 'Edit log entry of 2026-10-05' }).click();
  await detail.getByRole('form', { name: 'Edit log entry' }).getByLabel('What next').fill('Try it in the second ward');
  await detail.getByRole('button', { name: 'Save log entry' }).click();
  await expect(detail.locator('.log-entry')).toContainText('Try it in the second ward');
  await expect(detail.locator('.log-entry')).toContainText('Calls to the council: 12 per week');

  // Badges on the three touched nodes, none on the fourth.
  await expect(node(page, 'Arrears').getByRole('img', { name: '1 experiment: 1 running' })).toBeVisible();
  await expect(node(page, 'Bailiff visits').locator('.node__badge')).toHaveCount(0);

  // The experiment lens: exactly the touched nodes stay lit, the rest is dimmed.
  await detail.getByRole('button', { name: 'Show on map' }).click();
  await expect(page.locator('.react-flow__node:not(:has(.node--dimmed))')).toHaveCount(3);
  await expect(node(page, 'Bailiff visits').locator('.node--dimmed')).toHaveCount(1);
  await expect(node(page, 'Arrears').getByRole('listitem', { name: /intended weaken, observed went up \(a surprise\)/ })).toBeVisible();

  // Reload: everything is still there.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await page.getByRole('tab', { name: /Experiments/ }).click();
  await panel(page).getByRole('button', { name: 'Plain-English reminder letters' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Touched nodes (3)' })).toBeVisible();
  await expect(panel(page).getByLabel('Observed effect on Arrears')).toHaveValue('up');
  await expect(panel(page).locator('.log-entry')).toContainText('Calls to the council: 12 per week');

  // Deleting a touched node warns first; the touch is kept as a record; undo restores it.
  await node(page, 'Arrears').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete a node that experiments touch?' });
  await expect(confirm).toContainText('“Arrears” is touched by “Plain-English reminder letters”');
  await confirm.getByRole('button', { name: 'Delete node' }).click();
  await expect(node(page, 'Arrears')).toHaveCount(0);
  await expect(panel(page).locator('.touch--orphaned')).toContainText('Arrears');
  await expect(panel(page).locator('.touch--orphaned')).toContainText('not on the map');
  await page.keyboard.press('Control+z');
  await expect(node(page, 'Arrears')).toBeVisible();
  await expect(panel(page).locator('.touch--orphaned')).toHaveCount(0);
});

test('add touches by searching, list and sort experiments, see coverage and the learning timeline', async ({ page }) => {
  await threeFactors(page);
  await page.getByRole('tab', { name: 'Experiments' }).click();
  const p = panel(page);
  await p.getByRole('button', { name: 'New experiment' }).click();
  await p.getByLabel('Title').fill('Zebra: call before summons');
  await p.getByLabel('Add a touched node').fill('bail');
  await p.getByRole('button', { name: 'Touch Bailiff visits' }).click();
  await expect(p.getByRole('heading', { name: 'Touched nodes (1)' })).toBeVisible();
  await p.getByRole('button', { name: 'New log entry' }).click();
  await p.getByLabel('Date', { exact: true }).fill('2026-09-01');
  await p.getByLabel('What happened').fill('Fewer visits needed');
  await p.getByRole('button', { name: 'Add log entry' }).click();
  await p.getByRole('button', { name: '← All experiments' }).click();

  await p.getByRole('button', { name: 'New experiment' }).click();
  await p.getByLabel('Title').fill('Alpha: advice drop-in');
  await p.getByLabel('Status').selectOption('concluded');
  await p.getByLabel('Add a touched node').fill('arr');
  await p.getByRole('button', { name: 'Touch Arrears' }).click();
  await p.getByLabel('Add a touched node').fill('bail');
  await p.getByRole('button', { name: 'Touch Bailiff visits' }).click();
  await p.getByRole('button', { name: '← All experiments' }).click();

  const rows = p.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await p.getByRole('columnheader', { name: 'Experiment' }).getByRole('button').click();
  await expect(rows.first()).toContainText('Alpha');
  await p.getByRole('columnheader', { name: 'Experiment' }).getByRole('button').click();
  await expect(rows.first()).toContainText('Zebra');
  await p.getByLabel('Filter by status').selectOption('concluded');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Alpha');
  await expect(rows.first()).toContainText('2');

  await p.getByRole('button', { name: 'Learning timeline' }).click();
  await expect(p.getByRole('list', { name: 'Learning timeline' })).toContainText('Fewer visits needed');

  // Coverage lens: counts on factors and in the legend.
  await page.getByRole('group', { name: 'Lens' }).getByRole('button', { name: 'Coverage' }).click();
  await expect(node(page, 'Bailiff visits').getByRole('img', { name: 'Touched by 2 experiments' })).toBeVisible();
  await expect(node(page, 'Letters in officialese').getByRole('img', { name: 'Not touched by any experiment' })).toBeVisible();
  await showLegend(page);
  const legend = page.getByRole('list', { name: 'Coverage' });
  await expect(legend).toContainText('not touched by any experiment: 2');
  await expect(legend).toContainText('touched once: 1');
  await expect(legend).toContainText('touched more than once: 1');
});

test('a file whose experiments touch missing nodes opens with those touches kept as orphaned and reported', async ({ page }) => {
  await startEmptyMap(page);
  const doc = {
    schemaVersion: 2,
    id: 'm_orphans',
    meta: { title: 'Orphans', description: '', focalNodeId: null, scale: 'team', authors: [], createdAt: '', updatedAt: '' },
    nodes: { n1: { id: 'n1', kind: 'factor', label: 'Stress', description: '', clusterId: null, tags: [], position: { x: 0, y: 0 }, notes: [] } },
    links: {},
    clusters: {},
    experiments: {
      x1: {
        id: 'x1', title: 'Walk and talk', hypothesis: '', owner: '', scale: 'team', status: 'running', phase: 'experiment', startDate: '', endDate: '', createdAt: '', log: {},
        touches: {
          n1: { nodeId: 'n1', nodeLabel: 'Stress', intended: 'weaken', observed: 'down', evidence: '' },
          gone: { nodeId: 'gone', nodeLabel: 'Isolation', intended: 'weaken', observed: 'unclear', evidence: '' },
        },
      },
    },
  };
  await page.locator('#open-file-input').setInputFiles({ name: 'orphans.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByRole('status').filter({ hasText: 'Opened orphans.json' })).toContainText('1 touch refers to a node that is not on the map');
  await page.getByRole('tab', { name: /Experiments/ }).click();
  await panel(page).getByRole('button', { name: 'Walk and talk' }).click();
  await expect(panel(page).locator('.touch--orphaned')).toContainText('Isolation');
});
