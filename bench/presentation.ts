/**
 * Presenting saved views in the app: five views of the 118-node example
 * (whole map, close-ups, lenses) saved from the Views tab, then presented
 * and stepped through with the arrow key, watching the main thread for long
 * animation frames and long tasks while each step glides to its view.
 */
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { atMost, ms, type Row, type Section } from './report.ts';
import { round } from './stats.ts';

export const FRAME_TARGET_MS = 50;
/** The glide (700 ms) and a little more for the last frames to be reported. */
const STEP_WATCH_MS = 1200;

interface Entry {
  start: number;
  duration: number;
  /** Of a long animation frame: how long its tasks held the main thread past 50 ms each (the rest is waiting to be drawn). */
  blocking?: number;
}

type Win = { __presentProbe?: { loaf: Entry[]; long: Entry[]; loafSupported: boolean; longSupported: boolean } };

export interface PresentationStep {
  step: number;
  title: string;
  maxLoafMs: number;
  maxLongTaskMs: number;
  /** The longest main-thread blocking within one long frame. */
  maxBlockingMs: number;
  loafCount: number;
  longTaskCount: number;
}

export interface PresentationResult {
  nodes: number;
  steps: PresentationStep[];
  loafSupported: boolean;
  longTaskSupported: boolean;
}

const VIEWS: { title: string; question: string; prepare(page: Page): Promise<void> }[] = [
  { title: 'The whole map', question: 'What do you notice first?', prepare: async () => undefined },
  { title: 'Up close', question: 'What keeps this loop going?', prepare: (page) => zoom(page, -600) },
  { title: 'Coverage', question: 'Where are we not experimenting?', prepare: async (page) => (await zoom(page, 400), await page.getByRole('button', { name: 'Coverage', exact: true }).click()) },
  { title: 'Evidence', question: 'What have we learned?', prepare: async (page) => (await zoom(page, -300, 250, 250), await zoom(page, 300, 800, 600), await page.getByRole('button', { name: 'Evidence', exact: true }).click()) },
  { title: 'Far corner', question: 'Who is missing here?', prepare: async (page) => (await page.getByRole('button', { name: 'Whole map', exact: true }).click(), await zoom(page, -500, 850, 700)) },
];

/** Zooms round a point of the window: zooming in at one place and out at another also pans. */
async function zoom(page: Page, deltaY: number, x = 500, y = 450) {
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, deltaY);
  await page.waitForTimeout(400);
}

async function arm(page: Page) {
  await page.evaluate(() => {
    const probe = { loaf: [] as Entry[], long: [] as Entry[], loafSupported: true, longSupported: true };
    (window as unknown as Win).__presentProbe = probe;
    const watch = (type: string, into: Entry[]) => {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) into.push({ start: e.startTime, duration: e.duration, blocking: (e as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0 });
        }).observe({ type, buffered: false });
        return true;
      } catch {
        return false;
      }
    };
    probe.loafSupported = watch('long-animation-frame', probe.loaf);
    probe.longSupported = watch('longtask', probe.long);
  });
}

async function collect(page: Page, step: number, title: string): Promise<PresentationStep & { loafSupported: boolean; longSupported: boolean }> {
  await page.waitForTimeout(STEP_WATCH_MS);
  const p = await page.evaluate(() => (window as unknown as Win).__presentProbe!);
  const max = (list: Entry[]) => round(list.reduce((m, e) => Math.max(m, e.duration), 0));
  return { step, title, maxLoafMs: max(p.loaf), maxLongTaskMs: max(p.long), maxBlockingMs: round(p.loaf.reduce((m, e) => Math.max(m, e.blocking ?? 0), 0)), loafCount: p.loaf.length, longTaskCount: p.long.length, loafSupported: p.loafSupported, longSupported: p.longSupported };
}

export async function measurePresentation(browser: Browser, baseURL: string): Promise<PresentationResult> {
  const context = await newBenchContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/');
    const nodes = await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.waitForTimeout(1000);
    await page.getByRole('tab', { name: 'Views' }).click();
    const form = page.getByRole('form', { name: 'Save the current view' });
    for (const v of VIEWS) {
      await v.prepare(page);
      await form.getByLabel('Title').fill(v.title);
      await form.getByLabel('Question for the group').fill(v.question);
      await form.getByRole('button', { name: 'Save current view' }).click();
      await page.getByRole('list', { name: 'Saved views' }).getByRole('heading', { name: v.title }).waitFor();
    }
    await page.getByRole('button', { name: 'Whole map', exact: true }).click();
    await page.waitForTimeout(1000);
    const steps: Awaited<ReturnType<typeof collect>>[] = [];
    await arm(page);
    await page.getByRole('button', { name: /^Present/ }).click();
    await page.getByRole('region', { name: 'Presentation' }).getByRole('heading', { name: VIEWS[0]!.title }).waitFor();
    steps.push(await collect(page, 1, VIEWS[0]!.title));
    for (let i = 1; i < VIEWS.length; i++) {
      await arm(page);
      await page.keyboard.press('ArrowRight');
      await page.getByRole('region', { name: 'Presentation' }).getByRole('heading', { name: VIEWS[i]!.title }).waitFor();
      steps.push(await collect(page, i + 1, VIEWS[i]!.title));
    }
    await page.keyboard.press('Escape');
    return {
      nodes,
      steps: steps.map(({ loafSupported: _a, longSupported: _b, ...s }) => s),
      loafSupported: steps.every((s) => s.loafSupported),
      longTaskSupported: steps.every((s) => s.longSupported),
    };
  } finally {
    await context.close();
  }
}

const worst = (s: PresentationStep) => Math.max(s.maxLoafMs, s.maxLongTaskMs);

export function presentationSection(r: PresentationResult): Section {
  const overall = Math.max(0, ...r.steps.map(worst));
  const rows: Row[] = [
    ...r.steps.map((s): Row => ({
      measure: `Step ${s.step} (“${s.title}”): longest frame or task while gliding to it${s.step === 1 ? ' (from the click on Present: full screen, panels away)' : ''}`,
      value: worst(s) === 0 ? `none over ${FRAME_TARGET_MS} ms` : `${ms(worst(s))} (${s.loafCount} long frame${s.loafCount === 1 ? '' : 's'}, ${s.longTaskCount} long task${s.longTaskCount === 1 ? '' : 's'})`,
    })),
    {
      measure: 'Moving between presentation steps (steps 2 to 5): longest frame or task',
      value: Math.max(0, ...r.steps.slice(1).map(worst)) === 0 ? `none over ${FRAME_TARGET_MS} ms` : ms(Math.max(...r.steps.slice(1).map(worst))),
      target: `none over ${ms(FRAME_TARGET_MS)}`,
      status: atMost(Math.max(0, ...r.steps.slice(1).map(worst)), FRAME_TARGET_MS),
    },
    {
      measure: 'Steps 2 to 5: longest time the main thread was held within one long frame (its tasks past 50 ms each); the rest of a long frame is waiting to be drawn',
      value: ms(Math.max(0, ...r.steps.slice(1).map((s) => s.maxBlockingMs ?? 0))),
    },
    { measure: 'Whole presentation, Present click included: longest frame or task', value: overall === 0 ? `none over ${FRAME_TARGET_MS} ms` : ms(overall) },
  ];
  return {
    title: 'Presenting saved views',
    summary: `Five saved views of the example (${r.nodes} nodes), presented full screen and stepped through with the arrow key in the production build.`,
    rows,
    method: [
      'Opens the example in a fresh context, saves five views from the Views tab (the whole map; zoomed in; zoomed out with the Coverage lens;',
      'panned with the Evidence lens; no lens, zoomed and panned), then clicks “Present” and presses → four times. Before each step it starts',
      `\`PerformanceObserver\`s for \`long-animation-frame\` and \`longtask\` entries${r.loafSupported && r.longTaskSupported ? '' : ' (one of them is NOT supported here)'} (the browser reports only those over 50 ms)`,
      `and watches for ${STEP_WATCH_MS} ms: the 700 ms glide, the lens change and the last frames' reports. The target is about moving between`,
      'steps; the first step also enters full screen and puts the toolbar and side panel away, so it is reported on its own. Headless Chromium, no GPU:',
      'the glide is a transition of the viewport drawn by the compositor (src/ui/viewportGlide.ts), which here draws in software, and a long',
      'frame\'s duration includes the time the page waits for it; the blocking row is the part spent in the page\'s own tasks.',
    ],
  };
}
