/**
 * The canvas measurements again with Chromium's CPU slowed 4× (DevTools'
 * Emulation.setCPUThrottlingRate), for the old council laptops many users
 * have: the example's pan and drag, the layouts in the app, and panning the
 * 2,000-node map, side by side with the same measurements at full speed when
 * they ran in the same `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import { setCpuSlowdown } from './app.ts';
import { measureBigMaps, type BigMapsResult } from './bigmaps.ts';
import { measureDrag, type DragResult, type GestureResult } from './drag.ts';
import { measureLayoutBrowser, type LayoutBrowserResult, type PhaseTasks } from './layoutBrowser.ts';
import { atMost, ms, type Row, type Section } from './report.ts';

export const SLOWDOWN = 4;
const FRAME_P95_TARGET_MS = 50;
const LAYOUT_TASK_TARGET_MS = 100;
const BIG_PAN_P95_TARGET_MS = 100;

export interface ThrottledResult {
  slowdown: number;
  drag: DragResult;
  layouts: LayoutBrowserResult;
  big: BigMapsResult;
}

export async function measureThrottled(browser: Browser, baseURL: string): Promise<ThrottledResult> {
  setCpuSlowdown(SLOWDOWN);
  try {
    const drag = await measureDrag(browser, baseURL, 1);
    const layouts = await measureLayoutBrowser(browser, baseURL);
    const big = await measureBigMaps(browser, baseURL, ['2000x6000']);
    return { slowdown: SLOWDOWN, drag, layouts, big };
  } finally {
    setCpuSlowdown(1);
  }
}

/** What the full-speed measurements of the same run found, for the side-by-side column. */
export interface FullSpeed {
  drag?: DragResult;
  layouts?: LayoutBrowserResult;
  big?: BigMapsResult;
}

const p95 = (g: GestureResult | undefined) => (g ? g.p95FrameMs : undefined);
const longest = (t: PhaseTasks | undefined) => (t ? Math.max(t.maxLoafMs, t.maxLongTaskMs) : undefined);
/** Long tasks are only reported past 50 ms, so a longest task of 0 means none over 50 ms. */
const task = (t: number) => (t === 0 ? 'none over 50 ms' : ms(t));
const value = (slow: number, full: number | undefined, say = ms) => `${say(slow)}${full === undefined ? '' : ` (full speed ${say(full)})`}`;

export function throttledSection(r: ThrottledResult, full: FullSpeed = {}): Section {
  const rows: Row[] = [];
  const gesture = (measure: string, slow: GestureResult, fast: GestureResult | undefined, target: number) =>
    rows.push({ measure, value: value(slow.p95FrameMs, p95(fast)), target: `≤ ${ms(target)}`, status: atMost(slow.p95FrameMs, target) });
  gesture('Example: pan (mouse at 60 Hz), frame interval, 95th percentile', r.drag.pan60, full.drag?.pan60, FRAME_P95_TARGET_MS);
  gesture(`Example: drag “${r.drag.node.label}” (mouse at 60 Hz), frame interval, 95th percentile`, r.drag.node60, full.drag?.node60, FRAME_P95_TARGET_MS);
  for (const run of r.layouts.runs) {
    const slow = longest(run.whole)!;
    const fast = longest(full.layouts?.runs.find((f) => f.algorithm === run.algorithm)?.whole);
    rows.push({ measure: `Example: ${run.algorithm}, longest main-thread task, whole layout`, value: value(slow, fast, task), target: `≤ ${ms(LAYOUT_TASK_TARGET_MS)}`, status: atMost(slow, LAYOUT_TASK_TARGET_MS) });
  }
  for (const big of r.big) {
    const fast = full.big?.find((b) => b.key === big.key);
    gesture(`${big.nodes.toLocaleString('en-GB')} / ${big.links.toLocaleString('en-GB')}: pan, whole map on screen, frame interval, 95th percentile`, big.pan, fast?.pan, BIG_PAN_P95_TARGET_MS);
    rows.push({ measure: `${big.nodes.toLocaleString('en-GB')} / ${big.links.toLocaleString('en-GB')}: pan, zoomed in to read, frame interval, 95th percentile`, value: value(big.panNear.p95FrameMs, fast?.panNear.p95FrameMs) });
  }
  return {
    title: `With the CPU slowed ${r.slowdown}×`,
    summary: `The example's pan and drag, the layouts in the app and panning the 2,000-node map, measured as in their own sections but with Chromium's CPU slowed ${r.slowdown}× (DevTools' Emulation.setCPUThrottlingRate): an old council laptop. Full-speed figures from the same run in brackets.`,
    rows,
    method: [
      `Each page of these measurements gets \`Emulation.setCPUThrottlingRate\` ${r.slowdown} as soon as it is made, so loading, the gestures and the layout all run slowed; the gestures are the same as in “Dragging and panning” (one repeat) and “Big maps” (the 2,000 / 6,000 map only). Throttling slows the page's own threads; the GPU process and the machine's other cores are not slowed, so this is an approximation of a slow machine, not a copy of one.`,
    ],
  };
}
