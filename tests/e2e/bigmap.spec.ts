import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { generateMap } from '../../src/analysis/generate.ts';
import { linkCurve, pointOnCurve } from '../../src/draw/geometry.ts';
import { layoutMapSync } from '../../src/layout/layoutMap.ts';
import type { MapDocument } from '../../src/model/types.ts';
import { openApp } from './helpers.ts';

/** A big map (over 400 nodes), laid out as a person would have it, with few links so each can be clicked. */
function bigMap(): MapDocument {
  const doc = generateMap({ nodes: 600, links: 300, seed: 3 });
  const positions = layoutMapSync(doc, { algorithm: 'clustered' });
  return { ...doc, nodes: Object.fromEntries(Object.entries(doc.nodes).map(([id, n]) => [id, { ...n, position: positions[id] ?? n.position }])) };
}

async function openBigMap(page: Page, doc: MapDocument) {
  await openApp(page);
  await page.locator('#open-file-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

/** Where a map point is on the screen, from the canvas's current pan and zoom. */
async function toScreen(page: Page, x: number, y: number) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const m = await page.locator('.react-flow__viewport').evaluate((el) => {
    const t = new DOMMatrix(getComputedStyle(el).transform);
    return { tx: t.e, ty: t.f, k: t.a };
  });
  return { x: pane.x + m.tx + x * m.k, y: pane.y + m.ty + y * m.k };
}

test('a big map opens as a whole-map overview; clicking a box selects its node, double-clicking zooms to it', async ({ page }) => {
  const doc = bigMap();
  await openBigMap(page, doc);
  await expect(page.locator('.overview-canvas')).toHaveAttribute('data-drawn-nodes', '600');
  await expect(page.getByRole('status').filter({ hasText: 'Whole-map overview' })).toBeVisible();
  // Nothing is rendered as elements: the whole map is one drawing.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  const focal = doc.nodes[doc.meta.focalNodeId!]!;
  const centre = await toScreen(page, focal.position.x + 90, focal.position.y + 28);
  await page.mouse.click(centre.x, centre.y);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByLabel('Label')).toHaveValue(focal.label);

  await page.mouse.dblclick(centre.x, centre.y);
  const element = page.locator(`.react-flow__node[data-id="${focal.id}"]`);
  await expect(element).toBeVisible();
  await expect(element).toContainText(focal.label);
  await expect(page.getByRole('status').filter({ hasText: 'Whole-map overview' })).toHaveCount(0);
  // Zoomed in, only the nodes in view are elements.
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(200);
});

test('the links of a big map are drawn on a canvas under the nodes, and clicking one selects it', async ({ page }) => {
  const doc = bigMap();
  await openBigMap(page, doc);
  await expect(page.locator('.overview-canvas')).toHaveAttribute('data-drawn-nodes', '600');
  const focal = doc.nodes[doc.meta.focalNodeId!]!;
  const centre = await toScreen(page, focal.position.x + 90, focal.position.y + 28);
  await page.mouse.dblclick(centre.x, centre.y);
  await expect(page.locator(`.react-flow__node[data-id="${focal.id}"]`)).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  // The links are on the canvas instead: some of its pixels are drawn.
  await expect
    .poll(() =>
      page.locator('.link-canvas').first().evaluate((c: HTMLCanvasElement) => {
        // The still links' canvas shows pictures painted by a worker (a bitmap renderer, not a 2D context): read it through a copy.
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(c, 0, 0);
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
        return inked;
      }),
    )
    .toBeGreaterThan(1000);

  // A link with both ends on screen, whose middle is clear of nodes: click the middle of its curve.
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => {
      const r = e.getBoundingClientRect();
      return [(e as HTMLElement).dataset.id, { x: r.x, y: r.y, width: r.width, height: r.height }];
    })),
  );
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  let clicked = null;
  for (const link of Object.values(doc.links)) {
    const a = boxes[link.source];
    const b = boxes[link.target];
    if (!a || !b) continue;
    const middle = pointOnCurve(linkCurve(a, b), 0.5).point;
    if (middle.x < pane.x + 20 || middle.y < pane.y + 20 || middle.x > pane.x + pane.width - 20 || middle.y > pane.y + pane.height - 20) continue;
    const onPane = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), middle);
    if (!onPane) continue;
    await page.mouse.click(middle.x, middle.y);
    clicked = link;
    break;
  }
  expect(clicked, 'a link with both ends on screen').not.toBeNull();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Link' })).toBeVisible();
  await expect(inspector.locator('.link-ends')).toContainText(`${doc.nodes[clicked!.source]!.label} → ${doc.nodes[clicked!.target]!.label}`);
});
