/**
 * Editing that keeps the map tidy: new nodes in free space near the view or
 * the selection, a second identical link refused with a plain message, and a
 * link let go on empty canvas making a new node there.
 */
import { expect, test, type Page } from '@playwright/test';
import { addNode, linkNodes, node, startEmptyMap } from './helpers.ts';

const messages = (page: Page) => page.getByRole('region', { name: 'Messages' });

/** Drags from a node's outgoing handle to a point of the page. */
async function dragLinkTo(page: Page, from: string, x: number, y: number) {
  const source = node(page, from);
  await source.hover();
  const handle = (await source.locator('.react-flow__handle.source').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

test('nodes added one after another land in free space round the view, none on another and not in one column', async ({ page }) => {
  await startEmptyMap(page);
  for (const label of ['Rent arrears', 'Stress', 'Sleep', 'Debt advice', 'Hours of work']) await addNode(page, 'factor', label);
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
  const overlapping = boxes.filter((a, i) => boxes.some((b, j) => j > i && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
  expect(overlapping).toEqual([]);
  expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBeGreaterThan(1);
  // All of them on screen, in the canvas.
  const canvas = (await page.getByRole('main', { name: 'Map' }).boundingBox())!;
  for (const b of boxes) expect(b.x >= canvas.x && b.y >= canvas.y && b.x + b.w <= canvas.x + canvas.width && b.y + b.h <= canvas.y + canvas.height).toBe(true);
});

test('a second identical link is refused with a plain message, and the first is selected', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Rent arrears');
  await addNode(page, 'factor', 'Stress');
  await linkNodes(page, 'Rent arrears', 'Stress');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await node(page, 'Stress').click();
  await linkNodes(page, 'Rent arrears', 'Stress');
  await expect(messages(page)).toContainText('“Rent arrears” already leads to “Stress”. That link is selected');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'Link' })).toBeVisible();
  // The other way round is a different link (a loop), and is made.
  await linkNodes(page, 'Stress', 'Rent arrears');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
});

test('a link let go on empty canvas makes a new node there, linked, in one undo step; let go on an overlay it says why nothing happened', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Rent arrears');
  const box = (await node(page, 'Rent arrears').boundingBox())!;
  await dragLinkTo(page, 'Rent arrears', box.x + box.width + 260, box.y + 180);
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await editor.fill('Stress');
  await editor.press('Enter');
  await expect(node(page, 'Stress')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // The new node sits where the link was let go.
  const made = (await node(page, 'Stress').boundingBox())!;
  expect(Math.abs(made.x - (box.x + box.width + 260))).toBeLessThan(40);
  await page.screenshot({ path: 'test-results/tidy-drop-1440.png' });

  // One undo takes the name, the next the node and its link together.
  await page.getByRole('button', { name: /^Undo Rename/ }).click();
  await page.getByRole('button', { name: 'Undo Add factor with a link' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // Let go over the legend: no link, and a message saying where it could go.
  const legend = (await page.getByRole('region', { name: 'Legend' }).boundingBox())!;
  await dragLinkTo(page, 'Rent arrears', legend.x + legend.width / 2, legend.y + legend.height / 2);
  await expect(messages(page)).toContainText('No link made: drop the link on a node to join them, or on empty canvas to make a new node there.');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('on the canvas a label breaks after a slash, and a word too long for the box is shown smaller and whole, as the PDF prints it', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Indulgence/Compensation');
  await addNode(page, 'factor', 'Internationalisation of food');
  /** How many line boxes a word of the label takes: 1 means it is not broken. */
  const linesOf = (label: string, word: string) =>
    node(page, label)
      .locator('.node__label')
      .evaluate((el, w) => {
        const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
        for (const t of text) {
          const at = t.textContent!.indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(t, at);
          range.setEnd(t, at + w.length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
        return -1;
      }, word);
  expect(await linesOf('Indulgence/Compensation', 'Compensation')).toBe(1);
  expect(await linesOf('Indulgence/Compensation', 'Indulgence/')).toBe(1);
  expect(await linesOf('Internationalisation of food', 'Internationalisation')).toBe(1);
  const size = await node(page, 'Internationalisation of food').locator('.node__label').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeLessThan(14);
  expect(size).toBeGreaterThanOrEqual(10);
  await node(page, 'Internationalisation of food').screenshot({ path: 'test-results/tidy-long-label.png' });
});
