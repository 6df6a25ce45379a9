/**
 * Every other tool's format we read or write, by FormatId. Adding a format is
 * one line in READERS and/or WRITERS. The order of READERS is the order in
 * which sniffers are tried (more specific layouts first). Each format's code
 * is loaded only when it is used, so the app's first download does not grow.
 *
 * (The detection entry point, src/formats/detect.ts, is meant to take over
 * choosing a reader; this table stays the list of what exists.)
 */
import type { MapDocument } from '../model/types.ts';
import type { ExportedFile, ExportOptions, FormatId, ImportOutcome, InputFile } from './types.ts';

export interface FormatReader {
  id: FormatId;
  /** Loads the format's module and says whether the file is this format. */
  sniff(file: InputFile): Promise<boolean>;
  read(file: InputFile): Promise<ImportOutcome>;
}

export interface FormatWriter {
  id: FormatId;
  /** What the user picks from, in their words. */
  label: string;
  write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile>;
}

const kumu = () => import('./kumu/index.ts');
const mentalModeler = () => import('./mental-modeler/index.ts');

export const READERS: readonly FormatReader[] = [
  { id: 'mental-modeler', sniff: async (f) => (await mentalModeler()).sniff(f), read: async (f) => (await mentalModeler()).read(f) },
  { id: 'kumu-xlsx', sniff: async (f) => (await kumu()).kumuFormatOf(f) === 'kumu-xlsx', read: async (f) => (await kumu()).read(f) },
  { id: 'kumu-json', sniff: async (f) => (await kumu()).kumuFormatOf(f) === 'kumu-json', read: async (f) => (await kumu()).read(f) },
  { id: 'kumu-csv', sniff: async (f) => (await kumu()).kumuFormatOf(f) === 'kumu-csv', read: async (f) => (await kumu()).read(f) },
];

export const WRITERS: readonly FormatWriter[] = [
  { id: 'kumu-json', label: 'Kumu JSON backup', write: async (d, o) => (await kumu()).writeJson(d, o) },
  { id: 'kumu-xlsx', label: 'Kumu spreadsheet (.xlsx)', write: async (d, o) => (await kumu()).writeXlsxFile(d, o) },
  { id: 'kumu-csv', label: 'Kumu spreadsheet (two CSV files)', write: async (d, o) => (await kumu()).writeCsvFiles(d, o) },
  { id: 'mental-modeler', label: 'Mental Modeler (.mmp)', write: async (d, o) => (await mentalModeler()).write(d, o) },
];

export const writerFor = (id: string): FormatWriter | undefined => WRITERS.find((w) => w.id === id);

/** The first reader whose sniffer recognises the file, or null. */
export async function readerFor(file: InputFile): Promise<FormatReader | null> {
  for (const reader of READERS) if (await reader.sniff(file)) return reader;
  return null;
}

/** Reads any file another tool wrote; null when no format recognises it. */
export async function importFile(file: InputFile): Promise<ImportOutcome | null> {
  const reader = await readerFor(file);
  return reader ? reader.read(file) : null;
}
