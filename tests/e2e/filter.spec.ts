import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { node, startEmptyMap } from './helpers.ts';

const n = (id: string, label: string, x: number, y: number, clusterId: string | null, kind = 'factor') => ({
  id, kind, label, description: '', clusterId, tags: [], position: { x, y }, notes: [],
});
const l = (id: string, source: string, target: string, confidence = 'medium') => ({
  id, source, target, polarity: '+', strength: 2, confidence, delay: false, label: '', evidence: '',
});

/** Food prices → Debt → Stress → Sleep → Mood → Wellbeing, and Stress → Snacking: Stress has three neighbours one step away. */
const MAP = {
  schemaVersion: 3,
  id: 'm_filter',
  meta: { title: 'Stress and food', description: '', focalNodeId: 'wb', scale: 'person', authors: [], createdAt: '', updatedAt: '' },
  nodes: {
    food: n('food', 'Food prices', 0, 0, 'c_food'),
    debt: n('debt', 'Debt', 260, 0, null),
    stress: n('stress', 'Stress', 520, 0, 'c_mind'),
    sleep: n('sleep', 'Sleep', 780, 0, 'c_mind'),
    mood: n('mood', 'Mood', 1040, 0, 'c_mind'),
    wb: n('wb', 'Wellbeing', 1040, 220, null, 'outcome'),
    snack: n('snack', 'Snacking', 520, 220, 'c_food'),
  },
  links: {
    l1: l('l1', 'food', 'debt'),
    l2: l('l2', 'debt', 'stress'),
    l3: l('l3', 'stress', 'sleep', 'low'),
    l4: l('l4', 'sleep', 'mood'),
    l5: l('l5', 'mood', 'wb'),
    l6: l('l6', 'stress', 'snack'),
  },
  clusters: {
    c_food: { id: 'c_food', name: 'Food', colour: '#2f7d32', description: '' },
    c_mind: { id: 'c_mind', name: 'Mind', colour: '#6a3d9a', description: '' },
  },
  experiments: {},
  perspectives: {},
  linkViews: {},
  ratingRounds: {},
  comments: {},
  views: {},
  reflections: {},
};

async function openMap(page: Page) {
  await startEmptyMap(page);
  await page.locator('#open-file-input').setInputFiles({ name: 'stress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MAP)) });
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
}

/** The nodes drawn at full strength: not faded by the filter (or a lens). */
const clearNodes = (page: Page) => page.locator('.react-flow__node:not(:has(.node--dimmed))');
const labelsOf = async (page: Page, nodes = page.locator('.react-flow__node')) => (await nodes.allInnerTexts()).map((t) => t.trim()).sort();

test('focus on the selection, fade then hide, hide a theme, and clear the filter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await node(page, 'Stress').click();

  const opener = page.getByRole('button', { name: /^Filter/ });
  await opener.click();
  const panel = page.getByRole('dialog', { name: 'Filter the map' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('radio', { name: '1 step' })).toBeChecked();
  await expect(panel.getByRole('radio', { name: 'Both' })).toBeChecked();
  await panel.getByRole('button', { name: 'Focus on selection' }).click();

  // Faded: every node is still on the canvas, but only Stress and its three neighbours are drawn clear.
  await expect(clearNodes(page)).toHaveCount(4);
  await expect.poll(() => labelsOf(page, clearNodes(page))).toEqual(['Debt', 'Sleep', 'Snacking', 'Stress']);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  const banner = page.getByRole('status', { name: 'Filter' });
  await expect(banner).toContainText('Filter on: Showing 1 step around “Stress” (causes and effects).');
  await expect(banner).toContainText('4 nodes of 7 shown, the rest faded.');
  await expect(opener).toHaveAccessibleName(/Filter \(on\)/);

  // Two steps of effects only: Sleep, then Mood.
  await panel.getByRole('radio', { name: '2 steps' }).check();
  await panel.getByRole('radio', { name: 'Effects' }).check();
  await expect.poll(() => labelsOf(page, clearNodes(page))).toEqual(['Mood', 'Sleep', 'Snacking', 'Stress']);
  await expect(banner).toContainText('Showing 2 steps around “Stress” (effects)');

  // Hidden: what is out leaves the canvas.
  await panel.getByRole('radio', { name: 'Hide it' }).check();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(banner).toContainText('the rest hidden');
  // Only the links between what is shown are drawn.
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Hide the theme Food as well: Snacking goes.
  await panel.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: 'Food' }).uncheck();
  await expect.poll(() => labelsOf(page)).toEqual(['Mood', 'Sleep', 'Stress']);
  await expect(banner).toContainText('Showing 2 steps around “Stress” (effects); hiding theme Food.');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/filter-panel-1280.png' });

  // Escape closes the panel and puts the keyboard back on the Filter button.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(banner).toBeVisible();
  await page.screenshot({ path: 'test-results/filter-banner-1280.png' });

  // Following links from the keyboard never lands on a node the filter hides.
  await node(page, 'Stress').click();
  await page.keyboard.press('[');
  await expect(page.locator('#announcer')).toHaveText('The filter hides the one cause of “Stress”.');
  await page.keyboard.press(']');
  await expect(page.locator('#announcer')).toContainText('“Sleep”, factor. Effect 1 of 1 of “Stress”');
  await page.keyboard.press('}');
  await expect(page.locator('#announcer')).toContainText('“Sleep”, factor. Effect 1 of 1 of “Stress”');

  // Clear filter brings everything back.
  await banner.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);
  await expect(page.getByRole('status', { name: 'Filter' })).toHaveCount(0);
  await expect(opener).toHaveAccessibleName(/^Filter ▾/);
});

test('the filter from the keyboard: N focuses on the selection and N again ends it; low-confidence links can be hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openMap(page);
  await node(page, 'Sleep').click();
  await page.keyboard.press('n');
  const banner = page.getByRole('status', { name: 'Filter' });
  await expect(banner).toContainText('Showing 1 step around “Sleep” (causes and effects)');
  await expect.poll(() => labelsOf(page, clearNodes(page))).toEqual(['Mood', 'Sleep', 'Stress']);
  await page.keyboard.press('n');
  await expect(banner).toHaveCount(0);
  await expect(clearNodes(page)).toHaveCount(7);

  // The panel works from the keyboard: open it, move through its boxes with Tab, tick with Space.
  const opener = page.getByRole('button', { name: /^Filter/ });
  await opener.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Filter the map' });
  await expect(panel.getByRole('radio', { name: '1 step' })).toBeFocused();
  const low = panel.getByRole('group', { name: 'Link confidence' }).getByRole('checkbox', { name: 'Low' });
  for (let i = 0; i < 30 && !(await low.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(low).toBeFocused();
  await page.keyboard.press('Space');
  await expect(low).not.toBeChecked();
  await expect(banner).toContainText('Hiding low-confidence links.');
  // Faded, not gone: the low-confidence link Stress → Sleep is drawn faded, its ends are not.
  await expect(page.locator('.react-flow__edge[data-source="stress"][data-target="sleep"] .link--dimmed').first()).toBeAttached();
  await expect(clearNodes(page)).toHaveCount(7);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(opener).toBeFocused();

  // Another map opened starts unfiltered: this map's choices mean nothing there.
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(opener).toHaveAccessibleName(/^Filter ▾/);
});

test('in projector mode the filter is still stated, and it can be cleared there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMap(page);
  await node(page, 'Stress').click();
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  const banner = page.getByRole('status', { name: 'Filter' });
  await expect(banner).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'test-results/filter-projector-1280.png' });
  await banner.getByRole('button', { name: 'Clear filter' }).click();
  await expect(clearNodes(page)).toHaveCount(7);
});

test('an export of the filtered map leaves out what the filter hides when asked, and says so', async ({ page }) => {
  await openMap(page);
  const opener = page.getByRole('button', { name: /^Filter/ });
  await opener.click();
  const panel = page.getByRole('dialog', { name: 'Filter the map' });
  await panel.getByRole('radio', { name: 'Hide it' }).check();
  await panel.getByRole('group', { name: 'Themes' }).getByRole('checkbox', { name: 'Food' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  const exportSvg = async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    return dialog;
  };
  let dialog = await exportSvg();
  const apply = dialog.getByRole('checkbox', { name: /Apply the filter/ });
  await expect(apply).toBeChecked();
  await expect(dialog).toContainText('Apply the filter: Hiding theme Food (the rest left out)');
  let download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export SVG' }).click();
  let svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toContain('>Sleep<');
  expect(svg).not.toContain('Snacking');
  expect(svg).toContain('Hiding theme Food (the rest left out)');

  // Asked not to, the export shows the whole map.
  dialog = await exportSvg();
  await dialog.getByRole('checkbox', { name: /Apply the filter/ }).uncheck();
  download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export SVG' }).click();
  svg = await readFile((await (await download).path())!, 'utf8');
  expect(svg).toContain('Snacking');
  expect(svg).not.toContain('Hiding theme Food');
});
