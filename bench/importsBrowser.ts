/**
 * Importing other tools' files in the app: a generated 2,000-node /
 * 6,000-link GraphML and a 1,000-row Kumu spreadsheet (.xlsx), each chosen
 * through the Open… file input, timed inside the page from the input's
 * change event to the first frame that shows the import report, with the
 * longest main-thread task meanwhile (a PerformanceObserver for longtask
 * entries, which Chromium reports for every task over 50 ms).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { writeGraphML } from '../src/formats/graphml/write.ts';
import { writeXlsxFile } from '../src/formats/kumu/index.ts';
import { generatedMap } from '../src/formats/shared/generate.ts';
import { EXAMPLE_MIN_NODES, newBenchContext, waitForMap } from './app.ts';
import { atMost, kb, ms, under, type Section } from './report.ts';
import { max, median, round } from './stats.ts';

export const IMPORT_BROWSER_TARGET_MS = 1000;
export const LONG_TASK_TARGET_MS = 50;
const RUNS = 4;
/** How long the bench spends "in the file dialog" after clicking Open…: a person takes at least this long to pick a file. */
export const CHOOSING_MS = 1000;

interface Case {
  name: string;
  what: string;
  path: string;
  bytes: number;
}

export interface ImportRun {
  /** Change event on the file input to the first frame with the report dialog open. */
  reportMs: number;
  /** The longest task on the main thread between the two, or 0 when none exceeded 50 ms (none is reported then). */
  longestTaskMs: number;
  longTasks: number;
}

export interface ImportCaseResult {
  name: string;
  what: string;
  bytes: number;
  runs: ImportRun[];
  firstMs: number;
  medianMs: number;
  longestTaskMs: number;
  /** A first import in another fresh page, started the way a person does: Open…, then a file chosen CHOOSING_MS later. */
  throughOpen: ImportRun;
}

async function cases(dir: string): Promise<Case[]> {
  const graphml = writeGraphML(generatedMap(2000, 6000, 1), { includePrivateNotes: false }).data as string;
  const sheet = (await writeXlsxFile(generatedMap(1000, 2000, 2), { includePrivateNotes: false })).data as Uint8Array;
  const save = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return { path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length };
  };
  return [
    { name: 'GraphML', what: '2,000 nodes and 6,000 links', ...save('generated.graphml', graphml) },
    { name: 'Kumu spreadsheet', what: '1,000 element rows and 2,000 connection rows', ...save('generated.xlsx', sheet) },
  ];
}

interface Probe {
  changedAt: number | null;
  shownAt: number | null;
  tasks: { start: number; duration: number }[];
}

/** Runs in the page: watches long tasks, the input's change event and the report dialog. */
function installProbe() {
  const probe: Probe = { changedAt: null, shownAt: null, tasks: [] };
  (window as unknown as { __importProbe: Probe }).__importProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener(
    'change',
    (e) => {
      if ((e.target as HTMLElement).id !== 'open-file-input') return;
      probe.changedAt = performance.now();
      const tick = () => {
        if (document.querySelector('dialog.import-report[open]')) probe.shownAt = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    true,
  );
}

/** direct: the file is handed to the input at once; 'open': Open… is clicked and the file chosen CHOOSING_MS later. */
async function importOnce(page: Page, c: Case, how: 'direct' | 'open' = 'direct'): Promise<ImportRun> {
  await page.evaluate(() => {
    const p = (window as unknown as { __importProbe: Probe }).__importProbe;
    p.changedAt = null;
    p.shownAt = null;
    p.tasks = [];
  });
  // A path, not a buffer: Playwright then hands the file over through the DevTools protocol, as a file chooser
  // would, instead of rebuilding it from base64 in the page (which would be a long task of its own).
  if (how === 'open') {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = await chooser;
    await page.waitForTimeout(CHOOSING_MS);
    await dialog.setFiles(c.path);
  } else await page.locator('#open-file-input').setInputFiles(c.path);
  await page.waitForFunction(() => (window as unknown as { __importProbe: Probe }).__importProbe.shownAt !== null, null, { timeout: 30_000, polling: 50 });
  // Long-task entries arrive after their task ends: give the observer a moment.
  await page.waitForTimeout(200);
  const run = await page.evaluate(() => {
    const p = (window as unknown as { __importProbe: Probe }).__importProbe;
    const during = p.tasks.filter((t) => t.start + t.duration >= p.changedAt! && t.start <= p.shownAt!);
    return { reportMs: p.shownAt! - p.changedAt!, longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0), longTasks: during.length };
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.waitForSelector('dialog.import-report', { state: 'detached' });
  return { reportMs: round(run.reportMs), longestTaskMs: round(run.longestTaskMs), longTasks: run.longTasks };
}

export async function measureImportsBrowser(browser: Browser, baseURL: string): Promise<ImportCaseResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-imports-'));
  const files = await cases(dir);
  const results: ImportCaseResult[] = [];
  try {
    // A fresh context for each first import: the import worker and its parsers not yet loaded.
    const freshPage = async () => {
      const context = await newBenchContext(browser, baseURL);
      await context.addInitScript(installProbe);
      const page = await context.newPage();
      await page.goto('/');
      await waitForMap(page, EXAMPLE_MIN_NODES);
      await page.waitForTimeout(1000);
      return { context, page };
    };
    for (const c of files) {
      const cold = await freshPage();
      const runs: ImportRun[] = [];
      try {
        for (let i = 0; i < RUNS; i++) runs.push(await importOnce(cold.page, c));
      } finally {
        await cold.context.close();
      }
      const warm = await freshPage();
      let throughOpen: ImportRun;
      try {
        throughOpen = await importOnce(warm.page, c, 'open');
      } finally {
        await warm.context.close();
      }
      results.push({
        name: c.name,
        what: c.what,
        bytes: c.bytes,
        runs,
        firstMs: runs[0]!.reportMs,
        medianMs: round(median(runs.slice(1).map((r) => r.reportMs))),
        longestTaskMs: max([...runs, throughOpen].map((r) => r.longestTaskMs)),
        throughOpen,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export function importsBrowserSection(results: ImportCaseResult[]): Section {
  const longest = (r: ImportCaseResult) => (r.longestTaskMs === 0 ? 'none over 50 ms' : ms(r.longestTaskMs));
  return {
    title: 'Importing other tools’ files in the app',
    summary: results.map((r) => `${r.name}: ${r.what} (${kb(r.bytes)}).`).join(' '),
    rows: results.flatMap((r) => [
      { measure: `${r.name}: file chosen to import report, first import`, value: ms(r.firstMs), target: `< ${ms(IMPORT_BROWSER_TARGET_MS)}`, status: under(r.firstMs, IMPORT_BROWSER_TARGET_MS) },
      { measure: `${r.name}: the same, median of ${r.runs.length - 1} more`, value: ms(r.medianMs) },
      { measure: `${r.name}: first import through Open… (${ms(CHOOSING_MS)} choosing the file)`, value: ms(r.throughOpen.reportMs) },
      {
        measure: `${r.name}: longest main-thread task meanwhile (all runs)`,
        value: longest(r),
        target: `≤ ${ms(LONG_TASK_TARGET_MS)}`,
        status: atMost(r.longestTaskMs, LONG_TASK_TARGET_MS),
      },
    ]),
    tables: [
      {
        caption: 'Each import (the first in a fresh page loads the import worker and the parsers):',
        headers: ['File', 'Run', 'To report', 'Long tasks', 'Longest'],
        rows: results.flatMap((r) =>
          [...r.runs.map((x, i) => [String(i + 1), x] as const), ['through Open…', r.throughOpen] as const].map(([run, x]) => [r.name, run, ms(x.reportMs), String(x.longTasks), x.longTasks ? ms(x.longestTaskMs) : '–']),
        ),
      },
    ],
    method: [
      'Each file is generated with the app’s own writers (`generatedMap` written as GraphML, and as a Kumu workbook with `writeXlsxFile`).',
      'In a fresh browser context the app opens the example map; the file, saved to a temporary folder, is then given to the Open… input',
      `(\`setInputFiles\` with its path, handed over through the DevTools protocol as a file chooser would) ${RUNS} times, cancelling the report each time.`,
      'A script in the page records `performance.now()` at the input’s change event and at the first animation frame in which the',
      'import report dialog is open; the file is read with `File.arrayBuffer()`, parsed in the import worker, and the report rendered.',
      'A `PerformanceObserver` for `longtask` entries (tasks over 50 ms) records the longest main-thread task between the two moments.',
      'The first import is the target: nothing has loaded the import worker or its parsers before it. Then, in another fresh context,',
      'the file is opened as a person does: a click on Open… (which starts the import worker and its parsers loading), the file chosen',
      `${ms(CHOOSING_MS)} later through the file chooser, timed the same way.`,
    ],
  };
}
