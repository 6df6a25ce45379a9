import { expect, test } from '@playwright/test';
import { addNode, node, openApp, startEmptyMap } from './helpers.ts';

test('add, rename, delete and undo from the keyboard alone', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('main.canvas').click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('f');
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Food prices');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Food prices')).toBeVisible();

  await page.keyboard.press('a');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Food bank');
  await page.keyboard.press('Enter');

  // Rename the selected node with F2; Escape abandons an edit.
  await page.keyboard.press('F2');
  await page.keyboard.type('Community food bank');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Community food bank')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nope');
  await page.keyboard.press('Escape');
  await expect(node(page, 'Community food bank')).toBeVisible();

  // Link with the inspector's keyboard path.
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Link to').selectOption({ label: 'Food prices' });
  await inspector.getByLabel('Polarity').selectOption('-');
  await inspector.getByRole('button', { name: 'Add link' }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(inspector).toContainText('More “Community food bank” → less “Food prices”');

  // Delete the link, then the nodes; undo brings them back.
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 120 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('shift-click to select several, then copy, paste and duplicate', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  await addNode(page, 'factor', 'Sleep');
  await node(page, 'Stress').click();
  await node(page, 'Sleep').click({ modifiers: ['Shift'] });
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading')).toHaveText('2 nodes, 0 links selected');

  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
});

test('box-select with shift-drag', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'One');
  await addNode(page, 'factor', 'Two');
  const a = (await node(page, 'One').boundingBox())!;
  const b = (await node(page, 'Two').boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(Math.min(a.x, b.x) - 30, a.y - 30);
  await page.mouse.down();
  await page.mouse.move(Math.max(a.x + a.width, b.x + b.width) + 30, b.y + b.height + 30, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
});

test('find a node by name and jump to it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('combobox', { name: 'Find a node by name' });
  await expect(find).toBeFocused();
  const first = await page.locator('.react-flow__node .node__label').nth(40).textContent();
  await find.fill(first!.slice(0, 8));
  const option = page.getByRole('option', { name: first! });
  await expect(option).toBeVisible();
  await find.press('ArrowDown');
  await option.click();
  // The node's own label: a key node also carries its name as a callout, shown only when the map is far away.
  await expect(page.locator('.react-flow__node.selected .node__label')).toHaveText(first!);
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Label')).toHaveValue(first!);
});

test('double-click the canvas to add a factor there', async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('.react-flow__pane').dblclick({ position: { x: 300, y: 300 } });
  await expect(page.getByRole('textbox', { name: 'Node label' })).toBeFocused();
  await page.keyboard.type('Walkability');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Walkability')).toBeVisible();
});

test('move selected nodes with the arrow keys, and undo the move', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  const before = (await node(page, 'Stress').boundingBox())!;
  await node(page, 'Stress').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await node(page, 'Stress').boundingBox())!.x).toBeGreaterThan(before.x + 10);
  // The move is in the document: it survives other changes and undoes in one step.
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await node(page, 'Stress').boundingBox())!.x)).toBe(Math.round(before.x));
});
