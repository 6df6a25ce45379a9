/** analyse: feedback loops and key factors of a map, as text tables or JSON. */
import { countLoops, sortLoops } from '../../analysis/loopQueries.ts';
import { DEFAULT_MAX_LOOP_LENGTH, findLoops, type LoopSearch } from '../../analysis/loops.ts';
import { keyFactors, sortKeyFactors, type KeyFactor, type KeyFactorSort } from '../../analysis/measures.ts';
import { loopChain } from '../../analysis/describe.ts';
import type { MapDocument } from '../../model/types.ts';
import { oneLine } from '../../model/problem-text.ts';
import { loadMapOrReport } from '../read-map.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from '../types.ts';

const MAX_LOOP_LENGTH_ALLOWED = 20;
const LABEL_WIDTH = 40;

/** The names the command line uses for each sort, in the users' words. */
const SORTS: Record<string, KeyFactorSort> = {
  betweenness: 'betweenness',
  in: 'in',
  out: 'out',
  'weighted-in': 'weightedIn',
  'weighted-out': 'weightedOut',
  leverage: 'leverage',
  label: 'label',
};

class AnalyseUsage extends Error {}

interface Plan {
  loops: boolean;
  measures: boolean;
  maxLength: number;
  sort: KeyFactorSort;
  limit: number;
  json: boolean;
}

export const analyseCommand = defineCommand({
  name: 'analyse',
  summary: 'list a map\'s feedback loops and key factors',
  usage: '<file> --loops | --measures',
  details: [
    'Loops are reinforcing (R: an even number of − links), balancing (B: an odd number) or unclear (a ? link).',
    'Loop strength is the geometric mean of strength / 3 over its links: 1 when every link is strong.',
    'Key factors: links in and out, the sums of their strengths, betweenness (normalised, 0 to 1),',
    'role (driver or receiver when one weighted side is at least twice the other) and',
    'leverage (weighted out / (1 + weighted in)). See docs/analysis.md.',
    'Exits with 0 on success, 1 when the map is invalid or cannot be read, 2 when the command is mistyped.',
  ].join('\n'),
  options: {
    loops: { type: 'boolean', description: 'list the feedback loops' },
    measures: { type: 'boolean', description: 'list the key factors' },
    'max-length': { type: 'string', valueName: 'links', description: `longest loop to look for (default ${DEFAULT_MAX_LOOP_LENGTH})` },
    sort: { type: 'string', valueName: 'column', description: `sort key factors by ${Object.keys(SORTS).join(', ')} (default betweenness)` },
    limit: { type: 'string', valueName: 'n', description: 'show only the first n loops and key factors' },
    json: { type: 'boolean', description: 'print JSON instead of tables' },
  },
  positionals: { min: 1, max: 1, name: 'file' },
  async run({ positionals, options }, io) {
    let plan: Plan;
    try {
      plan = planFrom(options);
    } catch (err) {
      if (!(err instanceof AnalyseUsage)) throw err;
      io.err(`system-canvas analyse: ${err.message}`);
      io.err('Run "system-canvas help analyse" for usage.');
      return EXIT_USAGE;
    }
    const path = positionals[0]!;
    const doc = await loadMapOrReport(path, io);
    if (!doc) return EXIT_FAILED;
    const search = plan.loops ? findLoops(doc, { maxLength: plan.maxLength }) : null;
    const rows = plan.measures ? sortKeyFactors(keyFactors(doc), plan.sort) : null;
    if (plan.json) printJson(io, path, doc, search, rows, plan.limit);
    else {
      if (search) printLoops(io, doc, search, plan.limit);
      if (search && rows) io.out('');
      if (rows) printKeyFactors(io, rows, plan.limit);
    }
    return EXIT_OK;
  },
});

function planFrom(options: Record<string, string | boolean | undefined>): Plan {
  const loops = options.loops === true;
  const measures = options.measures === true;
  if (!loops && !measures) throw new AnalyseUsage('say what to analyse: --loops, --measures, or both');
  const rawLength = options['max-length'];
  const rawSort = options.sort;
  if (typeof rawLength === 'string' && !loops) throw new AnalyseUsage('--max-length goes with --loops');
  if (typeof rawSort === 'string' && !measures) throw new AnalyseUsage('--sort goes with --measures');
  const maxLength = typeof rawLength === 'string' ? wholeNumber('--max-length', rawLength, 1, MAX_LOOP_LENGTH_ALLOWED) : DEFAULT_MAX_LOOP_LENGTH;
  const limit = typeof options.limit === 'string' ? wholeNumber('--limit', options.limit, 1, Number.MAX_SAFE_INTEGER) : Infinity;
  let sort: KeyFactorSort = 'betweenness';
  if (typeof rawSort === 'string') {
    const chosen = Object.hasOwn(SORTS, rawSort) ? SORTS[rawSort] : undefined;
    if (!chosen) throw new AnalyseUsage(`cannot sort by "${rawSort}"; choose one of ${Object.keys(SORTS).join(', ')}`);
    sort = chosen;
  }
  return { loops, measures, maxLength, sort, limit, json: options.json === true };
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new AnalyseUsage(`${option} takes a whole number${max === Number.MAX_SAFE_INTEGER ? ` of at least ${min}` : ` from ${min} to ${max}`}, not "${text}"`);
  }
  return value;
}

const KIND_NAMES = { R: 'reinforcing (R)', B: 'balancing (B)', unclear: 'unclear' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function loopSummary(search: LoopSearch): string {
  const c = countLoops(search.loops);
  const kinds = (['R', 'B', 'unclear'] as const).map((k) => `${c[k]} ${KIND_NAMES[k]}`).join(', ');
  const end = search.truncated ? `search stopped early: ${search.reason}` : 'search complete';
  return `${plural(c.total, 'loop')} of up to ${plural(search.maxLength, 'link')}: ${kinds}; ${end}.`;
}

function printLoops(io: CliIo, doc: MapDocument, search: LoopSearch, limit: number): void {
  const loops = sortLoops(search.loops, 'length');
  const shown = loops.slice(0, limit);
  if (shown.length) {
    io.out(`${'kind'.padEnd(7)}  ${'links'.padStart(5)}  ${'strength'.padStart(8)}  loop`);
    for (const loop of shown) {
      io.out(`${loop.kind.padEnd(7)}  ${String(loop.length).padStart(5)}  ${loop.strength.toFixed(2).padStart(8)}  ${oneLine(loopChain(doc, loop))}`);
    }
  }
  if (shown.length < loops.length) io.out(`(showing the first ${shown.length} of ${loops.length}, shortest first)`);
  io.out(loopSummary(search));
}

const COLUMNS: { title: string; cell: (r: KeyFactor) => string }[] = [
  { title: 'in', cell: (r) => String(r.inDegree) },
  { title: 'out', cell: (r) => String(r.outDegree) },
  { title: 'weighted in', cell: (r) => number(r.weightedIn) },
  { title: 'weighted out', cell: (r) => number(r.weightedOut) },
  { title: 'betweenness', cell: (r) => r.betweennessNormalised.toFixed(3) },
  { title: 'role', cell: (r) => r.role },
  { title: 'leverage', cell: (r) => r.leverage.toFixed(2) },
];

/** Whole numbers as they are, fractions (finer strengths) to one decimal place. */
const number = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function printKeyFactors(io: CliIo, rows: readonly KeyFactor[], limit: number): void {
  const shown = rows.slice(0, limit);
  // A label may hold newlines; a table row must stay one line.
  const labels = shown.map((r) => oneLine(r.label.length > LABEL_WIDTH ? `${r.label.slice(0, LABEL_WIDTH - 1)}…` : r.label));
  const labelWidth = Math.max('label'.length, ...labels.map((l) => l.length));
  const cells = shown.map((r) => COLUMNS.map((c) => c.cell(r)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i]!.length)));
  // Text columns line up on the left, numbers on the right.
  const pad = (text: string, i: number) => (COLUMNS[i]!.title === 'role' ? text.padEnd(widths[i]!) : text.padStart(widths[i]!));
  io.out(['label'.padEnd(labelWidth), ...COLUMNS.map((c, i) => pad(c.title, i))].join('  ').trimEnd());
  shown.forEach((_, r) => io.out([labels[r]!.padEnd(labelWidth), ...cells[r]!.map(pad)].join('  ').trimEnd()));
  if (shown.length < rows.length) io.out(`(showing the first ${shown.length} of ${rows.length})`);
}

function printJson(io: CliIo, path: string, doc: MapDocument, search: LoopSearch | null, rows: readonly KeyFactor[] | null, limit: number): void {
  const out: Record<string, unknown> = { file: path, title: doc.meta.title };
  if (search) {
    out.loops = {
      maxLength: search.maxLength,
      truncated: search.truncated,
      reason: search.reason,
      counts: countLoops(search.loops),
      loops: sortLoops(search.loops, 'length')
        .slice(0, limit)
        .map((l) => ({ ...l, chain: loopChain(doc, l) })),
    };
  }
  if (rows) out.keyFactors = rows.slice(0, limit);
  io.out(JSON.stringify(out, null, 2));
}
