/** What the measurements need to know about the app's page: its size and when a map is on screen. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The same window size the browser tests use. */
export const VIEWPORT = { width: 1440, height: 900 };

/**
 * A fresh browser context (empty cache and storage) at the tests' window size.
 *
 * tsx compiles bench/ with esbuild's keepNames, which wraps every named inner
 * function in a call to a `__name` helper; functions handed to page.evaluate
 * or addInitScript carry those calls into the page, where `__name` does not
 * exist. Every document of the context gets a do-nothing `__name` first.
 * With `crossOriginIsolated`, pages get fine-grained timers (see below).
 */
/** How many times slower Chromium's CPU runs in contexts made from now on (1: as is). Set by the throttled measurement. */
let cpuSlowdown = 1;
export function setCpuSlowdown(rate: number): void {
  cpuSlowdown = rate;
}

export async function newBenchContext(
  browser: Browser,
  baseURL: string,
  options: { crossOriginIsolated?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  if (cpuSlowdown > 1) {
    // DevTools' CPU throttling, per page, as soon as the page exists (the app is loaded and measured after it).
    const rate = cpuSlowdown;
    context.on('page', (page) => void context.newCDPSession(page).then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate })));
  }
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  if (options.crossOriginIsolated) {
    // Chromium rounds performance.now() and animation-frame timestamps to 0.1 ms unless the page is
    // cross-origin isolated (then 5 µs). vite preview cannot be told to send the headers that isolate
    // a page, so they are added here; the app loads nothing from other origins, so nothing else changes.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
      });
    });
  }
  // An uncaught error in the page would make a measurement wait and time out; say what it was.
  context.on('weberror', (e) => console.warn(`\n  page error: ${e.error().message}`));
  return context;
}

/** The healthy-weight example has 118 nodes; anything over 100 means it is the one on screen. */
export const EXAMPLE_MIN_NODES = 100;

/**
 * Waits until the app says it is ready and at least `minNodes` nodes are in
 * the DOM, all of them visible (React Flow keeps a node hidden until it has
 * measured it).
 */
export async function waitForMap(page: Page, minNodes: number, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (min) => {
      if (!document.querySelector('main[data-ready="true"]')) return false;
      const nodes = [...document.querySelectorAll('.react-flow__node')];
      if (nodes.length < min) return false;
      return nodes.every((n) => getComputedStyle(n).visibility !== 'hidden') ? nodes.length : false;
    },
    minNodes,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits for two animation frames, so whatever was queued has been painted. */
export async function settleFrames(page: Page) {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
