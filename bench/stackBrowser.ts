/**
 * The Patterns view in the app over a stack of 20 maps with 200 experiments:
 * the stack file is opened through the stack view's "Open stack…" input, then
 * the time is taken inside the page from the Patterns tab's click to the first
 * frame that shows the whole evidence table, with the longest main-thread task
 * meanwhile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { rollUp } from '../src/analysis/patterns/rollup.ts';
import { bigStack } from '../src/model/stack/generate.ts';
import { serialiseStackFile } from '../src/model/stack/load.ts';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { ms, under, type Section } from './report.ts';
import { max, median, round } from './stats.ts';

export const PATTERNS_VIEW_TARGET_MS = 300;
const RUNS = 6;

export interface PatternsViewBench {
  runs: { openMs: number; longestTaskMs: number }[];
  factors: number;
  experiments: number;
}

interface Probe {
  clickedAt: number | null;
  shownAt: number | null;
  rows: number;
  tasks: { start: number; duration: number }[];
}

function installProbe() {
  const probe: Probe = { clickedAt: null, shownAt: null, rows: 0, tasks: [] };
  (window as unknown as { __patternsProbe: Probe }).__patternsProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as HTMLElement).id !== 'stack-tab-patterns') return;
      probe.clickedAt = performance.now();
      const tick = () => {
        const rows = document.querySelectorAll('.patterns__table tbody tr').length;
        if (rows >= probe.rows && rows > 0) probe.shownAt = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    true,
  );
}

export async function measurePatternsView(browser: Browser, baseURL: string): Promise<PatternsViewBench> {
  const { stack, maps } = bigStack(20, 200);
  const roll = rollUp(stack, maps);
  const dir = mkdtempSync(join(tmpdir(), 'bench-stack-'));
  const path = join(dir, 'big.stack.json');
  writeFileSync(path, serialiseStackFile(stack, maps));
  const context = await newBenchContext(browser, baseURL);
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    await page.goto('/');
    await waitForMap(page, EXAMPLE_MIN_NODES);
    await page.getByRole('button', { name: 'Stack', exact: true }).click();
    const view = page.getByRole('dialog', { name: 'Learning stack' });
    await view.getByLabel('Stack file to open').setInputFiles(path);
    await view.getByRole('article').nth(19).waitFor();
    await page.waitForTimeout(500);
    const runs: PatternsViewBench['runs'] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate((rows) => {
        const p = (window as unknown as { __patternsProbe: Probe }).__patternsProbe;
        Object.assign(p, { clickedAt: null, shownAt: null, rows, tasks: [] });
      }, roll.factors.length);
      await view.getByRole('tab', { name: 'Patterns' }).click();
      await page.waitForFunction(() => (window as unknown as { __patternsProbe: Probe }).__patternsProbe.shownAt !== null, null, { timeout: 30_000, polling: 50 });
      await page.waitForTimeout(200);
      runs.push(
        await page.evaluate(() => {
          const p = (window as unknown as { __patternsProbe: Probe }).__patternsProbe;
          const during = p.tasks.filter((t) => t.start + t.duration >= p.clickedAt! && t.start <= p.shownAt!);
          return { openMs: Math.round((p.shownAt! - p.clickedAt!) * 10) / 10, longestTaskMs: Math.round(during.reduce((m, t) => Math.max(m, t.duration), 0) * 10) / 10 };
        }),
      );
      await view.getByRole('tab', { name: 'Stack' }).click();
      await page.waitForTimeout(300);
    }
    return { runs, factors: roll.factors.length, experiments: roll.experimentCount };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function patternsViewSection(r: PatternsViewBench): Section {
  const open = median(r.runs.map((x) => x.openMs));
  const worst = max(r.runs.map((x) => x.openMs));
  const longest = max(r.runs.map((x) => x.longestTaskMs));
  return {
    title: 'Learning stacks: the Patterns view in the app',
    summary: `The generated stack of 20 maps with ${r.experiments} experiments, opened as a stack file; the evidence table has ${r.factors} factors.`,
    rows: [
      { measure: `Patterns tab clicked to the whole table shown (median of ${r.runs.length})`, value: ms(open), target: `< ${ms(PATTERNS_VIEW_TARGET_MS)}`, status: under(open, PATTERNS_VIEW_TARGET_MS) },
      { measure: 'The same, slowest run', value: ms(round(worst)) },
      { measure: 'Longest main-thread task meanwhile (all runs)', value: longest === 0 ? 'none over 50 ms' : ms(longest) },
    ],
    method: [
      'bigStack(20, 200) from src/model/stack/generate.ts, written with serialiseStackFile and given to the stack view’s “Open stack…” input.',
      `The Patterns tab is clicked ${RUNS} times (back to the Stack tab in between, so the view mounts and rolls up each time).`,
      'A script in the page records `performance.now()` at the click and at the first animation frame whose evidence table has every factor’s row.',
    ],
  };
}
