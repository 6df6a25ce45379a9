/**
 * Where people disagree: two people in one live room (two browser contexts,
 * so two identities, against the real room server) rate links in a round the
 * facilitator starts, and both see the summary and the contested mark; alone,
 * a person gives their own view in the inspector, rates on a phone-sized
 * screen by keyboard, and runs analysis on the views.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addNode, linkNodes, node, startEmptyMap } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

async function threeFactors(page: Page) {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  await addNode(page, 'factor', 'Eating');
  await addNode(page, 'factor', 'Sleep');
  // Spread out so both links can be drawn and their marks read.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  for (const [label, x, y] of [['Eating', 650, 250], ['Sleep', 650, 550]] as const) {
    const box = await node(page, label).boundingBox();
    if (!box || !pane) throw new Error('not on screen');
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(pane.x + x, pane.y + y, { steps: 10 });
    await page.mouse.up();
  }
  await linkNodes(page, 'Stress', 'Eating');
  await linkNodes(page, 'Eating', 'Sleep');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
}

/** Clicks a link half way along its drawn path (the middle of its box may be off a curve). */
async function clickLink(page: Page, labelStart: string) {
  const path = page.locator(`.react-flow__edge[aria-label^="${labelStart}"] path.react-flow__edge-path`);
  const at = await path.evaluate((el: SVGPathElement) => {
    const p = el.getPointAtLength(el.getTotalLength() / 2);
    const m = el.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(at.x, at.y);
}

async function share(page: Page, name: string) {
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  await dialog.getByLabel('Your name, as others see it').fill(name);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const edit = await dialog.getByLabel('Edit link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return edit;
}

async function join(browser: Browser, link: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live map' });
  await dialog.getByLabel('Your name, as others see it').fill(name);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { context, page };
}

/** Rates the open card: which way, how strongly, how sure and why; then Next (or Finish). */
async function rateCard(page: Page, way: 'More' | 'Less' | 'Not sure / it depends', strength: 'Weak' | 'Medium' | 'Strong', why: string) {
  const card = page.getByRole('dialog').locator('form.rating-card');
  await card.getByRole('radio', { name: way, exact: true }).check();
  await card.getByRole('group', { name: 'How strongly?' }).getByRole('radio', { name: strength }).check();
  await card.getByRole('group', { name: 'How sure are you?' }).getByRole('radio', { name: 'High' }).check();
  await card.getByLabel('Why? (a sentence)').fill(why);
  await card.getByRole('button', { name: /^(Next|Finish)$/ }).click();
}

test('two people in a live room rate links in a round and both see where they disagree', async ({ page, browser }) => {
  await threeFactors(page);
  const link = await share(page, 'Sam');
  const { context, page: ria } = await join(browser, link, 'Ria');
  await expect(node(ria, 'Sleep')).toBeVisible();

  // Ria is not a facilitator: she cannot start a round.
  await ria.locator('main.canvas').click({ position: { x: 400, y: 600 } });
  await ria.keyboard.press('Escape');
  await ria.keyboard.press('Control+a');
  await expect(ria.getByRole('heading', { name: '3 nodes, 0 links selected' })).toBeVisible();
  await expect(ria.getByRole('button', { name: /^Start a rating round/ })).toHaveCount(0);

  // Sam, who shared the map (a facilitator), starts a round on the links between the selected nodes.
  await page.locator('main.canvas').click({ position: { x: 400, y: 600 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+a');
  await page.getByRole('button', { name: 'Start a rating round on the 2 links among the selection' }).click();
  await page.getByLabel('Round title').fill('Food and sleep');
  await page.getByRole('button', { name: 'Start the round' }).click();

  // Everyone sees the invitation.
  const riaBanner = ria.getByRole('region', { name: 'Rating rounds' });
  await expect(riaBanner).toContainText('Rating round: Food and sleep.');
  await riaBanner.getByRole('button', { name: 'Rate 2 links' }).click();
  const cards = ria.getByRole('dialog', { name: 'Food and sleep' });
  await expect(cards).toContainText('Card 1 of 2');
  await expect(cards.getByRole('group', { name: 'Does more “Stress” make “Eating” more or less?' })).toBeVisible();
  expect(await seriousViolations(ria)).toEqual([]);
  await shot(ria, 'round-card-1280');
  await rateCard(ria, 'Less', 'Strong', 'Stress takes my appetite away');
  await expect(cards).toContainText('Card 2 of 2');
  // Back keeps what was said on the first card.
  await cards.getByRole('button', { name: 'Back' }).click();
  await expect(cards.getByRole('radio', { name: 'Less', exact: true })).toBeChecked();
  await expect(cards.getByLabel('Why? (a sentence)')).toHaveValue('Stress takes my appetite away');
  await cards.getByRole('button', { name: 'Next' }).click();
  await rateCard(ria, 'More', 'Medium', 'Heavy meals keep me awake');
  await expect(cards).toContainText('Thank you: you rated 2 links of 2.');
  await cards.getByRole('button', { name: 'Close' }).click();

  // Sam rates too: the same on the second link, the opposite on the first.
  const samBanner = page.getByRole('region', { name: 'Rating rounds' });
  await samBanner.getByRole('button', { name: 'Rate 2 links' }).click();
  await rateCard(page, 'More', 'Strong', 'I eat when I am stressed');
  await rateCard(page, 'More', 'Medium', 'Late dinners, bad nights');
  await page.getByRole('dialog', { name: 'Food and sleep' }).getByRole('button', { name: 'See the results' }).click();

  // The summary, per link and per perspective, for both.
  for (const p of [page, ria]) {
    if (p === ria) await riaBanner.getByRole('button', { name: 'Results' }).click();
    const results = p.getByRole('dialog', { name: 'Results: Food and sleep' });
    await expect(results).toContainText('2 people rated 2 links; 1 link contested.');
    const perLink = results.getByRole('table', { name: 'Per link' });
    await expect(perLink.getByRole('row', { name: /Stress → Eating/ })).toContainText('contested: 2 views');
    await expect(perLink.getByRole('row', { name: /Stress → Eating/ })).toContainText('0.0');
    await expect(perLink.getByRole('row', { name: /Eating → Sleep/ })).toContainText('agreed: 2 views');
    await expect(perLink.getByRole('row', { name: /Eating → Sleep/ })).toContainText('+2.0');
    await expect(results.getByRole('table', { name: /Per perspective/ })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'round-results-1440');
  // Only the facilitator may close the round.
  await expect(ria.getByRole('button', { name: 'Close the round' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close the round' }).click();
  await page.getByRole('button', { name: 'Close the results' }).click();
  await expect(riaBanner).toHaveCount(0);

  // On both canvases the disagreement shows by a mark and in words.
  for (const p of [page, ria]) {
    await expect(p.locator('.react-flow__edge[aria-label$="contested: 2 views"]')).toHaveCount(1);
    await expect(p.locator('.link__agreement[data-agreement="contested: 2 views"] text')).toHaveText('≠ 2');
    await expect(p.locator('.link__agreement[data-agreement="agreed: 2 views"] text')).toHaveText('= 2');
  }
  await shot(page, 'canvas-marks-1440');
  await context.close();
});

test('alone: my own view in the inspector, the verdict in words, and analysis on the views', async ({ page }) => {
  await threeFactors(page);
  await clickLink(page, 'Link: more “Stress” → more “Eating”');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'People’s views' })).toBeVisible();
  await expect(inspector.getByText('No one has given a view of this link yet.')).toBeVisible();

  await inspector.getByRole('button', { name: 'Give my view…' }).click();
  await inspector.getByRole('group', { name: 'Your polarity' }).getByRole('radio', { name: '− Opposite' }).check();
  await inspector.getByRole('group', { name: 'Your strength' }).getByRole('radio', { name: 'Strong' }).check();
  await inspector.getByLabel('Why you see it so (a sentence)').fill('Worry kills my appetite');
  await inspector.getByRole('button', { name: 'Give my view' }).click();
  await expect(inspector.getByText('One view so far. Mean −3.0.')).toBeVisible();
  await expect(inspector.getByRole('region', { name: 'No perspective: 1 view' })).toContainText('anonymous · − opposite direction, strong, medium confidence');
  await expect(inspector.getByRole('region', { name: 'No perspective: 1 view' })).toContainText('Worry kills my appetite');
  // The map's own value is untouched.
  await expect(inspector.getByRole('group', { name: 'Polarity', exact: true }).getByRole('radio', { name: '+ Same' })).toBeChecked();
  await inspector.getByRole('button', { name: 'Change my view…' }).click();
  await expect(inspector.getByLabel('Why you see it so (a sentence)')).toHaveValue('Worry kills my appetite');
  await expect(inspector.getByRole('button', { name: 'Update my view' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'inspector-views-1440');
  await inspector.getByRole('button', { name: 'Cancel' }).click();

  // Analysis on the mean of the views, and it says so.
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await page.getByRole('button', { name: 'Key factors' }).click();
  await page.getByLabel('Analyse on').selectOption({ label: 'The mean of everyone’s views' });
  await expect(page.getByText('Using: mean of 1 person’s views (1 link; the other 1 keep the map’s values)')).toBeVisible();
  await page.getByLabel('Analyse on').selectOption({ label: 'Practitioner views' });
  await expect(page.getByText('Using: the map’s own values (no Practitioner views given yet)')).toBeVisible();
  await page.getByLabel('Analyse on').selectOption({ label: 'The map’s own values' });
  await expect(page.getByText('Using: the map’s own values', { exact: true })).toBeVisible();

  // Withdrawn, the view is gone.
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await inspector.getByRole('button', { name: 'Withdraw my view' }).click();
  await expect(inspector.getByText('No one has given a view of this link yet.')).toBeVisible();
});

test('a round on a phone-sized screen, by keyboard alone', async ({ page }) => {
  await threeFactors(page);
  await clickLink(page, 'Link: more “Eating” → more “Sleep”');
  await page.getByRole('button', { name: 'Start a rating round on this link' }).click();
  await page.getByLabel('Round title').fill('Sleep');
  await page.getByLabel('Round title').press('Enter');
  await page.setViewportSize({ width: 375, height: 667 });
  const rate = page.getByRole('region', { name: 'Rating rounds' }).getByRole('button', { name: 'Rate 1 link' });
  await rate.focus();
  await page.keyboard.press('Enter');
  const cards = page.getByRole('dialog', { name: 'Sleep' });
  await expect(cards).toContainText('Card 1 of 1');
  // The card fits the screen: nothing to scroll sideways.
  const fits = await cards.evaluate((d) => d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().width <= 375);
  expect(fits).toBe(true);
  await shot(page, 'round-card-phone');

  // Tab to the first choice, arrow keys to pick, then on to the strength and the reason.
  const first = cards.getByRole('radio', { name: 'More', exact: true });
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cards.getByRole('radio', { name: 'Less', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(cards.getByRole('group', { name: 'How strongly?' }).getByRole('radio', { name: 'Strong' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(cards.getByLabel('Why? (a sentence)')).toBeFocused();
  await page.keyboard.type('Full stomach, poor sleep');
  // Back is off on the first card, so the next stop is Finish.
  await page.keyboard.press('Tab');
  await expect(cards.getByRole('button', { name: 'Finish' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards).toContainText('Thank you: you rated 1 link of 1.');
  await cards.getByRole('button', { name: 'See the results' }).press('Enter');
  const results = page.getByRole('dialog', { name: 'Results: Sleep' });
  await expect(results.getByRole('table', { name: 'Per link' }).getByRole('row', { name: /Eating → Sleep/ })).toContainText('one view');
  await expect(results.getByRole('table', { name: 'Per link' }).getByRole('row', { name: /Eating → Sleep/ })).toContainText('−3.0');
  await shot(page, 'round-results-phone');
});
