/**
 * Kumu: the JSON backup or blueprint (kumu-json), the spreadsheet import
 * layout as one .xlsx workbook (kumu-xlsx) or as two CSV files, elements and
 * connections (kumu-csv). All three end in the same builder (model.ts).
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import type { MapDocument } from '../../model/types.ts';
import { baseName, decodeText, failure, head } from '../map-builder.ts';
import { XmlProblem } from '../xml-safe.ts';
import type { ExportedFile, ExportOptions, FormatId, ImportOutcome, InputFile } from '../types.ts';
import { fromJson, KumuJsonProblem, looksLikeKumuJson, toJson } from './json.ts';
import { buildMap, type KumuData } from './model.ts';
import { fromSheets, sheetKind, toSheets, type Sheet } from './sheets.ts';
import { looksLikeXlsx, readXlsx, writeXlsx, XlsxProblem } from './xlsx.ts';

const tooBig = (format: FormatId, file: InputFile) =>
  file.bytes.length > MAX_FILE_BYTES ? failure(format, file.name, `the file is ${(file.bytes.length / 1048576).toFixed(1)} MB; maps are at most ${MAX_FILE_BYTES / 1048576} MB`) : null;
const titleOf = (file: InputFile) => file.name.replace(/\.[^.]+$/, '').replace(/[-_ ](elements|connections)$/i, '');

/** Which of the three Kumu formats a file is, from its content; null when none. */
export function kumuFormatOf(file: InputFile): FormatId | null {
  if (looksLikeXlsx(file.bytes)) return 'kumu-xlsx';
  const start = head(file.bytes);
  if (looksLikeKumuJson(start)) return 'kumu-json';
  const firstLine = start.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',') && !firstLine.includes(';') && !firstLine.includes('\t')) return null;
  const cells = firstLine.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  return sheetKind({ name: file.name, rows: [cells] }) ? 'kumu-csv' : null;
}

export function sniff(file: InputFile): boolean {
  return kumuFormatOf(file) !== null;
}

async function csvSheet(file: InputFile): Promise<Sheet> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(decodeText(file.bytes), { skipEmptyLines: 'greedy' });
  return { name: file.name, rows: parsed.data.map((row) => row.map((cell) => String(cell ?? ''))) };
}

/** Kumu's CSV import: one file of elements, one of connections, or both (in either order). */
export async function readCsvFiles(files: InputFile[]): Promise<ImportOutcome> {
  for (const f of files) {
    const big = tooBig('kumu-csv', f);
    if (big) return big;
  }
  const sheets = await Promise.all(files.map(csvSheet));
  const data = fromSheets(sheets, titleOf(files[0]!));
  if (!data) return failure('kumu-csv', files.map((f) => f.name).join(', '), 'not Kumu CSV: the first row must start with Label (elements) or with From and To (connections), optionally after ID');
  return buildMap(data, 'kumu-csv');
}

async function readData(file: InputFile, format: FormatId): Promise<KumuData | ImportOutcome> {
  try {
    if (format === 'kumu-json') {
      let raw: unknown;
      try {
        raw = JSON.parse(decodeText(file.bytes));
      } catch (err) {
        return failure(format, file.name, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      return fromJson(raw, titleOf(file));
    }
    const sheets = await readXlsx(file.bytes);
    const data = fromSheets(sheets, titleOf(file));
    if (!data) return failure(format, file.name, 'no sheet has Kumu’s layout: an Elements sheet starting with Label, or a Connections sheet starting with From and To (optionally after ID)');
    return data;
  } catch (err) {
    if (err instanceof KumuJsonProblem || err instanceof XlsxProblem || err instanceof XmlProblem) return failure(format, file.name, err.message);
    throw err;
  }
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const format = kumuFormatOf(file);
  const big = tooBig(format ?? 'kumu-json', file);
  if (big) return big;
  if (format === 'kumu-csv') return readCsvFiles([file]);
  if (format === null) {
    const start = head(file.bytes).trimStart();
    // A JSON file that is not recognised still gets a precise message from the JSON reader.
    if (!start.startsWith('{') && !start.startsWith('[')) return failure(null, file.name, 'not a Kumu file: expected a JSON backup, an .xlsx workbook or a CSV file in Kumu’s import layout');
  }
  const chosen = format ?? 'kumu-json';
  const data = await readData(file, chosen);
  if (!('elements' in data)) return data;
  return buildMap(data, chosen);
}

const privateWarning = (n: number) => (n ? [`${n} private note${n === 1 ? '' : 's'} left out`] : []);

export async function writeJson(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { text, privateLeft } = toJson(doc, options);
  const warnings = privateWarning(privateLeft);
  return { fileName: `${baseName(doc)}.json`, mimeType: 'application/json', data: text, ...(warnings.length ? { warnings } : {}) };
}

export async function writeXlsxFile(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { elements, connections, privateLeft } = toSheets(doc, options);
  const data = await writeXlsx([
    { name: 'Elements', rows: elements },
    { name: 'Connections', rows: connections },
  ]);
  const warnings = privateWarning(privateLeft);
  return { fileName: `${baseName(doc)}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data, ...(warnings.length ? { warnings } : {}) };
}

export async function writeCsvFiles(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { default: Papa } = await import('papaparse');
  const { elements, connections, privateLeft } = toSheets(doc, options);
  // Spreadsheet programs run cells that start with = + - @ as formulas; a leading ' keeps them text.
  const safe = (rows: string[][]) => rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) && cell !== '++' && cell !== '+-' ? `'${cell}` : cell)));
  const csv = (rows: string[][]) => Papa.unparse(safe(rows), { newline: '\r\n' }) + '\r\n';
  const warnings = privateWarning(privateLeft);
  return {
    fileName: `${baseName(doc)}-elements.csv`,
    mimeType: 'text/csv',
    data: csv(elements),
    companions: [{ fileName: `${baseName(doc)}-connections.csv`, mimeType: 'text/csv', data: csv(connections) }],
    ...(warnings.length ? { warnings } : {}),
  };
}

/** The writer for a FormatId; kumu-json is also the default `write`. */
export const write = writeJson;

