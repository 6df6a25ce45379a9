/**
 * Voices (issue 14): a person sets their profile once (name, perspective,
 * anonymous), what they add says who added it, the Voices lens marks each
 * factor and link by its perspective with a key, the map inspector states the
 * balance and edits the perspectives, and an export can hold only what came
 * from chosen perspectives.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './axe.ts';
import { addNode, linkNodes, node, startEmptyMap } from './helpers.ts';

const SHOTS = process.env.VOICES_SHOTS;
// Screenshots at a projector's 1280 × 720 as well as the default 1440 × 900.
if (process.env.VOICES_SMALL) test.use({ viewport: { width: 1280, height: 720 } });

async function showMapInspector(page: Page) {
  await page.locator('main.canvas').click({ position: { x: 300, y: 500 } });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading').first()).toHaveText('Map');
}

async function setProfile(page: Page, fields: { name?: string; perspective: string; anonymous?: boolean }) {
  await showMapInspector(page);
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Your profile…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your profile' });
  await expect(dialog.getByLabel('Your name, as others see it')).toBeFocused();
  if (fields.name !== undefined) await dialog.getByLabel('Your name, as others see it').fill(fields.name);
  await dialog.getByLabel('The perspective you speak from').selectOption({ label: fields.perspective });
  await dialog.getByLabel('Keep my name off what I add (anonymous)').setChecked(!!fields.anonymous);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/profile-${page.viewportSize()!.width}.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog).toBeHidden();
}

test('a profile, who added what, the Voices lens, the balance, perspectives and an export by voice', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmptyMap(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });

  await setProfile(page, { name: 'Sam', perspective: 'Lived experience' });
  await expect(inspector).toContainText('You add as Sam (Lived experience).');
  await addNode(page, 'factor', 'Damp housing');
  await expect(inspector).toContainText('Added by Sam (Lived experience)');

  // Anonymous keeps the perspective and not the name.
  await setProfile(page, { perspective: 'Practitioner', anonymous: true });
  await expect(inspector).toContainText('You add anonymously (Practitioner).');
  await addNode(page, 'factor', 'Missed appointments');
  await expect(inspector).toContainText('Added anonymously (Practitioner)');
  await expect(inspector).not.toContainText('Sam');
  await linkNodes(page, 'Damp housing', 'Missed appointments');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // The Voices lens: a short word per perspective on each factor and link, explained in the legend.
  await page.getByRole('group', { name: 'Lens' }).getByRole('button', { name: 'Voices' }).click();
  await expect(node(page, 'Damp housing').getByRole('img', { name: 'From Lived experience' })).toHaveText('LE');
  await expect(node(page, 'Missed appointments').getByRole('img', { name: 'From Practitioner' })).toHaveText('Pr');
  await expect(page.locator('.link__voice')).toHaveAttribute('aria-label', 'From Practitioner');
  const legend = page.getByRole('region', { name: 'Legend' });
  if (!(await legend.getByRole('list', { name: 'Voices' }).isVisible())) await legend.getByRole('button', { name: 'Show legend' }).click();
  const key = legend.getByRole('list', { name: 'Voices' });
  await expect(key).toContainText('Lived experience (1 node, 0 links)');
  await expect(key).toContainText('Practitioner (1 node, 1 link)');
  await expect(key).toContainText('no voice (0 nodes, 0 links)');

  // The balance, in a sentence and per perspective.
  await showMapInspector(page);
  await expect(inspector).toContainText('1 factor from people with lived experience, 1 from practitioners.');
  await expect(inspector.getByRole('row', { name: /Practitioner/ })).toContainText('11');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/lens-${page.viewportSize()!.width}.png` });
  expect(await seriousViolations(page)).toEqual([]);

  // Perspectives are the map's: renamed (undoable), added and removed.
  const names = inspector.getByRole('group', { name: 'Perspectives people speak from' }).getByLabel('Perspective name');
  await names.nth(1).fill('Frontline staff');
  await expect(inspector).toContainText('1 from Frontline staff.');
  await expect(node(page, 'Missed appointments').getByRole('img', { name: 'From Frontline staff' })).toHaveText('FS');
  await page.keyboard.press('Control+z');
  await expect(inspector).toContainText('1 from practitioners.');
  await inspector.getByRole('button', { name: 'Add perspective' }).click();
  await expect(names).toHaveCount(6);
  await expect(names.nth(5)).toHaveValue('Perspective 6');
  await inspector.getByRole('button', { name: 'Remove perspective Perspective 6' }).click();
  await expect(names).toHaveCount(5);

  // Export only what came from people with lived experience: the map file and a picture.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map' });
  await dialog.getByText('Map file', { exact: true }).click();
  await dialog.getByLabel('Only what came from chosen perspectives').check();
  const choices = dialog.getByRole('group', { name: 'Perspectives to include' });
  for (const other of ['Practitioner', 'Manager', 'Commissioner', 'Partner organisation', 'No voice']) await choices.getByRole('checkbox', { name: new RegExp(`^${other}`) }).uncheck();
  await expect(dialog.getByRole('status')).toHaveText('The export will hold 1 node and 0 links of 2 nodes and 1 link.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-${page.viewportSize()!.width}.png` });
  expect(await seriousViolations(page)).toEqual([]);
  const jsonDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export map file' }).click();
  const file = JSON.parse(await readFile((await (await jsonDownload).path())!, 'utf8')) as { nodes: Record<string, { label: string; voice?: { name: string } }>; links: object };
  expect(Object.values(file.nodes).map((n) => [n.label, n.voice?.name])).toEqual([['Damp housing', 'Sam']]);
  expect(Object.keys(file.links)).toEqual([]);

  // The choice stays while the dialog is used again, for a picture of the same part.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByText('SVG', { exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('1 node and 0 links');
  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export SVG' }).click();
  const svg = await readFile((await (await svgDownload).path())!, 'utf8');
  expect(svg).toContain('Damp housing');
  expect(svg).not.toContain('Missed appointments');
  expect(svg).toContain('from Lived experience only');
});

test('the perspective is picked when sharing a map live, with the name', async ({ page }) => {
  await startEmptyMap(page);
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  await expect(dialog.getByLabel('The perspective you speak from')).toHaveValue('');
  await dialog.getByLabel('The perspective you speak from').selectOption({ label: 'Manager' });
  await expect(dialog.getByLabel('Keep my name off what I add (anonymous)')).not.toBeChecked();
  await dialog.getByLabel('Your name, as others see it').fill('Ali');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/share-${page.viewportSize()!.width}.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Cancelled: nothing remembered.
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('What you add records no voice yet.');
});
