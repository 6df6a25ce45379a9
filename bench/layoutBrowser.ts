/**
 * Auto-layout in the app: the example map laid out from the "Lay out" menu
 * (Clustered, then Layered), watching the main thread for long tasks while
 * the worker computes and while the nodes glide to their new places.
 */
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { atMost, ms, type Row, type Section } from './report.ts';
import { round } from './stats.ts';

export const LONG_TASK_MS = 50;

interface Entry {
  start: number;
  duration: number;
}

interface Probe {
  t0: number;
  loaf: Entry[];
  long: Entry[];
  loafSupported: boolean;
  longSupported: boolean;
  progressSeenAt: number | null;
  progressGoneAt: number | null;
  firstMoveAt: number | null;
  committedAt: number | null;
  undoPrefix: string;
}

type Win = { __layoutProbe?: Probe };

export interface PhaseTasks {
  /** Longest long animation frame / long task in the phase; 0 when there was none over 50 ms (the browser reports only those). */
  maxLoafMs: number;
  maxLongTaskMs: number;
  loafCount: number;
  longTaskCount: number;
}

export interface BrowserLayoutRun {
  algorithm: string;
  /** Click to the progress status going away: the worker's computation. */
  workerMs: number | null;
  /** Click to the first frame with a node moved: the worker's computation and the hand-over. */
  computeMs: number;
  /** First node moved to the positions committed (the undo button names the layout). */
  animationMs: number;
  progressShown: boolean;
  /** Click to the progress status going away (the worker has answered). */
  worker: PhaseTasks;
  /** Progress gone to the first node moving: the main thread takes the result and prepares the animation. */
  handover: PhaseTasks;
  /** Click to the first node moving (worker + hand-over). */
  compute: PhaseTasks;
  /** Click to committed: the whole layout as the user sees it. */
  whole: PhaseTasks;
  /** Every long animation frame and long task, in ms from just before the click. */
  entries: { kind: 'loaf' | 'longtask'; start: number; duration: number }[];
  animation: PhaseTasks;
  loafSupported: boolean;
  longTaskSupported: boolean;
}

export type LayoutBrowserResult = { nodes: number; runs: BrowserLayoutRun[] };

/** Watches, in the page, for long frames and tasks and for the milestones of one layout; t0 is set just before the click. */
async function arm(page: Page, undoPrefix: string) {
  await page.evaluate((prefix) => {
    const probe: Probe = {
      t0: performance.now(),
      loaf: [],
      long: [],
      loafSupported: true,
      longSupported: true,
      progressSeenAt: null,
      progressGoneAt: null,
      firstMoveAt: null,
      committedAt: null,
      undoPrefix: prefix,
    };
    (window as unknown as Win).__layoutProbe = probe;
    const watch = (type: string, into: Entry[]) => {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) into.push({ start: e.startTime, duration: e.duration });
        }).observe({ type, buffered: false });
        return true;
      } catch {
        return false;
      }
    };
    probe.loafSupported = watch('long-animation-frame', probe.loaf);
    probe.longSupported = watch('longtask', probe.long);
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      const progress = document.querySelector('.layout-progress');
      if (progress && probe.progressSeenAt === null) probe.progressSeenAt = now;
      if (!progress && probe.progressSeenAt !== null && probe.progressGoneAt === null) probe.progressGoneAt = now;
      if (probe.firstMoveAt === null && records.some((r) => r.type === 'attributes' && r.attributeName === 'style' && (r.target as Element).classList?.contains('react-flow__node'))) {
        probe.firstMoveAt = now;
      }
      const undo = [...document.querySelectorAll('button[aria-label]')].find((b) => b.getAttribute('aria-label')?.startsWith(probe.undoPrefix));
      if (undo && probe.committedAt === null) {
        probe.committedAt = now;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'aria-label'] });
  }, undoPrefix);
}

function phase(entries: Entry[], from: number, to: number) {
  const inside = entries.filter((e) => e.start >= from && e.start < to);
  return { max: inside.reduce((m, e) => Math.max(m, e.duration), 0), count: inside.length };
}

async function layOut(page: Page, menuName: string, undoName: string): Promise<BrowserLayoutRun> {
  await page.getByRole('button', { name: 'Lay out ▾' }).click();
  const item = page.getByRole('menuitem', { name: new RegExp(`^Lay out: ${menuName}`) });
  await item.waitFor();
  // Let the menu's worker preload start and settle, as it would while a person reads the menu.
  await page.waitForTimeout(500);
  await arm(page, `Undo ${undoName}`);
  await item.click();
  await page.waitForFunction(() => (window as unknown as Win).__layoutProbe?.committedAt != null, null, { timeout: 60_000 });
  // Entries for the last frames arrive after the frame ends.
  await page.waitForTimeout(300);
  const p = await page.evaluate(() => (window as unknown as Win).__layoutProbe as Probe);
  const moveAt = p.firstMoveAt ?? p.progressGoneAt ?? (p.committedAt as number);
  const end = (p.committedAt as number) + 100;
  const workerEnd = p.progressGoneAt ?? moveAt;
  const tasks = (from: number, to: number): PhaseTasks => {
    const loaf = phase(p.loaf, from, to);
    const long = phase(p.long, from, to);
    return { maxLoafMs: round(loaf.max), maxLongTaskMs: round(long.max), loafCount: loaf.count, longTaskCount: long.count };
  };
  return {
    algorithm: menuName,
    workerMs: p.progressGoneAt === null ? null : round(p.progressGoneAt - p.t0),
    computeMs: round(moveAt - p.t0),
    animationMs: round((p.committedAt as number) - moveAt),
    progressShown: p.progressSeenAt !== null,
    worker: tasks(p.t0, workerEnd),
    handover: tasks(workerEnd, moveAt),
    compute: tasks(p.t0, moveAt),
    animation: tasks(moveAt, end),
    whole: tasks(p.t0, end),
    entries: [
      ...p.loaf.map((e) => ({ kind: 'loaf' as const, start: round(e.start - p.t0), duration: round(e.duration) })),
      ...p.long.map((e) => ({ kind: 'longtask' as const, start: round(e.start - p.t0), duration: round(e.duration) })),
    ].sort((a, b) => a.start - b.start),
    loafSupported: p.loafSupported,
    longTaskSupported: p.longSupported,
  };
}

export async function measureLayoutBrowser(browser: Browser, baseURL: string): Promise<LayoutBrowserResult> {
  const context = await newBenchContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/');
    const nodes = await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.waitForTimeout(1500);
    const runs = [await layOut(page, 'Clustered', 'Lay out (clustered)')];
    await page.waitForTimeout(1000);
    runs.push(await layOut(page, 'Layered', 'Lay out (layered)'));
    return { nodes, runs };
  } finally {
    await context.close();
  }
}

const worst = (t: PhaseTasks) => Math.max(t.maxLoafMs, t.maxLongTaskMs);
const describe = (t: PhaseTasks) =>
  worst(t) === 0
    ? `none over ${LONG_TASK_MS} ms`
    : `${ms(worst(t))} (${t.loafCount} long frame${t.loafCount === 1 ? '' : 's'}, ${t.longTaskCount} long task${t.longTaskCount === 1 ? '' : 's'})`;

export function layoutBrowserSection(r: LayoutBrowserResult): Section {
  const rows: Row[] = r.runs.flatMap((run): Row[] => [
    {
      measure: `${run.algorithm}: longest main-thread task from the click until the worker has answered${run.workerMs === null ? ' (progress never shown: until the first node moves)' : ''}`,
      value: describe(run.worker),
      target: `none over ${ms(LONG_TASK_MS)}`,
      status: atMost(worst(run.worker), LONG_TASK_MS),
    },
    { measure: `${run.algorithm}: longest main-thread task taking the result, before the animation starts`, value: describe(run.handover) },
    { measure: `${run.algorithm}: longest main-thread task during the arrangement animation`, value: describe(run.animation) },
    {
      measure: `${run.algorithm}: longest main-thread task, whole layout (click to positions committed)`,
      value: describe(run.whole),
      target: `none over ${ms(LONG_TASK_MS)}`,
      status: atMost(worst(run.whole), LONG_TASK_MS),
    },
    {
      measure: `${run.algorithm}: click to worker answered / to first node moving / animation to committed`,
      value: `${run.workerMs === null ? 'n/a' : ms(run.workerMs)} / ${ms(run.computeMs)} / ${ms(run.animationMs)}`,
    },
  ]);
  const supported = r.runs.every((x) => x.loafSupported && x.longTaskSupported);
  return {
    title: 'Auto-layout in the app',
    summary: `The example (${r.nodes} nodes) laid out from the “Lay out ▾” menu in the production build: Clustered, then Layered.`,
    rows,
    method: [
      'Opens the example in a fresh context, opens the “Lay out ▾” menu (which starts the layout worker) and waits 0.5 s; then, in the',
      'page, starts `PerformanceObserver`s for `long-animation-frame` and `longtask` entries (the browser reports only those over 50 ms)',
      `${supported ? '' : '(one of them is NOT supported here) '}and a MutationObserver, and clicks “Lay out: Clustered”. The computation phase runs from just`,
      'before the click until the `.layout-progress` status goes away (the worker has answered); the hand-over from there to the first change',
      'of a node’s `style` (the main thread takes the positions and the nodes start to glide); the animation phase from there until the undo',
      'button’s accessible name starts with “Undo Lay out (clustered)” (the positions are committed), plus 100 ms. The whole layout is all three.',
      'Each entry is counted in the phase in which it starts (a long frame’s duration includes rendering). The same again for “Lay out:',
      'Layered”. Targets: no task over 50 ms while the worker computes, and none over the whole layout. Headless Chromium, no GPU.',
    ],
  };
}
