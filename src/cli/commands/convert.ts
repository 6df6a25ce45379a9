/**
 * convert: a map from or to another tool's format (Kumu, Mental Modeler, …).
 * Reads any file the app can open, says what was imported and what was not,
 * and writes through a temporary file renamed into place, so a failed write
 * never leaves half a file where the old one was.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { serialiseMap } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import { WRITERS, writerFor } from '../../formats/registry.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, ReportLine } from '../../formats/types.ts';
import { readMapFile, describeReadError } from '../read-map.ts';
import { defineCommand, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from '../types.ts';

/** Our own format, which every other is converted to or from. */
const OWN = { id: 'system-canvas', label: 'System Canvas map (.json)' } as const;
const CONVERT_FORMATS: readonly string[] = [OWN.id, ...WRITERS.map((w) => w.id)];

class ConvertUsage extends Error {}

function describeReport(line: ReportLine): string {
  return `  ${line.status.padEnd(7)}  ${line.count} ${line.what}${line.detail ? ` (${line.detail})` : ''}`;
}

/** The paths to write: the main file at --out, companions beside it (map.csv -> map-elements.csv, map-connections.csv). */
function outputPaths(out: string, file: ExportedFile): { path: string; file: ExportedFile }[] {
  if (!file.companions?.length) return [{ path: out, file }];
  const ext = extname(out);
  const stem = out.slice(0, out.length - ext.length).replace(/-(elements|connections)$/i, '');
  const suffix = (f: ExportedFile) => /-(elements|connections)\.[^.]+$/i.exec(f.fileName)?.[0] ?? `-${f.fileName}`;
  return [file, ...file.companions].map((f) => ({ path: `${stem}${suffix(f)}`, file: f }));
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

function describeWriteError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'cannot write the file: its folder does not exist';
  if (code === 'EISDIR') return 'cannot write the file: this is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write the file: permission denied';
  return `cannot write the file${err instanceof Error ? ` (${err.message})` : ''}`;
}

async function readPair(paths: string[], io: CliIo): Promise<ImportOutcome> {
  const { readCsvFiles, kumuFormatOf } = await import('../../formats/kumu/index.ts');
  const files = [];
  for (const path of paths) {
    try {
      const bytes = io.readBytes ? await io.readBytes(path) : new TextEncoder().encode(await io.readFile(path));
      files.push({ name: basename(path), bytes });
    } catch (err) {
      return { ok: false, format: null, problems: [{ where: path, message: describeReadError(err) }] };
    }
  }
  const notCsv = files.find((f) => kumuFormatOf(f) !== 'kumu-csv');
  if (notCsv) return { ok: false, format: null, problems: [{ where: notCsv.name, message: 'two inputs are read only as Kumu CSV files (elements and connections); this one is not' }] };
  return readCsvFiles(files);
}

export const convertCommand = defineCommand({
  name: 'convert',
  summary: "convert a map to or from another tool's format",
  usage: '<file> [connections.csv] --to <format> --out <file>',
  details: [
    `Formats: ${CONVERT_FORMATS.join(', ')}.`,
    'The input may be a System Canvas map or any file the app can import (recognised from its content);',
    "Kumu's CSV layout may be given as two files, elements and connections.",
    'kumu-csv writes two files beside --out: NAME-elements.csv and NAME-connections.csv.',
    'Private notes are left out unless --private-notes is given.',
    'Exits with 0 on success, 1 when the input cannot be read or the output cannot be written, 2 when the command is mistyped.',
  ].join('\n'),
  options: {
    to: { type: 'string', short: 't', valueName: 'format', description: `the format to write: ${CONVERT_FORMATS.join(', ')}` },
    out: { type: 'string', short: 'o', valueName: 'file', description: 'where to write the result' },
    'private-notes': { type: 'boolean', description: 'include private notes' },
    encoding: { type: 'string', valueName: 'xml|json', description: 'Mental Modeler only: the encoding of the .mmp (default xml)' },
  },
  positionals: { min: 1, max: 2, name: 'file' },
  async run({ positionals, options }, io) {
    try {
      if (!options.to) throw new ConvertUsage('--to is required');
      if (!CONVERT_FORMATS.includes(options.to)) throw new ConvertUsage(`unknown format "${options.to}"; choose ${CONVERT_FORMATS.join(', ')}`);
      if (!options.out) throw new ConvertUsage('--out is required');
      if (positionals.some((p) => resolve(p) === resolve(options.out!))) throw new ConvertUsage('--out is the input file itself; choose another name so it is not overwritten');
      if (options.encoding !== undefined && (options.to !== 'mental-modeler' || !['xml', 'json'].includes(options.encoding))) {
        throw new ConvertUsage('--encoding is xml or json, and goes with --to mental-modeler');
      }
    } catch (err) {
      if (!(err instanceof ConvertUsage)) throw err;
      io.err(`system-canvas convert: ${err.message}`);
      io.err('Run "system-canvas help convert" for usage.');
      return EXIT_USAGE;
    }

    let doc: MapDocument;
    let report: ReportLine[] = [];
    let from = 'System Canvas';
    if (positionals.length === 2) {
      const outcome = await readPair(positionals, io);
      if (!outcome.ok) {
        for (const p of outcome.problems) io.err(`${p.where || positionals.join(', ')}: ${p.message}`);
        return EXIT_FAILED;
      }
      ({ doc, report } = outcome.result);
      from = outcome.result.tool;
    } else {
      const path = positionals[0]!;
      const result = await readMapFile(path, io);
      if (!result.ok) {
        for (const p of result.problems) io.err(`${path}: ${p.where ? `${p.where}: ` : ''}${p.message}`);
        return EXIT_FAILED;
      }
      doc = result.doc;
      if (result.imported) {
        report = result.imported.report;
        from = result.imported.tool;
      }
    }

    // Writers take the options they know (Mental Modeler reads encoding) and ignore the rest.
    const writeOptions: ExportOptions & { encoding?: string } = { includePrivateNotes: options['private-notes'] === true };
    if (options.encoding) writeOptions.encoding = options.encoding;
    const file: ExportedFile =
      options.to === OWN.id ? { fileName: 'map.json', mimeType: 'application/json', data: serialiseMap(doc) } : await writerFor(options.to)!.write(doc, writeOptions);
    const targets = outputPaths(options.out!, file);
    for (const t of targets) {
      try {
        await writeAtomically(t.path, t.file.data);
      } catch (err) {
        io.err(`${t.path}: ${describeWriteError(err)}`);
        return EXIT_FAILED;
      }
    }
    const counts = `${Object.keys(doc.nodes).length} nodes, ${Object.keys(doc.links).length} links, ${Object.keys(doc.clusters).length} themes`;
    io.out(`ok  ${targets.map((t) => t.path).join(' and ')}  (${counts}; read from ${from}, written as ${options.to})`);
    for (const line of report) io.out(describeReport(line));
    for (const warning of file.warnings ?? []) io.err(`warning: ${warning}`);
    return EXIT_OK;
  },
});
