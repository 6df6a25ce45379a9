/**
 * `npm run bench`: measures the production build (already built by the npm
 * script) in headless Chromium and writes docs/benchmarks.md and
 * bench/results/latest.json.
 *
 *   tsx bench/run.ts              every measurement; rewrites docs/benchmarks.md
 *   tsx bench/run.ts open drag    only those; writes bench/results/latest.json only
 *   tsx bench/run.ts rooms --into-report   only those, and puts their sections into docs/benchmarks.md
 *   (bundle, open, drag, heap, layout-browser, presentation, bigmaps, scale, export, rooms-browser, throttled and imports-browser use the browser; analysis, rating-round, layout, readability and imports run in Node only)
 *
 * Exits non-zero if a measurement fails to run (a missed target is reported, not a failure).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { bundleSection, measureBundle } from './bundle.ts';
import { findChromium } from './chromium.ts';
import { dragSection, measureDrag } from './drag.ts';
import { analysisSection, measureAnalysis } from './analysis.ts';
import { bigMapsSection, measureBigMaps } from './bigmaps.ts';
import { heapSection, measureHeap } from './heap.ts';
import { layoutSection, measureLayout } from './layout.ts';
import { layoutBrowserSection, measureLayoutBrowser } from './layoutBrowser.ts';
import { importsSection, measureImports } from './imports.ts';
import { importsBrowserSection, measureImportsBrowser } from './importsBrowser.ts';
import { measureOpen, openSection } from './open.ts';
import { exportSection, measureExport } from './pdf.ts';
import { measureRatingRound, ratingRoundSection } from './ratingRound.ts';
import { measureRooms, roomsSection } from './rooms.ts';
import { measureRoomsBrowser, roomsBrowserSection } from './roomsBrowser.ts';
import { measureRoomsCompare, roomsCompareSection } from './roomsCompare.ts';
import { measureStack, stackSection } from './stack.ts';
import { measurePatternsView, patternsViewSection } from './stackBrowser.ts';
import { measureScale, scaleSection } from './scale.ts';
import { measurePresentation, presentationSection } from './presentation.ts';
import { measureThrottled, throttledSection, type FullSpeed } from './throttled.ts';
import type { DragResult } from './drag.ts';
import type { LayoutBrowserResult } from './layoutBrowser.ts';
import type { BigMapsResult } from './bigmaps.ts';
import { measureReadability, readabilitySection } from './readability.ts';
import { buildReport, cpuBusyPercent, load1, machineInfo, spliceReport, wasBusy, type Section } from './report.ts';

// BENCH_PORT lets two checkouts measure on one machine without sharing a server.
const PORT = Number(process.env.BENCH_PORT) || 4411;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const REPORT = 'docs/benchmarks.md';
const RESULTS_DIR = 'bench/results';

interface Context {
  browser: Browser;
  baseURL: string;
  /** What the measurements before this one found in the same run, by name. */
  earlier: Record<string, unknown>;
}

interface Measurement {
  name: string;
  /** False for measurements made in Node alone: running only those starts neither the server nor Chromium. */
  browser?: false;
  run(ctx: Context): Promise<{ raw: unknown; section: Section }>;
}

/** In report order. A new benchmark is one more entry here and a module of its own. */
const MEASUREMENTS: Measurement[] = [
  {
    name: 'bundle',
    run: async () => {
      const raw = measureBundle('dist');
      return { raw, section: bundleSection(raw) };
    },
  },
  {
    name: 'open',
    run: async ({ browser, baseURL }) => {
      const raw = await measureOpen(browser, baseURL);
      return { raw, section: openSection(raw) };
    },
  },
  {
    name: 'drag',
    run: async ({ browser, baseURL }) => {
      const raw = await measureDrag(browser, baseURL);
      return { raw, section: dragSection(raw) };
    },
  },
  {
    name: 'heap',
    run: async ({ browser, baseURL }) => {
      const raw = await measureHeap(browser, baseURL);
      return { raw, section: heapSection(raw) };
    },
  },
  {
    name: 'analysis',
    browser: false,
    run: async () => {
      const raw = await measureAnalysis();
      return { raw, section: analysisSection(raw) };
    },
  },
  {
    name: 'rating-round',
    browser: false,
    run: async () => {
      const raw = await measureRatingRound();
      return { raw, section: ratingRoundSection(raw) };
    },
  },
  {
    name: 'layout',
    browser: false,
    run: async () => {
      const raw = await measureLayout();
      return { raw, section: layoutSection(raw) };
    },
  },
  {
    name: 'readability',
    browser: false,
    run: async () => {
      const raw = await measureReadability();
      return { raw, section: readabilitySection(raw) };
    },
  },
  {
    name: 'layout-browser',
    run: async ({ browser, baseURL }) => {
      const raw = await measureLayoutBrowser(browser, baseURL);
      return { raw, section: layoutBrowserSection(raw) };
    },
  },
  {
    name: 'presentation',
    run: async ({ browser, baseURL }) => {
      const raw = await measurePresentation(browser, baseURL);
      return { raw, section: presentationSection(raw) };
    },
  },
  {
    name: 'bigmaps',
    run: async ({ browser, baseURL }) => {
      const raw = await measureBigMaps(browser, baseURL);
      return { raw, section: bigMapsSection(raw) };
    },
  },
  {
    name: 'scale',
    run: async ({ browser, baseURL }) => {
      const raw = await measureScale(browser, baseURL);
      return { raw, section: scaleSection(raw) };
    },
  },
  {
    name: 'export',
    run: async ({ browser, baseURL }) => {
      const raw = await measureExport(browser, baseURL);
      return { raw, section: exportSection(raw) };
    },
  },
  {
    name: 'rooms',
    browser: false,
    run: async () => {
      const raw = await measureRooms();
      return { raw, section: roomsSection(raw) };
    },
  },
  {
    name: 'rooms-compare',
    browser: false,
    run: async () => {
      const raw = await measureRoomsCompare();
      return { raw, section: roomsCompareSection(raw) };
    },
  },
  {
    name: 'rooms-browser',
    run: async ({ browser }) => {
      const raw = await measureRoomsBrowser(browser);
      return { raw, section: roomsBrowserSection(raw) };
    },
  },
  {
    name: 'stack',
    browser: false,
    run: async () => {
      const raw = await measureStack();
      return { raw, section: stackSection(raw) };
    },
  },
  {
    name: 'stack-browser',
    run: async ({ browser, baseURL }) => {
      const raw = await measurePatternsView(browser, baseURL);
      return { raw, section: patternsViewSection(raw) };
    },
  },
  {
    name: 'imports',
    browser: false,
    run: async () => {
      const raw = await measureImports();
      return { raw, section: importsSection(raw) };
    },
  },
  {
    name: 'throttled',
    run: async ({ browser, baseURL, earlier }) => {
      const raw = await measureThrottled(browser, baseURL);
      const full: FullSpeed = { drag: earlier.drag as DragResult | undefined, layouts: earlier['layout-browser'] as LayoutBrowserResult | undefined, big: earlier.bigmaps as BigMapsResult | undefined };
      return { raw, section: throttledSection(raw, full) };
    },
  },
  {
    name: 'imports-browser',
    run: async ({ browser, baseURL }) => {
      const raw = await measureImportsBrowser(browser, baseURL);
      return { raw, section: importsBrowserSection(raw) };
    },
  },
];

function startServer(): ChildProcess {
  // Its own process group, so stopping it also stops the vite process npx starts.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  server.on('exit', (code) => {
    if (code) console.error(`vite preview exited with code ${code}:\n${output}`);
  });
  return server;
}

async function waitUntilAnswers(server: ChildProcess, url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview stopped before answering (is port ${PORT} in use?)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function stopServer(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((r) => server.once('exit', () => r()));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const intoReport = args.includes('--into-report');
  const only = args.filter((a) => a !== '--into-report');
  const unknown = only.filter((n) => !MEASUREMENTS.some((m) => m.name === n));
  if (unknown.length) {
    console.error(`unknown measurement ${unknown.join(', ')}; choose from ${MEASUREMENTS.map((m) => m.name).join(', ')}`);
    return 2;
  }
  const chosen = only.length ? MEASUREMENTS.filter((m) => only.includes(m.name)) : MEASUREMENTS;

  const date = new Date();
  const before = { busy: await cpuBusyPercent(), load: load1() };
  if (wasBusy({ busyBefore: before.busy })) {
    console.warn(`bench: the CPUs are ${before.busy}% busy with other work (${cpus().length} cores); timings will be pessimistic.`);
  }
  const needsBrowser = chosen.some((m) => m.browser !== false);
  const server = needsBrowser ? startServer() : null;
  const stop = () => void (server ? stopServer(server) : Promise.resolve()).finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let browser: Browser | null = null;
  const raw: Record<string, unknown> = {};
  const sections: Section[] = [];
  const errors: Record<string, string> = {};
  try {
    if (server) await waitUntilAnswers(server, BASE_URL);
    if (needsBrowser) browser = await chromium.launch({
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--enable-precise-memory-info',
        '--js-flags=--expose-gc',
      ],
    });
    // Node-only measurements never touch the browser, so they get a stand-in that fails loudly if one did.
    const ctx: Context = { browser: browser ?? (null as unknown as Browser), baseURL: BASE_URL, earlier: raw };
    for (const m of chosen) {
      const started = Date.now();
      process.stdout.write(`bench: ${m.name}… `);
      try {
        const result = await m.run(ctx);
        raw[m.name] = result.raw;
        sections.push(result.section);
        const verdicts = result.section.rows.filter((r) => r.status).map((r) => `${r.measure}: ${r.value} ${r.status}`);
        console.log(`${((Date.now() - started) / 1000).toFixed(1)} s${verdicts.length ? `\n  ${verdicts.join('\n  ')}` : ''}`);
      } catch (err) {
        errors[m.name] = err instanceof Error ? (err.stack ?? err.message) : String(err);
        console.log(`FAILED\n${errors[m.name]}`);
      }
    }

    const machine = machineInfo(browser?.version() ?? 'not used', before);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(`${RESULTS_DIR}/latest.json`, `${JSON.stringify({ date: date.toISOString(), machine, results: raw, errors }, null, 2)}\n`);
    console.log(`bench: wrote ${RESULTS_DIR}/latest.json`);

    if (Object.keys(errors).length) {
      console.error(`bench: ${Object.keys(errors).join(', ')} failed; ${REPORT} left as it was.`);
      return 1;
    }
    if (only.length && intoReport) {
      writeFileSync(REPORT, spliceReport(readFileSync(REPORT, 'utf8'), machine, date, sections));
      console.log(`bench: put ${only.join(', ')} into ${REPORT}`);
      return 0;
    }
    if (only.length) {
      console.log(`bench: ran only ${only.join(', ')}; ${REPORT} left as it was.`);
      return 0;
    }
    writeFileSync(REPORT, buildReport(machine, date, sections));
    console.log(`bench: wrote ${REPORT}`);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
