/**
 * Open time with a warm cache: the healthy-weight example, reopened by a
 * reload once a first visit has stored it. Timed inside the page, from
 * navigation start to the first animation frame after every node is visible.
 */
import type { Browser } from 'playwright-core';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { ms, under, type Section } from './report.ts';
import { max, median, round } from './stats.ts';

export const OPEN_TARGET_MS = 1000;

export interface OpenRun {
  /** Navigation start to the first animation frame after all nodes were visible. */
  interactiveMs: number;
  /** Navigation start to the frame in which all nodes were first seen visible. */
  nodesVisibleMs: number;
  /** Navigation start to the frame in which `main[data-ready="true"]` was first seen. */
  readyMs: number;
  domContentLoadedMs: number;
  nodes: number;
  /** Scripts and stylesheets on this load, and how many of them came from the HTTP cache (200 from cache or 304). */
  assets: number;
  assetsFromCache: number;
}

export interface OpenResult {
  runs: OpenRun[];
  medianMs: number;
  maxMs: number;
  medianNodesVisibleMs: number;
  medianReadyMs: number;
  medianDomContentLoadedMs: number;
  nodes: number;
}

interface Probe {
  readyAt: number | null;
  nodesVisibleAt: number | null;
  interactiveAt: number | null;
  nodes: number;
}

/**
 * Runs in every document before the app's own scripts: checks once per
 * animation frame whether the map is on screen and records performance.now()
 * (milliseconds since navigation start) at each milestone.
 */
function installProbe(minNodes: number) {
  const probe: Probe = { readyAt: null, nodesVisibleAt: null, interactiveAt: null, nodes: 0 };
  (window as unknown as { __openProbe: Probe }).__openProbe = probe;
  const tick = () => {
    if (probe.readyAt === null && document.querySelector('main[data-ready="true"]')) probe.readyAt = performance.now();
    if (probe.nodesVisibleAt === null) {
      const nodes = document.querySelectorAll('.react-flow__node');
      if (nodes.length >= minNodes && [...nodes].every((n) => getComputedStyle(n).visibility !== 'hidden')) {
        probe.nodesVisibleAt = performance.now();
        probe.nodes = nodes.length;
        // Interactive: the page gets round to the next frame once the nodes are painted.
        requestAnimationFrame(() => {
          probe.interactiveAt = performance.now();
        });
      }
    }
    // Keep watching until the app has also said it is ready, which may come later.
    if (probe.readyAt === null || probe.nodesVisibleAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export async function measureOpen(browser: Browser, baseURL: string, reloads = 5): Promise<OpenResult> {
  const context = await newBenchContext(browser, baseURL);
  try {
    await context.addInitScript(installProbe, EXAMPLE_MIN_NODES);
    const page = await context.newPage();
    // First visit: opens the example, stores it in IndexedDB and fills the HTTP cache.
    await page.goto('/');
    await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.waitForTimeout(1000); // let the first save and any idle work finish

    const runs: OpenRun[] = [];
    for (let i = 0; i < reloads; i++) {
      await page.reload({ waitUntil: 'load' });
      const done = () => {
        const p = (window as unknown as { __openProbe?: Probe }).__openProbe;
        return p?.interactiveAt != null && p.readyAt != null;
      };
      await page.waitForFunction(done, null, { timeout: 30_000, polling: 100 });
      const run = await page.evaluate(() => {
        const p = (window as unknown as { __openProbe: Probe }).__openProbe;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const assets = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
          /\.(js|css)(\?|$)/.test(e.name),
        );
        // Downloaded means the body came over the network: transferSize is then the body plus headers. From the
        // cache, transferSize is 0 (no request) or only the headers of a 304, and Chromium may report the body as 0.
        const downloaded = (e: PerformanceResourceTiming) =>
          e.transferSize > 0 && e.encodedBodySize > 0 && e.transferSize >= e.encodedBodySize;
        const fromCache = assets.filter((e) => !downloaded(e));
        return {
          interactiveMs: p.interactiveAt as number,
          nodesVisibleMs: p.nodesVisibleAt as number,
          readyMs: p.readyAt as number,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
          nodes: p.nodes,
          assets: assets.length,
          assetsFromCache: fromCache.length,
        };
      });
      runs.push(run);
      await page.waitForTimeout(500);
    }
    const pick = (f: (r: OpenRun) => number) => runs.map(f);
    return {
      runs: runs.map((r) => ({
        ...r,
        interactiveMs: round(r.interactiveMs),
        nodesVisibleMs: round(r.nodesVisibleMs),
        readyMs: round(r.readyMs),
        domContentLoadedMs: round(r.domContentLoadedMs),
      })),
      medianMs: round(median(pick((r) => r.interactiveMs))),
      maxMs: round(max(pick((r) => r.interactiveMs))),
      medianNodesVisibleMs: round(median(pick((r) => r.nodesVisibleMs))),
      medianReadyMs: round(median(pick((r) => r.readyMs))),
      medianDomContentLoadedMs: round(median(pick((r) => r.domContentLoadedMs))),
      nodes: Math.min(...pick((r) => r.nodes)),
    };
  } finally {
    await context.close();
  }
}

export function openSection(r: OpenResult): Section {
  const cached = r.runs.reduce((t, x) => t + x.assetsFromCache, 0);
  const assets = r.runs.reduce((t, x) => t + x.assets, 0);
  return {
    title: 'Opening the example map (warm cache)',
    summary: `The healthy-weight example (${r.nodes} nodes visible), reopened by reloading the page ${r.runs.length} times after a first visit stored it.`,
    rows: [
      { measure: 'Open time, median', value: ms(r.medianMs), target: `< ${ms(OPEN_TARGET_MS)}`, status: under(r.medianMs, OPEN_TARGET_MS) },
      { measure: 'Open time, slowest run', value: ms(r.maxMs), target: `< ${ms(OPEN_TARGET_MS)}`, status: under(r.maxMs, OPEN_TARGET_MS) },
      { measure: 'DOMContentLoaded, median', value: ms(r.medianDomContentLoadedMs) },
      { measure: 'App ready (`data-ready`), median', value: ms(r.medianReadyMs) },
      { measure: 'All nodes visible, median', value: ms(r.medianNodesVisibleMs) },
      { measure: 'Scripts and stylesheets served from the HTTP cache (all reloads)', value: `${cached} of ${assets}` },
    ],
    tables: [
      {
        caption: 'Each reload (milliseconds since navigation start):',
        headers: ['Run', 'DOMContentLoaded', 'App ready', 'Nodes visible', 'Interactive'],
        rows: r.runs.map((x, i) => [String(i + 1), ms(x.domContentLoadedMs), ms(x.readyMs), ms(x.nodesVisibleMs), ms(x.interactiveMs)]),
      },
    ],
    method: [
      'In a fresh browser context, loads `/` once (a first visit opens the example and stores it in IndexedDB), then reloads the page',
      `${r.runs.length} times, so the map is restored from storage and the scripts come from the HTTP cache (\`vite preview\` sends`,
      '`Cache-Control: no-cache`, so the browser revalidates them and gets 304 responses). A script injected before the app checks once',
      'per animation frame whether the app is ready and every `.react-flow__node` is visible (React Flow hides a node until it has measured it);',
      'once they are, it waits for one more animation frame (the page is responsive again) and records `performance.now()`, which counts',
      'from navigation start. The open time is that number; the target applies to the median, and the slowest run is shown against it too.',
    ],
  };
}
