/** layout: lays out a map file with one of the auto-layouts and writes the result. */
import { serialiseMap } from '../../model/load.ts';
import { moveNodes } from '../../model/operations.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { countCrossings, countOverlaps, documentPositions } from '../../layout/geometry.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
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

export const layoutCommand = defineCommand({
  name: 'layout',
  summary: 'arrange a map with an auto-layout and write the result',
  usage: '<file> [--algorithm <name>] [--out <file>]',
  details: [
    'Algorithms: layered (causes flow toward the focal outcome), clustered (each theme in its own region),',
    'radial (rings by distance from the focal outcome), organic (force-directed, loops stay visible),',
    'elk-layered (the ELK layered layout, slow on big maps; for comparison).',
    'Without --out the map is written to standard output and the summary to standard error.',
    'Exits with 0 on success, 1 when the map is invalid or a file cannot be read or written, 2 when the command is mistyped.',
  ].join('\n'),
  options: {
    algorithm: { type: 'string', short: 'a', valueName: 'name', description: `${LAYOUT_ALGORITHMS.join(', ')} (default layered)` },
    out: { type: 'string', short: 'o', valueName: 'file', description: 'write the laid-out map here instead of standard output' },
    only: { type: 'string', valueName: 'ids', description: 'lay out only these nodes (comma-separated ids); the rest stay put' },
    pin: { type: 'string', valueName: 'ids', description: 'keep these nodes (comma-separated ids) where they are, as well as nodes pinned in the map' },
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
    if (options.out === undefined) {
      io.out(serialiseMap(laidOut).trimEnd());
      io.err(summary);
      return EXIT_OK;
    }
    try {
      await writeText(io, options.out, serialiseMap(laidOut));
    } catch (err) {
      io.err(`${options.out}: ${describeWriteError(err)}`);
      return EXIT_FAILED;
    }
    io.out(`ok  ${options.out}  (${summary})`);
    return EXIT_OK;
  },
});
