import { expect, test, type Page } from '@playwright/test';
import { node, startEmptyMap } from './helpers.ts';

const n = (id: string, label: string, x: number, y: number, kind = 'factor') => ({
  id, kind, label, description: '', clusterId: null, tags: [], position: { x, y }, notes: [],
});
const l = (id: string, source: string, target: string, polarity: string, strength = 2) => ({
  id, source, target, polarity, strength, confidence: 'medium', delay: false, label: '', evidence: '',
});

/** Stress ⇄ Sleep is balancing (one − link); Sleep ⇄ Mood is reinforcing; Mood → Wellbeing (the focal outcome). */
const MAP = {
  schemaVersion: 2,
  id: 'm_analysis',
  meta: { title: 'Sleep and stress', description: '', focalNodeId: 'wb', scale: 'person', authors: [], createdAt: '', updatedAt: '' },
  nodes: {
    stress: n('stress', 'Stress', 0, 0),
    sleep: n('sleep', 'Sleep', 300, 0),
    mood: n('mood', 'Mood', 600, 0),
    wb: n('wb', 'Wellbeing', 600, 200, 'outcome'),
    walk: n('walk', 'Walking group', 0, 200),
  },
  links: {
    l1: l('l1', 'stress', 'sleep', '-', 3),
    l2: l('l2', 'sleep', 'stress', '+'),
    l3: l('l3', 'sleep', 'mood', '+'),
    l4: l('l4', 'mood', 'sleep', '+'),
    l5: l('l5', 'mood', 'wb', '+', 3),
    l6: l('l6', 'walk', 'stress', '-', 3),
  },
  clusters: {},
  experiments: {
    x1: {
      id: 'x1', title: 'Walking group pilot', hypothesis: '', owner: '', scale: 'person', status: 'concluded', phase: 'experiment',
      startDate: '', endDate: '', createdAt: '', log: {},
      touches: {
        walk: { nodeId: 'walk', nodeLabel: 'Walking group', intended: 'strengthen', observed: 'up', evidence: '' },
        mood: { nodeId: 'mood', nodeLabel: 'Mood', intended: 'explore', observed: 'down', evidence: '' },
      },
    },
  },
};

async function openAnalysis(page: Page) {
  await startEmptyMap(page);
  await page.locator('#open-file-input').setInputFiles({ name: 'sleep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MAP)) });
  await expect(node(page, 'Stress')).toBeVisible();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  return page.getByRole('complementary', { name: 'Side panel' });
}

const lit = (page: Page) => page.locator('.react-flow__node:not(:has(.node--dimmed))');

test('find feedback loops, show one on the map, and name it', async ({ page }) => {
  const panel = await openAnalysis(page);
  await expect(panel.getByRole('status')).toContainText('2 loops up to 6 links: 1 reinforcing, 1 balancing, 0 unclear.');
  await panel.getByRole('button', { name: /Balancing \(1\)/ }).click();
  await expect(panel.locator('.loop')).toHaveCount(1);
  await expect(panel.locator('.loop')).toContainText('Stress → Sleep → Stress');

  await panel.getByRole('button', { name: /Show loop/ }).click();
  await expect(lit(page)).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Lens' })).toContainText('Balancing loop');

  await panel.getByRole('textbox', { name: /Name for loop/ }).fill('Worry keeps me awake');
  await panel.getByRole('textbox', { name: /Name for loop/ }).press('Enter');
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await expect(page.getByRole('textbox', { name: 'Name for loop Sleep → Stress → Sleep' }).or(page.getByRole('textbox', { name: 'Name for loop Stress → Sleep → Stress' }))).toHaveValue('Worry keeps me awake');

  // The loops through the focal outcome: none, and the panel says why.
  await page.getByLabel('Through').selectOption('focal');
  await expect(page.getByRole('complementary', { name: 'Side panel' }).getByRole('status')).toContainText('No loop passes through it');
});

test('key factors, causal paths and what-if', async ({ page }) => {
  const panel = await openAnalysis(page);
  await panel.getByRole('button', { name: 'Key factors' }).click();
  const firstRow = panel.locator('tbody tr').first();
  await expect(firstRow).toContainText('Sleep');
  await panel.getByLabel('Outline nodes by').selectOption('betweenness');
  await expect(page.locator('.node--emphasis')).toHaveCount(5);

  await panel.getByRole('button', { name: 'Paths' }).click();
  await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Walking group' });
  await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Wellbeing' });
  await expect(panel.getByRole('status')).toContainText('Strongest: more Walking group → more Wellbeing');
  await panel.getByRole('button', { name: /Walking group → less Stress/ }).first().click();
  await expect(lit(page)).toHaveCount(5);

  await node(page, 'Mood').click();
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await panel.getByRole('button', { name: 'Paths' }).click();
  await panel.getByRole('button', { name: 'Show what drives it' }).click();
  await expect(page.getByRole('group', { name: 'Lens' })).toContainText('What drives Mood');

  await panel.getByRole('button', { name: 'What if' }).click();
  await panel.getByLabel('Start from an experiment’s intentions').selectOption({ label: 'Walking group pilot' });
  await expect(node(page, 'Walking group').getByRole('img', { name: 'Nudged up' })).toBeVisible();
  await expect(node(page, 'Stress').getByRole('img', { name: /Predicted to go down/ })).toBeVisible();
  await expect(node(page, 'Wellbeing').getByRole('img', { name: /Predicted to go up/ })).toBeVisible();
  const table = panel.getByRole('table');
  await expect(table.getByRole('row', { name: /Mood/ })).toContainText('a surprise');
});
