/**
 * Saved views and presenter mode, as a facilitator uses them: save three
 * views with titles and questions, reorder them from the keyboard, present
 * them with the keys a clicker sends, and print the presentation.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readPdf, squash } from '../../src/export/read-back.ts';
import { seriousViolations } from './axe.ts';
import { addNode, openApp, startEmptyMap } from './helpers.ts';

const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

async function saveView(page: Page, title: string, question: string) {
  const form = page.getByRole('form', { name: 'Save the current view' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Question for the group').fill(question);
  await form.getByRole('button', { name: 'Save current view' }).click();
  await expect(page.getByRole('list', { name: 'Saved views' }).getByRole('heading', { name: title })).toBeVisible();
}

const titles = (page: Page) => page.getByRole('list', { name: 'Saved views' }).getByRole('heading').allTextContents();

test.describe.configure({ timeout: 120_000 });

test('save three views, reorder them, present them with the keyboard and export the presentation PDF', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Views' }).click();
  await saveView(page, 'The whole map', 'What do you notice first?');
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await saveView(page, 'Up close', 'What keeps this loop going?');
  await page.locator('.react-flow__controls-zoomout').click();
  await saveView(page, 'Half way', 'Who is missing from this part?');
  expect(await titles(page)).toEqual(['The whole map', 'Up close', 'Half way']);
  await page.screenshot({ path: 'test-results/views-panel-1440.png' });

  // Reorder from the keyboard: "Half way" up one place; focus stays on the button.
  await page.getByRole('button', { name: 'Move up: Half way' }).focus();
  await page.keyboard.press('Enter');
  expect(await titles(page)).toEqual(['The whole map', 'Half way', 'Up close']);
  await expect(page.getByRole('button', { name: 'Move up: Half way' })).toBeFocused();

  // Rename one and edit its question.
  await page.getByRole('button', { name: 'Edit: Up close' }).click();
  const edit = page.getByRole('form', { name: 'Edit view: Up close' });
  await edit.getByLabel('Title').fill('The stress loop');
  await edit.getByLabel('Question for the group').fill('What keeps this loop going, and who feels it?');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  expect(await titles(page)).toEqual(['The whole map', 'Half way', 'The stress loop']);
  expect(await seriousViolations(page)).toEqual([]);

  // Present: the first view's title and question, step 1 of 3, nothing else of the app on screen.
  await page.getByRole('button', { name: /^Present/ }).click();
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByRole('heading', { name: 'The whole map' })).toBeVisible();
  await expect(show.getByText('What do you notice first?')).toBeVisible();
  await expect(show.getByRole('status')).toHaveText('1 of 3');
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add factor' })).toBeHidden();
  // The glide has ended when the viewport stops changing.
  const settled = async () => {
    let last = '';
    await expect.poll(async () => {
      const now = await viewport(page);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [200] }).toBe(true);
    return last;
  };
  const first = await settled();

  await page.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading', { name: 'Half way' })).toBeVisible();
  await expect(show.getByText('Who is missing from this part?')).toBeVisible();
  await expect(show.getByRole('status')).toHaveText('2 of 3');
  const second = await settled();
  expect(second).not.toBe(first);
  // The glide is a transition of the viewport (ui/viewportGlide.ts): once it has landed it is taken off, so the user's own pans are not played back late.
  await expect.poll(() => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transition)).toBe('');
  await page.screenshot({ path: 'test-results/presenter-step-2.png' });

  // A clicker's Page Down, then End and Home, then back with the left arrow.
  await page.keyboard.press('PageDown');
  await expect(show.getByRole('heading', { name: 'The stress loop' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(show.getByRole('status')).toHaveText('3 of 3');
  await page.keyboard.press('Home');
  await expect(show.getByRole('status')).toHaveText('1 of 3');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(show.getByRole('status')).toHaveText('2 of 3');
  // A stray letter does nothing to the map while presenting.
  await page.keyboard.press('f');
  await expect(page.locator('.react-flow__node')).toHaveCount(118);

  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add factor' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();

  // One page per view in the presentation, in order; a view taken out is left out.
  await page.getByRole('checkbox', { name: 'In presentation: The whole map' }).uncheck();
  await expect(page.getByRole('button', { name: 'Present (2 views)' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export presentation PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/presentation\.pdf$/);
  const pdf = await readPdf(new Uint8Array(await readFile((await file.path())!)));
  expect(pdf.pages).toHaveLength(2);
  expect(squash(pdf.pages[0]!)).toContain(squash('Half way'));
  expect(squash(pdf.pages[0]!)).toContain(squash('Who is missing from this part?'));
  expect(squash(pdf.pages[1]!)).toContain(squash('The stress loop'));
  expect(squash(pdf.pages[1]!)).toContain('2of2');
  expect(squash(pdf.pages.join(''))).not.toContain(squash('The whole map'));
});

test('at 1280 × 720 the toolbar stays one row with the Views tab, and the presenter reads large', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('tab', { name: 'Views' }).click();
  const rows = await page
    .locator('.toolbar > *:visible')
    .evaluateAll((els) => new Set(els.filter((e) => !e.classList.contains('toolbar__brand')).map((e) => Math.round(e.getBoundingClientRect().top))).size);
  expect(rows).toBe(1);
  await saveView(page, 'What makes healthy food hard to reach', 'Which of these could a pantry change?');
  await page.screenshot({ path: 'test-results/views-panel-1280.png' });
  await page.getByRole('button', { name: /^Present/ }).click();
  await expect(page.getByRole('region', { name: 'Presentation' }).getByRole('status')).toHaveText('1 of 1');
  await page.screenshot({ path: 'test-results/presenter-1280.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
});

/** Sam shares the open map (and so facilitates); Ria joins with the edit link in her own browser. */
async function room(page: Page, browser: Browser) {
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  await dialog.getByLabel('Your name, as others see it').fill('Sam');
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const edit = await dialog.getByLabel('Edit link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const ria = await context.newPage();
  await ria.goto(edit);
  const join = ria.getByRole('dialog', { name: 'Join the live map' });
  await join.getByLabel('Your name, as others see it').fill('Ria');
  await join.getByRole('button', { name: 'Join' }).click();
  await expect(ria.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { context, ria };
}

test('in a live room, everyone follows the facilitator through the presentation and sees each title and question', async ({ page, browser }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  await addNode(page, 'factor', 'Beta');
  await page.getByRole('tab', { name: 'Views' }).click();
  await saveView(page, 'Both factors', 'How do these two meet?');
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await saveView(page, 'Closer', 'What is between them?');
  const { context, ria } = await room(page, browser);
  await expect(ria.locator('.react-flow__node', { hasText: 'Beta' })).toBeVisible();

  await page.getByRole('button', { name: /^Present/ }).click();
  const followed = ria.getByRole('region', { name: "The presenter's view" });
  await expect(followed.getByRole('heading', { name: 'Both factors' })).toBeVisible();
  await expect(followed).toContainText('How do these two meet?');
  await expect(followed).toContainText('1 of 2');
  await expect(ria.getByRole('button', { name: 'Following Sam: stop' })).toBeVisible();
  await ria.screenshot({ path: 'test-results/presenter-follower.png' });

  await page.keyboard.press('ArrowRight');
  await expect(followed.getByRole('heading', { name: 'Closer' })).toBeVisible();
  await expect(followed).toContainText('2 of 2');
  const transform = (p: Page) => p.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect.poll(async () => (await transform(ria)) === (await transform(page))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(followed).toHaveCount(0);
  await expect(ria.getByRole('button', { name: 'Following Sam: stop' })).toHaveCount(0);
  await context.close();
});
