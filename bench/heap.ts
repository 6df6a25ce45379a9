/**
 * JavaScript heap after garbage collection: with the healthy-weight example
 * open, and for comparison with an empty map.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { EXAMPLE_MIN_NODES, newBenchContext, settleFrames, waitForMap } from './app.ts';
import { atMost, mb, type Section } from './report.ts';

export const HEAP_TARGET_BYTES = 30 * 1024 ** 2;

export interface HeapSample {
  /** Runtime.getHeapUsage usedSize after two forced collections. */
  usedBytes: number;
  /** Performance.getMetrics JSHeapUsedSize at the same moment, as a cross-check. */
  metricsUsedBytes: number;
  domNodes: number;
  flowNodes: number;
}

export interface HeapResult {
  example: HeapSample;
  emptyAfterNewMap: HeapSample;
  emptyAfterReload: HeapSample;
}

export async function sample(page: Page, cdp: CDPSession): Promise<HeapSample> {
  await settleFrames(page);
  await page.waitForTimeout(1500); // let autosave (300 ms debounce) and idle work finish
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    usedBytes: usage.usedSize,
    metricsUsedBytes: metric('JSHeapUsedSize'),
    domNodes: metric('Nodes'),
    flowNodes: await page.locator('.react-flow__node').count(),
  };
}

export async function measureHeap(browser: Browser, baseURL: string): Promise<HeapResult> {
  const context = await newBenchContext(browser, baseURL);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('/');
    await waitForMap(page, EXAMPLE_MIN_NODES);
    const example = await sample(page, cdp);

    await page.getByRole('button', { name: 'New map', exact: true }).click();

    await page.getByRole('menuitem', { name: /^Empty map/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0, null, { timeout: 10_000 });
    const emptyAfterNewMap = await sample(page, cdp);

    // The empty map is now the last one open, so a reload restores it: a page that never held the example.
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('main[data-ready="true"]').waitFor({ timeout: 30_000 });
    const reloadCdp = await context.newCDPSession(page);
    await reloadCdp.send('Performance.enable');
    const emptyAfterReload = await sample(page, reloadCdp);
    if (emptyAfterReload.flowNodes !== 0) throw new Error('the reload did not restore the empty map');
    return { example, emptyAfterNewMap, emptyAfterReload };
  } finally {
    await context.close();
  }
}

export function heapSection(r: HeapResult): Section {
  const row = (s: HeapSample) => `${mb(s.usedBytes)} (${s.domNodes} DOM nodes)`;
  return {
    title: 'Memory',
    summary: 'JavaScript heap in use after garbage collection.',
    rows: [
      {
        measure: `Example map open (${r.example.flowNodes} nodes)`,
        value: row(r.example),
        target: `≤ ${mb(HEAP_TARGET_BYTES)}`,
        status: atMost(r.example.usedBytes, HEAP_TARGET_BYTES),
      },
      { measure: 'Empty map, after “New map” in the same page', value: row(r.emptyAfterNewMap) },
      { measure: 'Empty map, after a reload', value: row(r.emptyAfterReload) },
      { measure: 'Example map open: cross-check with `Performance.getMetrics` JSHeapUsedSize', value: mb(r.example.metricsUsedBytes) },
    ],
    method: [
      'Opens the example in a fresh context, waits until every node is visible and then 1.5 s for saving and idle work, asks',
      'Chromium through the DevTools protocol to collect garbage twice (`HeapProfiler.collectGarbage`) and reads the used size of the',
      'page’s JavaScript heap (`Runtime.getHeapUsage`). Then clicks “New map”, waits for the canvas to be empty and measures again',
      '(the heap may still hold the undo history and library list of the session), and once more after a reload, which restores the',
      'empty map in a page that never held the example. DOM node counts come from `Performance.getMetrics`.',
    ],
  };
}
