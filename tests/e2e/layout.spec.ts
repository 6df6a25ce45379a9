import { expect, test } from '@playwright/test';
import { addNode, node, openApp, startEmptyMap } from './helpers.ts';

/** The canvas's zoom, from the transform React Flow puts on the viewport. */
const zoomOf = (page: Page) => page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]));

async function positionOf(page: Page, label: string) {
  return node(page, label).evaluate((el) => (el as HTMLElement).style.transform);
}

type Page = import('@playwright/test').Page;
interface LinkWatch {
  detached(): string[];
  /** The most links seen away from their nodes at one moment since watching began. */
  worst: string[];
  timer?: number;
}

/**
 * Puts a check in the page for links whose drawn ends are not at their nodes
 * (flow coordinates, with a few pixels' slack), and runs it every few
 * milliseconds, between frames, so a moment when links lag behind is caught.
 */
async function watchLinks(page: Page) {
  await page.evaluate(() => {
    const detached = () => {
      const boxes = new Map(
        [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
          const [x, y] = (el.style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
          return [el.dataset.id, { x: x!, y: y!, w: el.offsetWidth, h: el.offsetHeight }];
        }),
      );
      const at = (id: string | undefined, x: number, y: number) => {
        const b = boxes.get(id);
        return !!b && x >= b.x - 6 && x <= b.x + b.w + 6 && y >= b.y - 6 && y <= b.y + b.h + 6;
      };
      return [...document.querySelectorAll('.react-flow__edge')]
        .filter((g) => {
          const source = g.getAttribute('data-source') ?? undefined;
          const target = g.getAttribute('data-target') ?? undefined;
          // Start: the first point; end: the last (a routed link has corners in between).
          const nums = (g.querySelector('path.react-flow__edge-path')?.getAttribute('d')?.match(/-?[\d.]+/g) ?? []).map(Number);
          const [sx, sy] = nums;
          const [tx, ty] = nums.slice(-2);
          return !(at(source, sx!, sy!) && at(target, tx!, ty!));
        })
        .map((g) => g.getAttribute('data-id')!);
    };
    const watch: LinkWatch = { detached, worst: [] };
    watch.timer = window.setInterval(() => {
      const now = detached();
      if (now.length > watch.worst.length) watch.worst = now;
    }, 4);
    (window as unknown as { linkWatch: LinkWatch }).linkWatch = watch;
  });
}

/** Stops watching; the links detached at the worst moment, and now. */
async function linksSeen(page: Page) {
  return page.evaluate(() => {
    const watch = (window as unknown as { linkWatch: LinkWatch }).linkWatch;
    clearInterval(watch.timer);
    return { worst: watch.worst, now: watch.detached() };
  });
}

test('lay out the example map, see the nodes move, and undo it in one step', async ({ page }) => {
  await openApp(page);
  const before = await positionOf(page, 'Stress');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await watchLinks(page);
  await page.getByRole('menuitem', { name: /Lay out: Clustered/ }).click();
  await expect.poll(() => positionOf(page, 'Stress'), { timeout: 15_000 }).not.toBe(before);
  await expect(page.getByRole('button', { name: /^Undo Lay out \(clustered\)/ })).toBeVisible();
  // The links followed the nodes all the way, and end at them.
  expect(await linksSeen(page)).toEqual({ worst: [], now: [] });
  // No two nodes overlap after the layout.
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height]));
  const overlaps = boxes.filter((a, i) => boxes.some((b, j) => j > i && a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!));
  expect(overlaps).toEqual([]);
  await page.getByRole('button', { name: /^Undo Lay out/ }).click();
  await expect.poll(() => positionOf(page, 'Stress')).toBe(before);
});

test('with reduced motion the nodes jump to the layout at once, links and all', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const before = await positionOf(page, 'Stress');
  const zoomBefore = await zoomOf(page);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await watchLinks(page);
  await page.getByRole('menuitem', { name: /Lay out: Layered/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(layered\)/ })).toBeVisible({ timeout: 15_000 });
  expect(await linksSeen(page)).toEqual({ worst: [], now: [] });
  // The wide layered map was fitted to the screen, so all of it shows (zoomed out that far, as the overview).
  await expect(page.locator('.react-flow__node:visible, .overview-canvas:visible').first()).toBeVisible();
  await expect.poll(() => zoomOf(page)).toBeLessThan(zoomBefore * 0.9);
  await page.getByRole('combobox', { name: 'Find a node by name' }).fill('Stress');
  await page.getByRole('option', { name: 'Stress', exact: true }).click();
  await expect.poll(() => positionOf(page, 'Stress')).not.toBe(before);
});

test('a pinned node stays where it is when the map is laid out', async ({ page }) => {
  await openApp(page);
  // Pin one node in the inspector.
  await page.getByRole('combobox', { name: 'Find a node by name' }).fill('Stress');
  await page.getByRole('option', { name: 'Stress', exact: true }).click();
  await page.getByRole('region', { name: 'Inspector' }).getByLabel('Pinned: auto-layout leaves it where it is').check();
  await expect(node(page, 'Stress').getByRole('img', { name: 'Pinned' })).toBeVisible();
  const pinned = await positionOf(page, 'Stress');
  const other = await positionOf(page, 'Low mood');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Organic/ }).click();
  await expect.poll(() => positionOf(page, 'Low mood'), { timeout: 15_000 }).not.toBe(other);
  expect(await positionOf(page, 'Stress')).toBe(pinned);
});

test('lay out only the selection: the other nodes stay where they are', async ({ page }) => {
  await startEmptyMap(page);
  for (const label of ['Rent arrears', 'Stress', 'Sleep', 'Debt advice']) await addNode(page, 'factor', label);
  const stay = await positionOf(page, 'Debt advice');
  const stay2 = await positionOf(page, 'Rent arrears');
  await node(page, 'Stress').click();
  await node(page, 'Sleep').click({ modifiers: ['Shift'] });
  const before = await positionOf(page, 'Sleep');
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByLabel(/Only the 2 selected nodes/).check();
  await page.getByRole('menuitem', { name: /Lay out: Radial/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(radial, selection\)/ })).toBeVisible({ timeout: 15_000 });
  expect(await positionOf(page, 'Debt advice')).toBe(stay);
  expect(await positionOf(page, 'Rent arrears')).toBe(stay2);
  expect(await positionOf(page, 'Sleep')).not.toBe(before);
});

test('while a node is dragged its links stay on it, and on every other node', async ({ page }) => {
  await openApp(page);
  // The map's first routing has landed (some links bend round boxes), so the drag starts from routed links.
  const routed = () => page.locator('.react-flow__edge path.react-flow__edge-path[d*="L"]').count();
  await expect.poll(routed).toBeGreaterThan(0);
  const box = await node(page, 'Stress').boundingBox();
  if (!box) throw new Error('Stress is not on screen');
  await watchLinks(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 10 });
  await page.mouse.move(box.x + box.width / 2 + 240, box.y + box.height / 2 + 160, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: /^Undo Move node/ })).toBeVisible();
  expect(await linksSeen(page)).toEqual({ worst: [], now: [] });
});

test('Tidy pushes apart nodes dragged on top of each other and leaves a node that was clear exactly where it was', async ({ page }) => {
  await startEmptyMap(page);
  await addNode(page, 'factor', 'Stress');
  await addNode(page, 'factor', 'Sleep');
  await addNode(page, 'factor', 'Appetite');
  const still = await positionOf(page, 'Appetite');
  // Drag Sleep onto Stress.
  const from = (await node(page, 'Sleep').boundingBox())!;
  const to = (await node(page, 'Stress').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2 + 20, to.y + to.height / 2 + 8, { steps: 10 });
  await page.mouse.up();
  const overlapping = async () => {
    const a = (await node(page, 'Stress').boundingBox())!;
    const b = (await node(page, 'Sleep').boundingBox())!;
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  };
  expect(await overlapping()).toBe(true);
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  await page.getByRole('menuitem', { name: /Lay out: Tidy/ }).click();
  await expect(page.getByRole('button', { name: /^Undo Lay out \(tidy\)/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(overlapping).toBe(false);
  expect(await positionOf(page, 'Appetite')).toBe(still);
});
