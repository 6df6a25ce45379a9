/**
 * Auto-layout in Node, in this process: our four algorithms against elkjs's
 * layered algorithm (default settings) on the same graphs, for time and for
 * quality (overlapping node boxes and crossing links).
 */
import { spawn } from 'node:child_process';
import { countCrossings, countOverlaps, layoutMap, type LayoutAlgorithm, type Positions } from '../src/layout/index.ts';
import type { MapDocument } from '../src/model/types.ts';
import { atMost, ms, type Row, type Section } from './report.ts';
import { generated, linksOf, loadExample, timed } from './maps.ts';
import { median, round } from './stats.ts';

const OURS = ['layered', 'clustered', 'radial', 'organic'] as const satisfies readonly LayoutAlgorithm[];
type Ours = (typeof OURS)[number];
const WARM_RUNS = 5;
/** elkjs at 2,000 nodes runs in a child process and is stopped after this long. */
export const ELK_LIMIT_MS = 60_000;

interface Spec {
  key: string;
  label: string;
  nodes?: number;
  links?: number;
  targetMs: number;
  /** Warm runs of elkjs: it takes seconds at 500 nodes, so fewer there; at 2,000 it runs once, in a child process. */
  elkWarm: number | 'child';
}

const SPECS: Spec[] = [
  { key: 'example', label: 'Example (healthy weight)', targetMs: 100, elkWarm: WARM_RUNS },
  { key: '100', label: 'Generated 100 / 300', nodes: 100, links: 300, targetMs: 100, elkWarm: WARM_RUNS },
  { key: '500', label: 'Generated 500 / 1,500', nodes: 500, links: 1500, targetMs: 1000, elkWarm: 2 },
  { key: '2000', label: 'Generated 2,000 / 6,000', nodes: 2000, links: 6000, targetMs: 3000, elkWarm: 'child' },
];

export interface AlgorithmResult {
  firstMs: number;
  warmMs: number[];
  medianMs: number;
  overlaps: number;
  crossings: number;
}

export interface ElkResult {
  /** Null when it did not finish within ELK_LIMIT_MS. */
  firstMs: number | null;
  warmMs: number[];
  medianMs: number | null;
  overlaps: number | null;
  crossings: number | null;
  note: string;
}

export interface LayoutMapResult {
  key: string;
  label: string;
  nodes: number;
  links: number;
  targetMs: number;
  ours: Record<Ours, AlgorithmResult>;
  elk: ElkResult;
}

export type LayoutResult = LayoutMapResult[];

async function runAlgorithm(doc: MapDocument, algorithm: LayoutAlgorithm, warmRuns: number): Promise<AlgorithmResult> {
  const first = await timed(() => layoutMap(doc, { algorithm }));
  const warm: number[] = [];
  let positions: Positions = first.value;
  for (let i = 0; i < warmRuns; i++) {
    const run = await timed(() => layoutMap(doc, { algorithm }));
    warm.push(round(run.ms, 2));
    positions = run.value;
  }
  return {
    firstMs: round(first.ms, 2),
    warmMs: warm,
    medianMs: warm.length ? median(warm) : round(first.ms, 2),
    overlaps: countOverlaps(positions),
    crossings: countCrossings(positions, linksOf(doc)),
  };
}

/** elkjs once, in a child process, stopped after ELK_LIMIT_MS. */
function elkInChild(nodes: number, links: number, seed: number): Promise<ElkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/elk-child.ts', String(nodes), String(links), String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!timer && out.includes('ready\n')) {
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, ELK_LIMIT_MS);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      if (timedOut) {
        resolve({
          firstMs: null,
          warmMs: [],
          medianMs: null,
          overlaps: null,
          crossings: null,
          note: `did not finish within ${ELK_LIMIT_MS / 1000} s; stopped and skipped`,
        });
        return;
      }
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) {
        reject(new Error(`elk child process failed (exit ${code}): ${err || out}`));
        return;
      }
      const r = JSON.parse(line) as { ms: number; overlaps: number; crossings: number };
      resolve({ firstMs: round(r.ms, 1), warmMs: [], medianMs: round(r.ms, 1), overlaps: r.overlaps, crossings: r.crossings, note: 'one run, in a child process' });
    });
  });
}

export async function measureLayout(): Promise<LayoutResult> {
  const results: LayoutResult = [];
  for (const spec of SPECS) {
    const doc = spec.nodes ? generated(spec.nodes, spec.links ?? 0, 1) : loadExample();
    const ours = {} as Record<Ours, AlgorithmResult>;
    for (const algorithm of OURS) ours[algorithm] = await runAlgorithm(doc, algorithm, WARM_RUNS);
    let elk: ElkResult;
    if (spec.elkWarm === 'child') {
      elk = await elkInChild(spec.nodes ?? 0, spec.links ?? 0, 1);
    } else {
      const r = await runAlgorithm(doc, 'elk-layered', spec.elkWarm);
      elk = { ...r, note: `first run and ${spec.elkWarm} warm, in this process` };
    }
    results.push({
      key: spec.key,
      label: spec.label,
      nodes: Object.keys(doc.nodes).length,
      links: Object.keys(doc.links).length,
      targetMs: spec.targetMs,
      ours,
      elk,
    });
  }
  return results;
}

const name = (a: Ours) => a[0]!.toUpperCase() + a.slice(1);

export function layoutSection(results: LayoutResult): Section {
  const rows: Row[] = [];
  for (const m of results) {
    for (const a of OURS) {
      const r = m.ours[a];
      rows.push({
        measure: `${m.label}: ${name(a)}, median of ${r.warmMs.length} warm runs`,
        value: ms(r.medianMs),
        target: `≤ ${ms(m.targetMs)}`,
        status: atMost(r.medianMs, m.targetMs),
      });
    }
  }
  for (const m of results) {
    const overlaps = OURS.map((a) => m.ours[a].overlaps);
    rows.push({
      measure: `${m.label}: overlapping node pairs (${OURS.join(', ')})`,
      value: overlaps.join(', '),
      target: '0',
      status: overlaps.every((o) => o === 0) ? 'PASS' : 'MISS',
    });
  }
  for (const m of results) {
    const elk = m.elk.crossings;
    const value = `${OURS.map((a) => `${a} ${m.ours[a].crossings}`).join(', ')}; elk ${elk ?? 'n/a'}`;
    if (elk === null) {
      rows.push({ measure: `${m.label}: link crossings (elk did not finish, no comparison)`, value });
      continue;
    }
    const over = OURS.filter((a) => m.ours[a].crossings > elk);
    rows.push({
      measure: `${m.label}: link crossings, each of ours ≤ elk layered${over.length ? ` (more: ${over.join(', ')})` : ''}`,
      value,
      target: `≤ ${elk}`,
      status: over.length ? 'MISS' : 'PASS',
    });
  }
  const table = {
    caption: 'Every algorithm on every map (times in ms; “ours / elk” compares warm medians):',
    headers: ['Map', 'Algorithm', 'First run', 'Warm median', 'Ours / elk', 'Overlaps', 'Crossings'],
    rows: results.flatMap((m) => [
      ...OURS.map((a) => {
        const r = m.ours[a];
        return [
          `${m.label} (${m.nodes} nodes, ${m.links} links)`,
          name(a),
          r.firstMs.toFixed(1),
          r.medianMs.toFixed(1),
          m.elk.medianMs ? `${(r.medianMs / m.elk.medianMs).toFixed(3)} (${(m.elk.medianMs / r.medianMs).toFixed(0)}× faster)` : 'n/a',
          String(r.overlaps),
          String(r.crossings),
        ];
      }),
      [
        `${m.label} (${m.nodes} nodes, ${m.links} links)`,
        `elkjs layered (${m.elk.note})`,
        m.elk.firstMs === null ? `> ${ELK_LIMIT_MS / 1000} s` : m.elk.firstMs.toFixed(1),
        m.elk.medianMs === null ? 'n/a' : m.elk.medianMs.toFixed(1),
        '1',
        m.elk.overlaps === null ? 'n/a' : String(m.elk.overlaps),
        m.elk.crossings === null ? 'n/a' : String(m.elk.crossings),
      ],
    ]),
  };
  return {
    title: 'Auto-layout (Node)',
    summary: 'Our layouts against elkjs layered (default settings) on the same graphs, in the same run: time, overlapping boxes and crossing links.',
    rows,
    tables: [table],
    method: [
      'For the healthy-weight example and maps from `generateMap` (seed 1) of 100 nodes / 300 links, 500 / 1,500 and 2,000 / 6,000,',
      `calls \`layoutMap(doc, { algorithm })\` (what the layout worker and the CLI call; it includes fitting the result into the map) once`,
      `(“first run”, which on the first map also pays for compiling the code) and then ${WARM_RUNS} more times, timing each with`,
      '`performance.now()`; the targets apply to the warm median. elkjs is the `elk-layered` algorithm (elkjs’s bundled Node build, default',
      'layered options, the same graph and node size, also through `layoutMap`): first run (which loads ELK) plus 5 warm runs on the example and',
      `100 nodes and 2 at 500 (each takes seconds there); at 2,000 it runs once in a child process that is killed if the layout takes over ${ELK_LIMIT_MS / 1000} s.`,
      'Quality is measured on the positions of the last run: `countOverlaps` counts pairs of 180×64 node boxes that overlap, and',
      '`countCrossings` counts crossings of links drawn as straight lines between node centres (links sharing a node do not count).',
      'Everything runs single-threaded in the benchmark’s own Node process (the browser is idle meanwhile).',
    ],
  };
}
