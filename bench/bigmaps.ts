/**
 * Big maps in the app: generated maps of 2,000 nodes (6,000 and 2,000 links),
 * laid out in Node first, opened through the file input; first draw, pan,
 * zoom and node-drag frame times, and the heap after garbage collection.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { EXAMPLE_MIN_NODES, newBenchContext, settleFrames, waitForMap } from './app.ts';
import { dragNode, pan, pickNode, startRecording, stopRecording, summarise, type GestureResult, type Run } from './drag.ts';
import { sample, type HeapSample } from './heap.ts';
import { laidOutGenerated, writeTempMap } from './maps.ts';
import { atMost, mb, ms, ms2, under, type Row, type Section } from './report.ts';
import { round } from './stats.ts';

export const FIRST_DRAW_TARGET_MS = 1500;
export const FRAME_MEDIAN_TARGET_MS = 16.7;
export const FRAME_P95_TARGET_MS = 50;
export const BIG_HEAP_TARGET_BYTES = 150 * 1024 ** 2;
/** PRSM's figures at 2,000 nodes / 2,000 links, from the product issue. */
export const PRSM = { firstDrawMs: 3400, meanFrameMs: 23, p95FrameMs: 33, heapBytes: 31 * 1024 ** 2 };

const SPECS = [
  { key: '2000x6000', nodes: 2000, links: 6000 },
  { key: '2000x2000', nodes: 2000, links: 2000 },
] as const;
const REPEATS = 3;
const WHEEL_EVENTS = 150;
const WHEEL_BLOCK = 25;

interface OpenProbe {
  changeAt: number | null;
  drawnAt: number | null;
  interactiveAt: number | null;
  nodes: number;
  drawnAs: 'overview' | 'nodes' | null;
}
type Win = { __bigOpen?: OpenProbe };

export interface BigMapResult {
  key: string;
  nodes: number;
  links: number;
  fileBytes: number;
  /** In the page: the file input's change event to the first animation frame after the new map's nodes were all visible. */
  firstDrawMs: number;
  /** From Node: setInputFiles called to the same moment seen by polling. */
  wallMs: number;
  /** Nodes drawn at first draw: on the overview canvas (a fitted big map), or `.react-flow__node` elements in the DOM. */
  drawnNodes: number;
  drawnAs: 'overview' | 'nodes';
  /** Whole map on screen (the overview). */
  pan: GestureResult;
  zoom: GestureResult;
  /** Zoomed in to where labels are read and nodes dragged. */
  nearZoom: number;
  /** `.react-flow__node` elements in the DOM once zoomed in (React Flow renders only those in view on big maps). */
  nearDomNodes: number;
  panNear: GestureResult;
  drag: GestureResult & { label: string };
  heap: HeapSample;
}

export type BigMapsResult = BigMapResult[];

export async function openBigMap(page: Page, path: string, nodeCount: number): Promise<{ firstDrawMs: number; wallMs: number; drawnNodes: number; drawnAs: 'overview' | 'nodes' }> {
  await page.evaluate((expected) => {
    const exampleIds = new Set([...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => n.dataset.id));
    const probe: OpenProbe = { changeAt: null, drawnAt: null, interactiveAt: null, nodes: 0, drawnAs: null };
    (window as unknown as Win).__bigOpen = probe;
    document.getElementById('open-file-input')?.addEventListener('change', () => (probe.changeAt ??= performance.now()), { capture: true, once: true });
    const drawn = (nodes: number, as: 'overview' | 'nodes') => {
      probe.drawnAt = performance.now();
      probe.nodes = nodes;
      probe.drawnAs = as;
      requestAnimationFrame(() => (probe.interactiveAt = performance.now()));
    };
    const tick = () => {
      if (probe.changeAt !== null) {
        // Fitted to the screen, a big map is drawn whole on the overview canvas, which notes how many nodes it drew.
        const overview = document.querySelector<HTMLCanvasElement>('.overview-canvas');
        if (overview && Number(overview.dataset.drawnNodes) === expected) return drawn(expected, 'overview');
        const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
        if (!overview && nodes.length > 0 && nodes.every((n) => !exampleIds.has(n.dataset.id) && getComputedStyle(n).visibility !== 'hidden')) return drawn(nodes.length, 'nodes');
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, nodeCount);
  const started = Date.now();
  await page.locator('#open-file-input').setInputFiles(path);
  await page.waitForFunction(() => (window as unknown as Win).__bigOpen?.interactiveAt != null, null, { timeout: 60_000, polling: 50 });
  const wallMs = Date.now() - started;
  const p = await page.evaluate(() => (window as unknown as Win).__bigOpen as OpenProbe);
  return { firstDrawMs: round((p.interactiveAt as number) - (p.changeAt as number)), wallMs, drawnNodes: p.nodes, drawnAs: p.drawnAs ?? 'nodes' };
}

/**
 * Zooms in with the mouse wheel over the middle of the canvas until node
 * labels are drawn (the "near" level of detail), as a person does to read or
 * move a node, then waits for the nodes in view to be rendered.
 */
export async function zoomInToRead(page: Page, cdp: CDPSession): Promise<number> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas to zoom');
  const at = { x: Math.round(pane.x + pane.width / 2), y: Math.round(pane.y + pane.height / 2) };
  const level = () => page.evaluate(() => document.querySelector('[data-detail]')?.getAttribute('data-detail'));
  for (let i = 0; i < 200 && (await level()) !== 'near'; i++) {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: -40 });
    await page.waitForTimeout(20);
  }
  if ((await level()) !== 'near') throw new Error('wheel zoom never reached the near level of detail');
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const t = getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform;
    return new DOMMatrix(t).a;
  });
}

/** Mouse-wheel zoom over the middle of the canvas: wheel events every 16.7 ms, in blocks that zoom in and then out again. */
export async function zoom(page: Page, cdp: CDPSession, repeats = REPEATS): Promise<GestureResult> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas to zoom');
  const at = { x: Math.round(pane.x + pane.width / 2), y: Math.round(pane.y + pane.height / 2) };
  const runs: Run[] = [];
  for (let r = 0; r < repeats; r++) {
    await page.mouse.move(at.x, at.y);
    await settleFrames(page);
    await startRecording(page, '.react-flow__viewport');
    const started = Date.now();
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < WHEEL_EVENTS; i++) {
      const due = started + ((i + 1) * 1000) / 60;
      if (due > Date.now()) await new Promise((res) => setTimeout(res, due - Date.now()));
      const inward = Math.floor(i / WHEEL_BLOCK) % 2 === 0;
      sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: inward ? -40 : 40 }));
    }
    await Promise.all(sent);
    const durationMs = Date.now() - started;
    runs.push({ ...(await stopRecording(page)), durationMs, mouseEvents: WHEEL_EVENTS });
    await page.waitForTimeout(500);
  }
  // The viewport's transform changing is the check that the wheel zoomed; there is no target offset.
  return summarise(runs, runs.map(() => ({ dx: 0, dy: 0 })));
}

async function measureOne(browser: Browser, baseURL: string, spec: (typeof SPECS)[number]): Promise<BigMapResult> {
  const doc = laidOutGenerated(spec.nodes, spec.links, 1);
  const text = JSON.stringify(doc);
  const path = writeTempMap(doc, `generated-${spec.key}.json`);
  const context = await newBenchContext(browser, baseURL, { crossOriginIsolated: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('/');
    await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.waitForTimeout(1000);
    const open = await openBigMap(page, path, Object.keys(doc.nodes).length);
    // Saving a big map to IndexedDB and the fit-to-screen run after the first draw; let them finish before the gestures.
    await page.waitForTimeout(2500);
    const panned = await pan(page, cdp, '60hz', REPEATS);
    const zoomed = await zoom(page, cdp);
    const nearZoom = await zoomInToRead(page, cdp);
    const nearDomNodes = await page.locator('.react-flow__node').count();
    const panNear = await pan(page, cdp, '60hz', REPEATS, 3);
    const target = await pickNode(page);
    const dragged = { ...(await dragNode(page, cdp, `.react-flow__node[data-id="${target.id}"]`, '60hz', REPEATS)), label: target.label };
    const heap = await sample(page, cdp);
    return {
      key: spec.key,
      nodes: Object.keys(doc.nodes).length,
      links: Object.keys(doc.links).length,
      fileBytes: Buffer.byteLength(text),
      ...open,
      pan: panned,
      zoom: zoomed,
      nearZoom: round(nearZoom, 2),
      nearDomNodes,
      panNear,
      drag: dragged,
      heap,
    };
  } finally {
    await context.close();
  }
}

export async function measureBigMaps(browser: Browser, baseURL: string, keys?: readonly string[]): Promise<BigMapsResult> {
  const out: BigMapsResult = [];
  for (const spec of SPECS) if (!keys || keys.includes(spec.key)) out.push(await measureOne(browser, baseURL, spec));
  return out;
}

const drawnAs = (r: BigMapResult) => (r.drawnAs === 'overview' ? `all ${r.drawnNodes} nodes on the overview canvas` : `${r.drawnNodes} nodes in the DOM`);
const frames = (g: GestureResult) => `${ms2(g.medianFrameMs)} / ${ms2(g.p95FrameMs)} (mean ${ms2(g.meanFrameMs)})`;

export function bigMapsSection(results: BigMapsResult): Section {
  const rows: Row[] = [];
  const dense = results.find((r) => r.key === '2000x6000');
  const sparse = results.find((r) => r.key === '2000x2000');
  if (dense) {
    const l = '2,000 / 6,000';
    rows.push(
      { measure: `${l}: file input to first draw (${drawnAs(dense)})`, value: ms(dense.firstDrawMs), target: `≤ ${ms(FIRST_DRAW_TARGET_MS)}`, status: atMost(dense.firstDrawMs, FIRST_DRAW_TARGET_MS) },
      ...(['pan', 'zoom', 'panNear', 'drag'] as const).flatMap((k): Row[] => {
        const g = dense[k];
        const what = { pan: 'Pan, whole map on screen', zoom: 'Wheel zoom, whole map on screen', panNear: `Pan, zoomed in to read (zoom ${dense.nearZoom})`, drag: `Node drag, zoomed in (zoom ${dense.nearZoom})` }[k];
        return [
          { measure: `${l}: ${what} (60 Hz), frame interval median`, value: ms2(g.medianFrameMs), target: `≤ ${ms2(FRAME_MEDIAN_TARGET_MS)}`, status: atMost(g.medianFrameMs, FRAME_MEDIAN_TARGET_MS) },
          { measure: `${l}: ${what} (60 Hz), frame interval 95th percentile`, value: ms2(g.p95FrameMs), target: `≤ ${ms2(FRAME_P95_TARGET_MS)}`, status: atMost(g.p95FrameMs, FRAME_P95_TARGET_MS) },
        ];
      }),
      { measure: `${l}: JavaScript heap after GC`, value: mb(dense.heap.usedBytes), target: `≤ ${mb(BIG_HEAP_TARGET_BYTES)}`, status: atMost(dense.heap.usedBytes, BIG_HEAP_TARGET_BYTES) },
    );
  }
  if (sparse) {
    const l = '2,000 / 2,000';
    rows.push(
      // The issue asks for better than PRSM on all four; PRSM was measured with its whole map on screen, so our overview is the like-for-like case.
      { measure: `${l}: file input to first draw`, value: ms(sparse.firstDrawMs), target: `< PRSM ${ms(PRSM.firstDrawMs)}`, status: under(sparse.firstDrawMs, PRSM.firstDrawMs) },
      { measure: `${l}: pan, whole map on screen (60 Hz), frame interval mean`, value: ms2(sparse.pan.meanFrameMs), target: `< PRSM ${ms(PRSM.meanFrameMs)}`, status: under(sparse.pan.meanFrameMs, PRSM.meanFrameMs) },
      { measure: `${l}: pan, whole map on screen (60 Hz), frame interval 95th percentile`, value: ms2(sparse.pan.p95FrameMs), target: `< PRSM ${ms(PRSM.p95FrameMs)}`, status: under(sparse.pan.p95FrameMs, PRSM.p95FrameMs) },
      { measure: `${l}: wheel zoom, whole map on screen (60 Hz), frame interval mean`, value: ms2(sparse.zoom.meanFrameMs), target: `< PRSM ${ms(PRSM.meanFrameMs)}`, status: under(sparse.zoom.meanFrameMs, PRSM.meanFrameMs) },
      { measure: `${l}: wheel zoom, whole map on screen (60 Hz), frame interval 95th percentile`, value: ms2(sparse.zoom.p95FrameMs), target: `< PRSM ${ms(PRSM.p95FrameMs)}`, status: under(sparse.zoom.p95FrameMs, PRSM.p95FrameMs) },
      { measure: `${l}: JavaScript heap after GC`, value: mb(sparse.heap.usedBytes), target: `< PRSM ${mb(PRSM.heapBytes)}`, status: under(sparse.heap.usedBytes, PRSM.heapBytes) },
      { measure: `${l}: pan zoomed in (60 Hz) frame interval mean / 95th percentile (PRSM has no zoomed-in figure)`, value: `${ms2(sparse.panNear.meanFrameMs)} / ${ms2(sparse.panNear.p95FrameMs)}` },
      { measure: `${l}: node drag zoomed in (60 Hz) frame interval mean / 95th percentile`, value: `${ms2(sparse.drag.meanFrameMs)} / ${ms2(sparse.drag.p95FrameMs)}` },
    );
  }
  const col = (f: (r: BigMapResult) => string) => results.map(f);
  const table = {
    caption: `Each gesture is ${REPEATS} repeats; frame intervals as median / 95th percentile (mean).`,
    headers: ['', ...results.map((r) => `${r.nodes} nodes / ${r.links} links`)],
    rows: [
      ['Map file', ...col((r) => mb(r.fileBytes))],
      ['File input to first draw (in the page)', ...col((r) => ms(r.firstDrawMs))],
      ['setInputFiles to first draw (from Node, polled every 50 ms)', ...col((r) => ms(r.wallMs))],
      ['Drawn at first draw', ...col(drawnAs)],
      ['Pan, whole map on screen, 60 Hz', ...col((r) => frames(r.pan))],
      ['Pan: frames showing the map moved, median interval', ...col((r) => ms2(r.pan.medianUpdateMs))],
      ['Wheel zoom, whole map on screen, 60 Hz', ...col((r) => frames(r.zoom))],
      ['Wheel zoom: frames showing a new zoom', ...col((r) => `${r.zoom.updates} of ${r.zoom.frames}`)],
      ['Zoom reached by wheel to read labels', ...col((r) => String(r.nearZoom))],
      ['Pan, zoomed in, 60 Hz', ...col((r) => frames(r.panNear))],
      ['Nodes in the DOM, zoomed in', ...col((r) => String(r.nearDomNodes))],
      ['Node drag, 60 Hz', ...col((r) => frames(r.drag))],
      ['Node drag: frames showing the node moved, median interval', ...col((r) => ms2(r.drag.medianUpdateMs))],
      ['Node and map moved where the mouse took them', ...col((r) => (r.pan.moved && r.panNear.moved && r.drag.moved ? 'yes' : 'NO'))],
      ['Long animation frames (pan / zoom / pan zoomed in / drag)', ...col((r) => `${r.pan.longAnimationFrames} / ${r.zoom.longAnimationFrames} / ${r.panNear.longAnimationFrames} / ${r.drag.longAnimationFrames}`)],
      ['Heap after GC (DOM nodes)', ...col((r) => `${mb(r.heap.usedBytes)} (${r.heap.domNodes})`)],
    ],
  };
  return {
    title: 'Big maps in the app',
    summary: 'Generated maps of 2,000 nodes (seed 1), laid out with the clustered layout in Node, opened through the “Open…” file input.',
    rows,
    tables: [table],
    method: [
      'Builds each map with `generateMap` (seed 1), lays it out in Node with `layoutMapSync(doc, { algorithm: "clustered" })` so the',
      'positions are sensible, and writes it to a temporary JSON file. In a fresh cross-origin-isolated context, opens the app (the first visit',
      'shows the example), then calls `setInputFiles` on `#open-file-input`. A script in the page notes the input’s `change` event and then',
      'checks every animation frame until the new map is drawn: either the overview canvas (a map fitted to the screen) reports it has drawn',
      'every node of the file (`data-drawn-nodes`), or the canvas shows DOM nodes, none of them the example’s and none hidden; then it',
      'waits for one more frame (the page answers). First draw is change event to that frame. After 2.5 s for saving, with the whole map',
      'on screen, it pans (the drag-section gesture with the mouse at 60 Hz from an empty spot) and zooms with the mouse wheel over the',
      'middle of the canvas (150 wheel events of ±40 px every 16.7 ms through the DevTools protocol, 25 in then 25 out, three times). Then',
      'it zooms in with the wheel over the middle until node labels are drawn (the "near" level of detail), waits 1.5 s, pans again (from a',
      'spot of bare canvas 3 px clear of anything; a dense map has few wider gaps) and drags a node near the middle (60 Hz gesture), each',
      'three times, recording every animation frame’s timestamp, and finally collects garbage twice and reads the used heap. PRSM’s figures are from',
      'the product issue, on its own machine, for comparison only. Headless Chromium here draws without a GPU.',
    ],
  };
}
