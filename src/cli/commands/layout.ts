/** layout: lays out a map file with one of the auto-layouts and writes the result. */
import { serialiseMap } from '../../model/load.ts';
import { moveNodes } from '../../model/operations.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { countCrossings, countOverlaps, documentPositions } from '../../layout/geometry.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import { readability, type Readability } from '../../layout/readability.ts';
import { isLayoutAlgorithm, LAYOUT_ALGORITHMS, type LayoutAlgorithm } from '../../layout/types.ts';
import { loadMapOrReport } from '../read-map.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from '../types.ts';

/** An io that can also write files; tests provide writeFile, the real CLI falls back to the file system. */
type WritingIo = CliIo & { writeFile?(path: string, text: string): Promise<void> };

class LayoutUsage extends Error {}

function algorithmFrom(value: string | undefined): LayoutAlgorithm {
  const name = value ?? 'layered';
  if (!isLayoutAlgorithm(name)) throw new LayoutUsage(`unknown algorithm "${name}"; choose ${LAYOUT_ALGORITHMS.join(', ')}`);
  return name;
}

function idList(value: string | undefined, option: string): Id[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!ids.length) throw new LayoutUsage(`--${option} needs at least one node id`);
  return ids;
}

async function writeText(io: WritingIo, path: string, text: string): Promise<void> {
  if (io.writeFile) return io.writeFile(path, text);
  // Through a temporary file and a rename, so --out may name the input itself.
  const { writeFileAtomic } = await import('../write-atomic.ts');
  await writeFileAtomic(path, text);
}

function describeWriteError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'cannot write the file: its folder does not exist';
  if (code === 'EISDIR') return 'cannot write the file: this is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write the file: permission denied';
  return `cannot write the file${err instanceof Error ? ` (${err.message})` : ''}`;
}

function measure(doc: MapDocument): string {
  const positions = documentPositions(doc);
  return `${countOverlaps(positions)} overlaps, ${countCrossings(positions, Object.values(doc.links))} crossings`;
}

/** The readability measures of the map as given and as laid out, as a table of plain lines. */
export function readabilityReport(before: Readability, after: Readability, algorithm: string): string[] {
  const themes = (r: Readability) => `${r.contiguousThemes} of ${r.themes}`;
  const rows: [string, (r: Readability) => string][] = [
    ['Links drawn through other boxes', (r) => String(r.linksThroughBoxes)],
    ['Overlapping boxes', (r) => String(r.overlaps)],
    ['Crossings (links drawn straight)', (r) => String(r.crossings)],
    ['Themes forming one region', themes],
    ['Smallest label with the map fitted to 1440 × 900', (r) => `${r.smallestLabelPx.toFixed(1)} px`],
    // The first routing in a process also pays for compiling the router, so "as given" reads slower.
    ['Time to route every link (the first includes start-up)', (r) => `${Math.round(r.routingMs)} ms`],
  ];
  const head = ['Readability', 'as given', `after ${algorithm}`];
  const cells = [head, ...rows.map(([name, f]) => [name, f(before), f(after)])];
  const width = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  return cells.map((c) => `${c[0]!.padEnd(width[0]!)}  ${c[1]!.padStart(width[1]!)}  ${c[2]!.padStart(width[2]!)}`);
}

export const layoutCommand = defineCommand({
  name: 'layout',
  summary: 'arrange a map with an auto-layout and write the result',
  usage: '<file> [--algorithm <name>] [--out <file>] [--report]',
  details: [
    'Algorithms: layered (causes flow toward the focal outcome), clustered (each theme in its own region),',
    'radial (rings by distance from the focal outcome), organic (force-directed, loops stay visible),',
    'elk-layered (the ELK layered layout, slow on big maps; for comparison).',
    'Without --out the map is written to standard output and the summary to standard error.',
    'With --report the summary is followed by readability measures before and after: links drawn (routed round boxes) through',
    'other nodes, overlapping boxes, crossings, themes forming one region, the smallest label at fit-to-screen, routing time.',
    'Exits with 0 on success, 1 when the map is invalid or a file cannot be read or written, 2 when the command is mistyped.',
  ].join('\n'),
  options: {
    algorithm: { type: 'string', short: 'a', valueName: 'name', description: `${LAYOUT_ALGORITHMS.join(', ')} (default layered)` },
    out: { type: 'string', short: 'o', valueName: 'file', description: 'write the laid-out map here instead of standard output' },
    only: { type: 'string', valueName: 'ids', description: 'lay out only these nodes (comma-separated ids); the rest stay put' },
    pin: { type: 'string', valueName: 'ids', description: 'keep these nodes (comma-separated ids) where they are, as well as nodes pinned in the map' },
    report: { type: 'boolean', description: 'also print readability measures of the map before and after' },
  },
  positionals: { min: 1, max: 1, name: 'file' },
  async run({ positionals, options }, io: WritingIo) {
    let algorithm: LayoutAlgorithm;
    let only: Id[] | undefined;
    let pin: Id[] | undefined;
    try {
      algorithm = algorithmFrom(options.algorithm);
      only = idList(options.only, 'only');
      pin = idList(options.pin, 'pin');
      if (options.out === '') throw new LayoutUsage('--out needs a file name');
    } catch (err) {
      if (!(err instanceof LayoutUsage)) throw err;
      io.err(`system-canvas layout: ${err.message}`);
      io.err('Run "system-canvas help layout" for usage.');
      return EXIT_USAGE;
    }
    const path = positionals[0]!;
    const doc = await loadMapOrReport(path, io);
    if (!doc) return EXIT_FAILED;
    const missing = [...(only ?? []), ...(pin ?? [])].filter((id) => !Object.hasOwn(doc.nodes, id));
    if (missing.length) {
      io.err(`${path}: no node with id ${missing.map((id) => `"${id}"`).join(', ')} in this map`);
      return EXIT_FAILED;
    }

    // Nodes pinned in the map stay put as well as the ones named on the command line.
    const pinned = new Set([...(pin ?? []), ...Object.values(doc.nodes).filter((node) => node.pinned).map((node) => node.id)]);
    const positions = await layoutMap(doc, { algorithm, nodeIds: only, pinned });
    const laidOut = moveNodes(positions).apply(doc);
    const count = Object.keys(positions).length;
    const summary = `${algorithm}: ${count} node${count === 1 ? '' : 's'} placed, ${measure(laidOut)} (before: ${measure(doc)})`;
    const report = options.report ? readabilityReport(readability(doc, performance.now.bind(performance)), readability(laidOut, performance.now.bind(performance)), algorithm) : [];
    if (options.out === undefined) {
      io.out(serialiseMap(laidOut).trimEnd());
      io.err(summary);
      for (const line of report) io.err(line);
      return EXIT_OK;
    }
    try {
      await writeText(io, options.out, serialiseMap(laidOut));
    } catch (err) {
      io.err(`${options.out}: ${describeWriteError(err)}`);
      return EXIT_FAILED;
    }
    io.out(`ok  ${options.out}  (${summary})`);
    for (const line of report) io.out(line);
    return EXIT_OK;
  },
});
