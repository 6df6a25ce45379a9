import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { node, startEmptyMap } from './helpers.ts';

/** Adds a node with its key and names it, all from the keyboard. */
async function typeNode(page: Page, key: 'a' | 'f' | 'o', label: string) {
  await page.keyboard.press(key);
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect(node(page, label)).toBeVisible();
}

const focusedNodeLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement?.classList.contains('react-flow__node') ? document.activeElement.textContent : null));

test('focus stays on the node after renaming, and Tab selects a node with a visible ring', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  expect(await focusedNodeLabel(page)).toContain('Stress');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nope');
  await page.keyboard.press('Escape');
  expect(await focusedNodeLabel(page)).toContain('Stress');

  await typeNode(page, 'f', 'Sleep');
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator('.react-flow__node:focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  const heading = page.getByRole('region', { name: 'Inspector' }).getByRole('heading').first();
  await expect(heading).not.toHaveText('Map');
});

test('letters typed straight after adding a node are its label, even before its editor is on screen', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  // No waiting for the editor: a fast typist's first letters must not land on the page.
  await page.keyboard.press('f');
  await page.keyboard.type('Stress');
  await page.keyboard.press('Enter');
  await page.keyboard.press('a');
  await page.keyboard.type('Older residents');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Stress')).toBeVisible();
  await expect(node(page, 'Older residents')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('.react-flow__node:focus')).toHaveText(/Older residents/);
});

test('Enter on "Add link" presses the button instead of renaming, and focus lands on the new link', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  await typeNode(page, 'f', 'Sleep');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Link to').selectOption({ label: 'Stress' });
  await inspector.getByRole('button', { name: 'Add link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Node label' })).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge:focus')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge:focus')).toHaveAttribute('aria-label', 'Link: more “Sleep” → more “Stress”, medium');
});

test('L links by name, ] and [ follow links, and undo is announced', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  await typeNode(page, 'f', 'Sleep');
  await typeNode(page, 'f', 'Appetite');
  // Appetite is selected: link it to Stress, opposite and strong.
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Link from “Appetite”' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.type('str');
  await expect(dialog.getByRole('option', { name: 'Stress' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(dialog).toContainText('More “Appetite” → less “Stress”, strong.');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(await focusedNodeLabel(page)).toContain('Appetite');
  await expect(page.locator('#announcer')).toHaveText('Linked: More “Appetite” → less “Stress”, strong.');

  // Follow the link to its effect, then back to its cause.
  await page.keyboard.press(']');
  await expect(page.locator('#announcer')).toContainText('“Stress”, factor. Effect 1 of 1 of “Appetite”');
  expect(await focusedNodeLabel(page)).toContain('Stress');
  await page.keyboard.press('[');
  expect(await focusedNodeLabel(page)).toContain('Appetite');

  // Escape leaves the link command without a change and focus goes back to the node.
  await page.keyboard.press('l');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedNodeLabel(page)).toContain('Appetite');

  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.locator('#announcer')).toHaveText('Undid: Add link');
});

test('L with a name no node has offers to create it and link, as one undo step', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  await typeNode(page, 'f', 'Sleep');
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Link from “Sleep”' });
  await expect(dialog).toBeVisible();
  // A near match stays first; the new node is offered after it.
  await page.keyboard.type('Stre');
  await expect(dialog.getByRole('listbox', { name: 'Nodes to link to' }).getByRole('option')).toHaveText([/^\s*Stress$/, /Create “Stre” and link$/]);
  await page.keyboard.type('ngth at work');
  const create = dialog.getByRole('option', { name: 'Create “Strength at work” and link' });
  await expect(create).toHaveAttribute('aria-selected', 'true');
  // Past the new node's kind (a factor), to the direction.
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('The new node is')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(dialog).toContainText('Adds a factor “Strength at work”. More “Sleep” → less “Strength at work”, medium.');
  await expect(dialog.getByRole('button', { name: 'Create and link' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(node(page, 'Strength at work')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('#announcer')).toHaveText('Added factor “Strength at work” and linked: More “Sleep” → less “Strength at work”, medium.');
  expect(await focusedNodeLabel(page)).toContain('Sleep');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});

test('? opens the shortcuts sheet; Escape closes it and gives focus back', async ({ page }) => {
  await startEmptyMap(page);
  const undo = page.getByRole('button', { name: 'New map', exact: true });
  await undo.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Link the selected node to another');
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(undo).toBeFocused();
});

test('the Experiments lens menu closes on Escape and on a click on the map', async ({ page }) => {
  await startEmptyMap(page);
  const opener = page.getByRole('button', { name: /^Experiments/ }).first();
  await opener.click();
  const menu = page.getByRole('group', { name: 'Show what these experiments touched' });
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(menu).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 500, y: 400 } });
  await expect(menu).toBeHidden();
});

test('Enter on "Add note" adds a note instead of renaming the node', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Add note', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Node label' })).toHaveCount(0);
  await expect(inspector.getByText('No notes yet.')).toHaveCount(0);
});

test('forced colours keep the selection and polarity visible; reduced motion stills transitions', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 300, y: 300 } });
  await typeNode(page, 'f', 'Stress');
  const selected = page.locator('.node--selected');
  await expect(selected).toHaveCount(1);
  // Box shadows are dropped in forced colours: the selection is an outline in the system's highlight colour.
  expect(await selected.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const handle = page.locator('.node__handle').first();
  expect(await handle.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))).toBeLessThan(0.001);
  // The open arrowhead (opposite) stays open, the filled one (same) filled.
  const fills = await page.locator('.link-markers path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill') === 'none' ? 'open' : getComputedStyle(p).fill));
  expect(fills).toContain('open');
  expect(fills.some((f) => f !== 'open' && f !== 'none')).toBe(true);
});
