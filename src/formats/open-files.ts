/**
 * What a set of files the user opened or dropped becomes: our own map (read
 * by the map loader, so an upgrade from an older file format is reported), or
 * another tool's map with its import report. Kumu's import layout comes as
 * two CSV files, elements and connections, so two such files are read
 * together; otherwise one file is read and the rest are named as not opened,
 * never silently dropped. Pure: the app runs it in a worker, tests in Node.
 */
import { parseMapText, type LoadResult } from '../model/load.ts';
import { decodeMapBytes } from '../model/decode.ts';
import { importFile, looksLikeSystemCanvas } from './detect.ts';
import { kumuFormatOf, readCsvFiles } from './kumu/index.ts';
import type { ImportOutcome, InputFile } from './types.ts';

export type OpenedFiles = {
  /** The names of the files that were read, in the order given. */
  used: string[];
  /** Files given but not read, so the user can be told. */
  notOpened: string[];
} & ({ kind: 'own'; load: LoadResult } | { kind: 'other'; outcome: ImportOutcome });

export async function openFiles(files: InputFile[]): Promise<OpenedFiles> {
  if (files.length === 0) throw new Error('openFiles needs at least one file');
  const rest = (read: InputFile[]) => files.filter((f) => !read.includes(f)).map((f) => f.name);

  const kumuCsv = files.length > 1 ? files.filter((f) => kumuFormatOf(f) === 'kumu-csv').slice(0, 2) : [];
  if (kumuCsv.length === 2) {
    return { kind: 'other', used: kumuCsv.map((f) => f.name), notOpened: rest(kumuCsv), outcome: await readCsvFiles(kumuCsv) };
  }

  const file = files[0]!;
  const used = [file.name];
  const notOpened = rest([file]);
  if (looksLikeSystemCanvas(file)) return { kind: 'own', used, notOpened, load: parseMapText(decodeMapBytes(file.bytes)) };
  const outcome = await importFile(file);
  // An unrecognised JSON file is read as ours, so it gets the map loader's message.
  if (outcome.ok && outcome.result.format === 'system-canvas') return { kind: 'own', used, notOpened, load: { ok: true, doc: outcome.result.doc, migratedFrom: null } };
  if (!outcome.ok && outcome.format === 'system-canvas') return { kind: 'own', used, notOpened, load: { ok: false, problems: outcome.problems } };
  return { kind: 'other', used, notOpened, outcome };
}
