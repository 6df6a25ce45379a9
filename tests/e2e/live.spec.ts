/**
 * Live co-mapping, as people use it: one person shares the open map, others
 * open the links in their own browsers (separate contexts, so separate
 * storage and identities). The webServer is the real room server
 * (playwright.config.ts), so rooms, capabilities and read-only are real.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { addNode, linkNodes, node, startEmptyMap } from './helpers.ts';

async function share(page: Page, name: string, scan = false) {
  await page.getByRole('button', { name: 'Share live…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  // Opened, the dialog is ready to type a name into.
  await expect(dialog.getByLabel('Your name, as others see it')).toBeFocused();
  await dialog.getByLabel('Your name, as others see it').fill(name);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const edit = await dialog.getByLabel('Edit link').inputValue();
  const view = await dialog.getByLabel('View link').inputValue();
  expect(edit).toMatch(/\/\?room=[\w-]+#cap=v1\./);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { edit, view };
}

async function join(browser: Browser, link: string, name: string, scan = false) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join the live map' });
  await dialog.getByLabel('Your name, as others see it').fill(name);
  if (scan) expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  return { context, page };
}

const nodes = (page: Page) => page.locator('.react-flow__node');

async function startRoom(page: Page, browser: Browser, scan = false) {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  const links = await share(page, 'Sam', scan);
  const other = await join(browser, links.edit, 'Ria', scan);
  await expect(node(other.page, 'Alpha')).toBeVisible();
  return { links, other };
}

test('two people in one room see each other’s edits, pointers and selections; undo is mine', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser, true);
  const ria = other.page;

  await addNode(ria, 'outcome', 'Beta');
  await expect(node(page, 'Beta')).toBeVisible();
  await addNode(page, 'actor', 'Gamma');
  await expect(node(ria, 'Gamma')).toBeVisible();

  // Both see who is here.
  await expect(page.getByRole('list', { name: '2 in this room' })).toContainText('Ria');
  await expect(ria.getByRole('list', { name: '2 in this room' })).toContainText('Sam');

  // Ria's pointer and selection show on Sam's canvas, named and in her colour.
  const box = await ria.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas');
  await ria.mouse.move(box.x + 300, box.y + 300, { steps: 5 });
  await expect(page.locator('.presence-pointer', { hasText: 'Ria' })).toBeVisible();
  await node(ria, 'Alpha').click();
  await expect(page.locator('.presence-selected[data-person="Ria"]')).toHaveCount(1);

  // Sam's undo takes back Sam's own last change (Gamma), never Ria's Beta.
  // Adding and naming a node may be one step or two (the name typed in place).
  await expect(page.getByRole('button', { name: /^Undo / })).toBeEnabled();
  for (let i = 0; i < 2 && (await node(page, 'Gamma').count()) > 0; i++) await page.getByRole('button', { name: /^Undo / }).click();
  await expect(node(page, 'Gamma')).toHaveCount(0);
  await expect(node(ria, 'Gamma')).toHaveCount(0);
  await expect(node(page, 'Beta')).toBeVisible();
  await other.context.close();
});

test('the facilitator locks the map and others become read-only; follow me moves their view', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;

  await page.getByRole('button', { name: /^People/ }).click();
  await expect(page.getByRole('dialog', { name: 'People in this room' })).toContainText('Ria');
  expect(await seriousViolations(page)).toEqual([]);
  await node(ria, 'Alpha').click();
  const riaLabel = ria.getByRole('region', { name: 'Inspector' }).getByLabel('Label');
  await expect(riaLabel).toBeEditable();
  await page.getByRole('button', { name: 'Lock the map' }).click();
  await expect(ria.getByText('The facilitator has locked the map').first()).toBeVisible();
  await expect(riaLabel).not.toBeEditable();
  const before = await nodes(ria).count();
  await ria.getByRole('button', { name: 'Add factor' }).click();
  await expect(nodes(ria)).toHaveCount(before);
  await page.getByRole('button', { name: 'Unlock the map' }).click();
  await expect(ria.getByText('The facilitator has locked the map')).toHaveCount(0);
  await expect(riaLabel).toBeEditable();

  // Follow me: Sam zooms, Ria's view follows.
  await page.getByRole('button', { name: 'Follow me' }).click();
  await expect(ria.getByRole('button', { name: 'Following Sam: stop' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, -400);
  const transform = (p: Page) => p.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  await expect.poll(async () => (await transform(ria)) === (await transform(page))).toBe(true);
  await other.context.close();
});

/** True when the node's box overlaps the canvas as this person sees it. */
const onScreen = (p: Page, label: string) =>
  node(p, label).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    return r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
  });

/** Drags the canvas far to one side, as someone looking at another part of the map does. */
async function lookElsewhere(p: Page) {
  const box = await p.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas');
  // From an empty spot left of the middle (clear of the find bar, the legend and the minimap), to the right.
  for (let i = 0; i < 2; i++) {
    await p.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.3);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.3, { steps: 8 });
    await p.mouse.up();
  }
}

test('the facilitator brings everyone to a node, and to a loop', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;
  await addNode(page, 'factor', 'Beta');
  await linkNodes(page, 'Alpha', 'Beta');
  await linkNodes(page, 'Beta', 'Alpha');
  await expect(ria.locator('.react-flow__edge')).toHaveCount(2);

  // Only the facilitator is offered it.
  await node(ria, 'Alpha').click();
  await expect(ria.getByRole('button', { name: /Bring everyone here/ })).toHaveCount(0);

  await lookElsewhere(ria);
  await expect.poll(() => onScreen(ria, 'Alpha')).toBe(false);
  await node(page, 'Alpha').click();
  await page.getByRole('button', { name: 'Bring everyone here: Alpha' }).click();
  await expect.poll(() => onScreen(ria, 'Alpha')).toBe(true);

  await lookElsewhere(ria);
  await expect.poll(async () => (await onScreen(ria, 'Alpha')) || (await onScreen(ria, 'Beta'))).toBe(false);
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await page.getByRole('button', { name: /^Bring everyone here: loop / }).click();
  await expect.poll(async () => (await onScreen(ria, 'Alpha')) && (await onScreen(ria, 'Beta'))).toBe(true);
  // The loop is lit for everyone, named as the facilitator sees it.
  await expect(ria.locator('.lens-bar__caption')).toContainText('Reinforcing loop');
  expect(await seriousViolations(page)).toEqual([]);
  await other.context.close();
});

test('the facilitator resets the edit link: the old link only watches, the new one edits', async ({ page, browser }) => {
  const { links, other } = await startRoom(page, browser);
  const ria = other.page;
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('button', { name: 'Reset the edit link…' }).click();
  await page.getByRole('dialog', { name: 'Reset the edit link?' }).getByRole('button', { name: 'Reset the edit link' }).click();
  await expect(ria.getByText('The facilitator has made a new edit link').first()).toBeVisible();
  const before = await nodes(ria).count();
  await ria.getByRole('button', { name: 'Add factor' }).click();
  await expect(nodes(ria)).toHaveCount(before);

  // The links to share are the new ones.
  await page.getByRole('button', { name: 'Show the room links…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share live' });
  const edit = await dialog.getByLabel('Edit link').inputValue();
  expect(edit).not.toBe(links.edit);
  expect(await dialog.getByLabel('View link').inputValue()).toBe(links.view);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Given the new link, Ria edits again.
  await ria.goto(edit);
  await expect(ria.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(ria.getByText('The facilitator has made a new edit link')).toHaveCount(0);
  await addNode(ria, 'factor', 'After the reset');
  await expect(node(page, 'After the reset')).toBeVisible();
  await other.context.close();
});

test('going offline and back merges both sides’ edits', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;
  await other.context.setOffline(true);
  await expect(ria.getByText('Offline: changes will sync')).toBeVisible();
  await addNode(ria, 'factor', 'Written offline');
  await addNode(page, 'factor', 'Written online');
  await expect(node(ria, 'Written online')).toHaveCount(0);
  await other.context.setOffline(false);
  await expect(node(page, 'Written offline')).toBeVisible();
  await expect(node(ria, 'Written online')).toBeVisible();
  await expect(ria.getByText('Offline: changes will sync')).toHaveCount(0);
  await other.context.close();
});

test('a view link watches but cannot edit', async ({ page, browser }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  const links = await share(page, 'Sam');
  const viewer = await join(browser, links.view, 'Vic');
  await expect(node(viewer.page, 'Alpha')).toBeVisible();
  await expect(viewer.page.getByText('You opened a view link').first()).toBeVisible();
  await viewer.page.getByRole('button', { name: 'Add factor' }).click();
  await expect(nodes(viewer.page)).toHaveCount(1);
  // The inspector shows why, and its fields look and are read-only rather than taking typing that goes nowhere.
  await node(viewer.page, 'Alpha').click();
  const inspector = viewer.page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('note')).toContainText('You opened a view link');
  const label = inspector.getByLabel('Label');
  await expect(label).not.toBeEditable();
  await label.click();
  await viewer.page.keyboard.type(' changed');
  await expect(label).toHaveValue('Alpha');
  await expect(inspector.getByLabel('Kind')).toBeDisabled();
  await expect(inspector.getByRole('button', { name: 'Delete factor' })).toBeDisabled();
  await expect(inspector.getByRole('button', { name: 'Add note' })).toBeDisabled();
  expect(await seriousViolations(viewer.page)).toEqual([]);
  await addNode(page, 'outcome', 'Seen by the viewer');
  await expect(node(viewer.page, 'Seen by the viewer')).toBeVisible();
  await viewer.context.close();
});

test('a first-time participant sees no map of their own behind the join dialog; “Not now” opens their own map instead', async ({ page, browser }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Alpha');
  const links = await share(page, 'Sam');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const other = await context.newPage();
  await other.goto(links.edit);
  const dialog = other.getByRole('dialog', { name: 'Join the live map' });
  await expect(dialog).toBeVisible();
  // Not the example (or whatever this browser last had open) half-seen behind it, as if it were the room's map.
  await expect(nodes(other)).toHaveCount(0);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Opening a map…');
  await dialog.getByRole('button', { name: 'Not now: open my own map' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => nodes(other).count()).toBeGreaterThan(100);
  await expect(other.getByRole('status').filter({ hasText: 'Live' })).toHaveCount(0);
  // The link still joins the room, straight into its map.
  await other.reload();
  await dialog.getByLabel('Your name, as others see it').fill('Ria');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(node(other, 'Alpha')).toBeVisible();
  await expect(nodes(other)).toHaveCount(1);
  await context.close();
});

test('an altered link says what is wrong and what to do', async ({ page, browser }) => {
  await startEmptyMap(page);
  const links = await share(page, 'Sam');
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(links.edit.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  const dialog = other.getByRole('dialog', { name: 'Join the live map' });
  await dialog.getByLabel('Your name, as others see it').fill('Eve');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(other.getByRole('alert')).toContainText('This room link was altered or is incomplete');
  // Dismissed, the person's own map opens (start-up opened none for the room).
  await other.getByRole('button', { name: 'Dismiss' }).click();
  await expect(other.getByRole('alert')).toBeHidden();
  await expect.poll(() => nodes(other).count()).toBeGreaterThan(100);
  await context.close();
});

test('a second tab on the same local map is read-only until it takes over', async ({ page, context }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Mine');
  const second = await context.newPage();
  await second.goto('/');
  await expect(node(second, 'Mine')).toBeVisible();
  await expect(second.getByText('This map is open in another tab').first()).toBeVisible();
  await second.getByRole('button', { name: 'Use this tab' }).click();
  await expect(second.getByText('This map is open in another tab')).toHaveCount(0);
  await expect(page.getByText('This map is open in another tab').first()).toBeVisible();
  await addNode(second, 'factor', 'From the second tab');
});

test('other people’s comments are theirs: a participant replies and resolves, cannot take them down, and deleting the node keeps them', async ({ page, browser }) => {
  const { other } = await startRoom(page, browser);
  const ria = other.page;
  const commentOn = async (p: Page, text: string) => {
    await node(p, 'Alpha').click();
    const comments = p.getByRole('region', { name: 'Inspector' }).getByRole('region', { name: 'Comments on Alpha' });
    await comments.getByRole('textbox', { name: 'New comment on Alpha' }).fill(text);
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    return comments;
  };
  await commentOn(page, 'Is Alpha a cause or a symptom?');
  await node(ria, 'Alpha').click();
  const riaComments = ria.getByRole('region', { name: 'Inspector' }).getByRole('region', { name: 'Comments on Alpha' });
  await expect(riaComments.getByText('Is Alpha a cause or a symptom?', { exact: true })).toBeVisible();

  // Ria may reply and resolve, but not edit, delete or take down Sam's words.
  await expect(riaComments.getByRole('button', { name: 'Reply to “Is Alpha a cause or a symptom?”' })).toBeVisible();
  await expect(riaComments.getByRole('button', { name: /^Delete thread/ })).toHaveCount(0);
  await expect(riaComments.getByRole('button', { name: /^(Edit|Delete) your/ })).toHaveCount(0);
  await riaComments.getByRole('button', { name: 'Reply to “Is Alpha a cause or a symptom?”' }).click();
  await riaComments.getByRole('textbox', { name: 'Reply to “Is Alpha a cause or a symptom?”' }).fill('A cause, I think.');
  await riaComments.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(page.getByText('A cause, I think.', { exact: true })).toBeVisible();

  // Deleting the node as Ria: it goes for both, Ria stays in the room, and her Undo brings it back with Sam's thread.
  await node(ria, 'Alpha').click();
  await ria.keyboard.press('Delete');
  await expect(node(page, 'Alpha')).toHaveCount(0);
  await expect(ria.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await ria.keyboard.press('Control+z');
  await expect(node(page, 'Alpha')).toBeVisible();
  await node(ria, 'Alpha').click();
  await expect(riaComments.getByText('Is Alpha a cause or a symptom?', { exact: true })).toBeVisible();
  await expect(riaComments.getByText('A cause, I think.', { exact: true })).toBeVisible();
  // Ria's edit still lands: she was never cut off.
  await addNode(ria, 'factor', 'Delta');
  await expect(node(page, 'Delta')).toBeVisible();
  // Sam, the facilitator, may take the thread down.
  await node(page, 'Alpha').click();
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: /^Delete thread/ }).click();
  await expect(riaComments.getByText('Is Alpha a cause or a symptom?', { exact: true })).toHaveCount(0);
  await other.context.close();
});
