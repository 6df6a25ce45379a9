import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readPdf, squash } from '../../src/export/read-back.ts';
import { seriousViolations } from './axe.ts';
import { node, startEmptyMap } from './helpers.ts';

const n = (id: string, label: string, x: number, y: number) => ({ id, kind: 'factor', label, description: '', clusterId: null, tags: [], position: { x, y }, notes: [] });
const l = (id: string, source: string, target: string, polarity: string) => ({ id, source, target, polarity, strength: 2, confidence: 'medium', delay: false, label: '', evidence: '' });

/** Stress ⇄ Sleep, a balancing loop, and Walking group → Stress. */
const MAP = {
  schemaVersion: 2,
  id: 'm_comments',
  meta: { title: 'Sleep and stress', description: '', focalNodeId: null, scale: 'person', authors: [], createdAt: '', updatedAt: '' },
  nodes: { stress: n('stress', 'Stress', 0, 0), sleep: n('sleep', 'Sleep', 300, 0), walk: n('walk', 'Walking group', 0, 200) },
  links: { l1: l('l1', 'stress', 'sleep', '-'), l2: l('l2', 'sleep', 'stress', '+'), l3: l('l3', 'walk', 'stress', '-') },
  clusters: {},
  experiments: {},
};

const XSS = '<img src=x onerror="window.__pwned=1">';

async function openMap(page: Page) {
  await startEmptyMap(page);
  await page.locator('#open-file-input').setInputFiles({ name: 'sleep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MAP)) });
  await expect(node(page, 'Stress')).toBeVisible();
}

const expectClean = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
const panel = (page: Page) => page.getByRole('complementary', { name: 'Side panel' });

test('comment on a factor, reply, resolve and reopen; markup stays text; a reflection reaches the learning log and the PDF', async ({ page }) => {
  await openMap(page);
  await node(page, 'Stress').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const comments = inspector.getByRole('region', { name: 'Comments on Stress' });
  await comments.getByRole('textbox', { name: 'New comment on Stress' }).fill('Is stress a cause here, or a symptom?');
  await comments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(comments.getByText('Is stress a cause here, or a symptom?', { exact: true })).toBeVisible();
  await expect(node(page, 'Stress').getByRole('img', { name: '1 open comment' })).toBeVisible();

  // Markup in a comment is shown as the characters typed, and never runs.
  await comments.getByRole('textbox', { name: 'New comment on Stress' }).fill(XSS);
  await comments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(comments.getByText(XSS, { exact: true })).toBeVisible();
  await expect(page.locator('.comment__text img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(node(page, 'Stress').getByRole('img', { name: '2 open comments' })).toBeVisible();

  // Reply to the first thread.
  await comments.getByRole('button', { name: 'Reply to “Is stress a cause here, or a symptom?”' }).click();
  await comments.getByRole('textbox', { name: 'Reply to “Is stress a cause here, or a symptom?”' }).fill('Both: it keeps people awake.');
  await comments.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(comments.getByText('Both: it keeps people awake.', { exact: true })).toBeVisible();
  await expectClean(page);

  // The Comments tab lists the open threads; resolving one moves it to the folded resolved list.
  await page.getByRole('tab', { name: /Comments/ }).click();
  const list = panel(page).getByRole('list', { name: 'Open threads (2)' });
  await expect(list.getByRole('article')).toHaveCount(2);
  await expect(list).toContainText('Both: it keeps people awake.');
  await panel(page).getByRole('button', { name: 'Resolve “Is stress a cause here, or a symptom?”' }).click();
  const openList = panel(page).getByRole('list', { name: 'Open threads (1)' });
  await expect(openList.getByRole('article')).toHaveCount(1);
  await expect(openList).not.toContainText('Is stress a cause here');
  await expect(node(page, 'Stress').getByRole('img', { name: '1 open comment' })).toBeVisible();
  await panel(page).getByText('1 resolved thread').click();
  const resolved = panel(page).getByRole('list', { name: 'Resolved threads' });
  await expect(resolved).toContainText('✓ Resolved');
  await expectClean(page);
  await resolved.getByRole('button', { name: 'Reopen “Is stress a cause here, or a symptom?”' }).click();
  await expect(panel(page).getByRole('list', { name: 'Open threads (2)' }).getByRole('article')).toHaveCount(2);
  await expect(node(page, 'Stress').getByRole('img', { name: '2 open comments' })).toBeVisible();

  // Clicking what a thread is about selects it on the map.
  await page.keyboard.press('Escape');
  await panel(page).getByRole('button', { name: 'Show Stress on the map' }).first().click();
  await expect(node(page, 'Stress')).toHaveClass(/selected/);

  // Record what we noticed about the selected factor; it is listed with the experiments' learning logs.
  await panel(page).getByRole('button', { name: 'Record what we noticed' }).click();
  const form = panel(page).getByRole('form', { name: 'Record what we noticed' });
  await expect(form).toContainText('About 1 node: Stress');
  await expectClean(page);
  await form.getByRole('textbox', { name: 'What we noticed' }).fill('Everyone named stress before anything else');
  await form.getByRole('button', { name: 'Record it' }).click();
  await page.getByRole('tab', { name: /Experiments/ }).click();
  const noticed = panel(page).getByRole('region', { name: 'What we noticed (1)' });
  await expect(noticed).toContainText('Everyone named stress before anything else');
  await expect(noticed.getByRole('button', { name: 'Stress' })).toBeVisible();
  await expectClean(page);

  // The PDF has it, with the node it is about.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await expect(dialog.getByLabel(/What we noticed/)).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await readPdf(new Uint8Array(await readFile((await (await download).path())!)));
  const pageText = pdf.pages.find((p) => p.startsWith('What we noticed'));
  expect(pageText).toBeDefined();
  expect(squash(pageText!)).toContain(squash('Everyone named stress before anything else'));
  expect(squash(pageText!)).toContain(squash('About: Stress'));
});

test('comment on a loop from the analysis panel and on the map itself', async ({ page }) => {
  await openMap(page);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  const loop = panel(page).locator('.loop').first();
  await expect(loop).toContainText('Stress → Sleep → Stress');
  await loop.getByRole('button', { name: /^Comment on loop/ }).click();
  await loop.getByRole('textbox', { name: /New comment on loop/ }).fill('What keeps this loop going?');
  await loop.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(loop.getByRole('button', { name: /^Hide comments \(1 open\) on loop / })).toBeVisible();
  await expectClean(page);

  // A comment on a link marks the link on the canvas.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await node(page, 'Walking group').click();
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: /^→ . Stress$/ }).click();
  const linkComments = page.getByRole('region', { name: 'Comments on the link Walking group → Stress' });
  await linkComments.getByRole('textbox', { name: 'New comment on the link Walking group → Stress' }).fill('Does walking really lower stress?');
  await linkComments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.locator('.react-flow__edge').getByRole('img', { name: '1 open comment' })).toHaveCount(1);

  // With nothing selected, the inspector shows the map and its own threads.
  await page.locator('main.canvas').click({ position: { x: 20, y: 300 } });
  await page.keyboard.press('Escape');
  const mapComments = page.getByRole('region', { name: 'Comments on the map' });
  await mapComments.getByRole('textbox', { name: 'New comment on the map' }).fill('Whose voice is missing?');
  await mapComments.getByRole('button', { name: 'Comment', exact: true }).click();

  await page.getByRole('tab', { name: /Comments/ }).click();
  const list = panel(page).getByRole('list', { name: 'Open threads (3)' });
  await expect(list).toContainText('The map');
  await expect(list).toContainText('Walking group → Stress');
  await expect(list.getByRole('button', { name: /^Show Loop: .* on the map$/ })).toBeVisible();
  await list.getByRole('button', { name: /^Show Loop: .* on the map$/ }).click();
  await expect(page.getByRole('group', { name: 'Lens' })).toContainText('Loop:');
});
