/**
 * Analysis in Node, in this process: finding feedback loops in the example and
 * key factors (betweenness) of a large generated map.
 */
import { countLoops, findLoops, keyFactors } from '../src/analysis/index.ts';
import { atMost, ms, type Section } from './report.ts';
import { EXAMPLE_PATH, generated, loadExample, timed } from './maps.ts';
import { median, round } from './stats.ts';

export const LOOPS_TARGET_MS = 200;
export const KEY_FACTORS_TARGET_MS = 1000;
const LOOP_MAX_LENGTH = 6;
const WARM_RUNS = 7;
const BIG = { nodes: 2000, links: 6000, seed: 1 };

export interface AnalysisResult {
  loops: {
    firstMs: number;
    warmMs: number[];
    medianMs: number;
    nodes: number;
    links: number;
    total: number;
    R: number;
    B: number;
    unclear: number;
    truncated: boolean;
    truncatedBy: string | null;
  };
  keyFactors: { firstMs: number; warmMs: number[]; medianMs: number; nodes: number; links: number; factors: number };
}

export async function measureAnalysis(): Promise<AnalysisResult> {
  const example = loadExample();
  const first = await timed(() => findLoops(example, { maxLength: LOOP_MAX_LENGTH }));
  const warm: number[] = [];
  let search = first.value;
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await timed(() => findLoops(example, { maxLength: LOOP_MAX_LENGTH }));
    warm.push(round(run.ms, 2));
    search = run.value;
  }
  const counts = countLoops(search.loops);

  const big = generated(BIG.nodes, BIG.links, BIG.seed);
  const kfFirst = await timed(() => keyFactors(big));
  const kfWarm: number[] = [];
  for (let i = 0; i < 3; i++) kfWarm.push(round((await timed(() => keyFactors(big))).ms, 1));

  return {
    loops: {
      firstMs: round(first.ms, 2),
      warmMs: warm,
      medianMs: median(warm),
      nodes: Object.keys(example.nodes).length,
      links: Object.keys(example.links).length,
      total: counts.total,
      R: counts.R,
      B: counts.B,
      unclear: counts.unclear,
      truncated: search.truncated,
      truncatedBy: search.truncatedBy,
    },
    keyFactors: {
      firstMs: round(kfFirst.ms, 1),
      warmMs: kfWarm,
      medianMs: median(kfWarm),
      nodes: Object.keys(big.nodes).length,
      links: Object.keys(big.links).length,
      factors: kfFirst.value.length,
    },
  };
}

export function analysisSection(r: AnalysisResult): Section {
  const l = r.loops;
  const k = r.keyFactors;
  return {
    title: 'Analysis (Node)',
    summary: `Feedback loops in the healthy-weight example (${l.nodes} nodes, ${l.links} links) and key factors of a generated map of ${k.nodes} nodes and ${k.links} links, timed in Node in the benchmark’s own process.`,
    rows: [
      {
        measure: `Loops up to ${LOOP_MAX_LENGTH} links in the example, median of ${l.warmMs.length} warm runs`,
        value: ms(l.medianMs),
        target: `≤ ${ms(LOOPS_TARGET_MS)}`,
        status: atMost(l.medianMs, LOOPS_TARGET_MS),
      },
      { measure: 'Loops: first (cold) run', value: ms(l.firstMs) },
      {
        measure: 'Loops found (reinforcing / balancing / unclear)',
        value: `${l.total} (${l.R} R / ${l.B} B / ${l.unclear} unclear); ${l.truncated ? `TRUNCATED by ${l.truncatedBy}` : 'complete, not truncated'}`,
      },
      {
        measure: `Key factors (betweenness and degrees), ${k.nodes} nodes / ${k.links} links, first run`,
        value: ms(k.firstMs),
        target: `≤ ${ms(KEY_FACTORS_TARGET_MS)}`,
        status: atMost(k.firstMs, KEY_FACTORS_TARGET_MS),
      },
      { measure: `Key factors, median of ${k.warmMs.length} warm runs`, value: ms(k.medianMs) },
    ],
    method: [
      `Loads \`${EXAMPLE_PATH}\` with the app’s own loader and calls \`findLoops(doc, { maxLength: ${LOOP_MAX_LENGTH} })\` (the default limits of`,
      `5,000 loops and 2 s stay on) once cold and ${l.warmMs.length} more times; the target applies to the median of the warm runs, each timed`,
      'with `performance.now()` around the call. Then `generateMap({ nodes: 2000, links: 6000, seed: 1 })` and `keyFactors` on it (Brandes',
      'betweenness plus degrees, as the key-factors panel and the CLI compute them), timed cold (the target applies to that, since a user',
      `gets the first run) and ${k.warmMs.length} times warm. Single-threaded, in the same Node process as the rest of the benchmark.`,
    ],
  };
}
