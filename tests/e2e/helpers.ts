import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the map is on screen. */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

/**
 * Opens the legend if it is folded to its strip, as a user would to use it: a wide map fitted to the screen
 * folds it (it would cover part of the map), and so does a short window.
 */
export async function showLegend(page: Page) {
  const show = page.getByRole('button', { name: 'Show legend' });
  if (await show.isVisible()) await show.click();
  await expect(page.getByRole('button', { name: 'Hide legend' })).toBeVisible();
}

/** Starts from an empty map. */
export async function startEmptyMap(page: Page) {
  await openApp(page);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Empty map/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

export const node = (page: Page, label: string) => page.locator('.react-flow__node', { hasText: label });

/** Adds a node from the toolbar and types its label in place. */
export async function addNode(page: Page, kind: 'actor' | 'factor' | 'outcome', label: string) {
  await page.getByRole('button', { name: `Add ${kind}` }).click();
  const editor = page.getByRole('textbox', { name: 'Node label' });
  await expect(editor).toBeFocused();
  await editor.fill(label);
  await editor.press('Enter');
  await expect(node(page, label)).toBeVisible();
}

/** Drags from one node's outgoing handle onto another node. */
export async function linkNodes(page: Page, from: string, to: string) {
  const source = node(page, from);
  await source.hover();
  const handle = source.locator('.react-flow__handle.source');
  const a = await handle.boundingBox();
  const b = await node(page, to).boundingBox();
  if (!a || !b) throw new Error('nodes not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/**
 * Links whose drawn path passes through the box of a node they do not join,
 * measured on the page: every path sampled every few pixels (flow
 * coordinates, like the node boxes), with a pixel of slack at box borders.
 */
export async function linksThroughBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const [x, y] = (el.style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
      return { id: el.dataset.id, x: x! + 1, y: y! + 1, w: el.offsetWidth - 2, h: el.offsetHeight - 2 };
    });
    const out: string[] = [];
    for (const g of document.querySelectorAll('.react-flow__edge')) {
      const source = g.getAttribute('data-source') ?? undefined;
      const target = g.getAttribute('data-target') ?? undefined;
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path');
      if (!path) continue;
      const length = path.getTotalLength();
      const others = boxes.filter((b) => b.id !== source && b.id !== target);
      let through = false;
      for (let s = 0; s <= length && !through; s += 3) {
        const p = path.getPointAtLength(s);
        through = others.some((b) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h);
      }
      if (through) out.push(g.getAttribute('data-id')!);
    }
    return out;
  });
}

/**
 * Waits until the view has stopped moving (a jump to a node glides there), as a person waits before clicking on what
 * moved: a click sent mid-glide lands where the thing was, on the empty canvas, and lets go of the selection.
 */
export async function viewAtRest(page: Page, still = 500) {
  const viewport = page.locator('.react-flow__viewport');
  await expect
    .poll(
      async () => {
        const before = await viewport.getAttribute('style');
        await page.waitForTimeout(still);
        return before === (await viewport.getAttribute('style'));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}
