import { expect, test, type Page } from '@playwright/test';
import { node, startEmptyMap } from './helpers.ts';

const n = (id: string, label: string, x: number, y: number) => ({ id, kind: 'factor', label, description: '', clusterId: null, tags: [], position: { x, y }, notes: [] });
const l = (id: string, source: string, target: string) => ({ id, source, target, polarity: '+', strength: 2, confidence: 'medium', delay: false, label: '', evidence: '' });

/** Three factors in a row and one below: three links, far enough apart to click each. */
const MAP = {
  schemaVersion: 3,
  id: 'm_links',
  meta: { title: 'Links', description: '', focalNodeId: null, scale: 'person', authors: [], createdAt: '', updatedAt: '' },
  nodes: { a: n('a', 'Debt', 0, 0), b: n('b', 'Stress', 420, 0), c: n('c', 'Sleep', 840, 0), d: n('d', 'Mood', 420, 320) },
  links: { ab: l('ab', 'a', 'b'), bc: l('bc', 'b', 'c'), bd: l('bd', 'b', 'd') },
  clusters: {}, experiments: {}, perspectives: {}, linkViews: {}, ratingRounds: {}, comments: {}, views: {}, reflections: {},
};

const link = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
const selectedLinks = (page: Page) => page.locator('.react-flow__edge.selected');

/** Where the middle of a link is drawn on the screen. */
async function middleOf(page: Page, id: string) {
  return link(page, id).locator('path.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  });
}

async function clickLink(page: Page, id: string, modifiers: ('Shift' | 'Control')[] = []) {
  const at = await middleOf(page, id);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** A point of the canvas with nothing drawn on it (nor any panel over it). */
async function emptySpot(page: Page) {
  return page.locator('.react-flow__pane').evaluate((pane) => {
    const r = pane.getBoundingClientRect();
    for (let y = r.bottom - 30; y > r.top; y -= 20)
      for (let x = r.left + r.width / 2; x < r.right - 30; x += 20) if (document.elementFromPoint(x, y) === pane) return { x, y };
    throw new Error('no empty spot on the canvas');
  });
}

test.beforeEach(async ({ page }) => {
  await startEmptyMap(page);
  await page.locator('#open-file-input').setInputFiles({ name: 'links.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MAP)) });
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});

test('a click selects one link, Shift or Ctrl adds and removes one, and a node or the empty canvas lets go of links', async ({ page }) => {
  await clickLink(page, 'ab');
  await expect(selectedLinks(page)).toHaveCount(1);
  await expect(link(page, 'ab')).toHaveClass(/selected/);
  await expect(page.getByRole('heading', { name: 'Link', exact: true })).toBeVisible();

  await clickLink(page, 'bc', ['Shift']);
  await expect(selectedLinks(page)).toHaveCount(2);
  await clickLink(page, 'ab', ['Control']);
  await expect(selectedLinks(page)).toHaveCount(1);
  await expect(link(page, 'bc')).toHaveClass(/selected/);

  // A plain click on another link: that link alone.
  await clickLink(page, 'bd');
  await expect(selectedLinks(page)).toHaveCount(1);
  await expect(link(page, 'bd')).toHaveClass(/selected/);

  // A node picked: the node alone.
  await node(page, 'Sleep').click();
  await expect(selectedLinks(page)).toHaveCount(0);
  await expect(node(page, 'Sleep')).toHaveClass(/selected/);

  // Shift-clicking a link keeps the node; the empty canvas lets go of both.
  await clickLink(page, 'ab', ['Shift']);
  await expect(selectedLinks(page)).toHaveCount(1);
  await expect(node(page, 'Sleep')).toHaveClass(/selected/);
  const empty = await emptySpot(page);
  await page.mouse.click(empty.x, empty.y);
  await expect(selectedLinks(page)).toHaveCount(0);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Link', exact: true })).toHaveCount(0);
});

test('a link reached from the keyboard is named, Enter selects it and Escape lets go; pressing on a link does not pan the map', async ({ page }) => {
  const ab = link(page, 'ab');
  await expect(ab).toHaveAttribute('aria-label', /Debt.*Stress/);
  await ab.focus();
  await page.keyboard.press('Enter');
  await expect(ab).toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(ab).not.toHaveClass(/selected/);
  await expect(ab).not.toBeFocused();

  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const at = await middleOf(page, 'bd');
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 120, at.y + 60, { steps: 8 });
  await page.mouse.up();
  expect(await viewport.getAttribute('style')).toBe(before);
});
