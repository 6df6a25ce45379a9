/**
 * Just enough of .xlsx (Office Open XML spreadsheets) to read and write
 * Kumu's import workbooks: sheet names, and cells as text.
 *
 * Why our own instead of a spreadsheet library: the npm "xlsx" package is
 * stale with published advisories; exceljs pulls in a large dependency tree
 * for styling we do not need; read-excel-file and write-excel-file are two
 * packages for what is, for plain cells, a zip of a few XML files. fflate
 * (zip, small, well kept) and fast-xml-parser (already used for XML imports)
 * do it, both loaded only when a workbook is opened or saved.
 *
 * Guards: the zip's listed sizes are checked before anything is inflated
 * (a zip bomb cannot expand past MAX_UNZIPPED), only the parts we need are
 * inflated, and the XML goes through the same safe parser as other imports.
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import { escapeXml, parseXml } from '../xml-safe.ts';
import { isRecord, text } from '../map-builder.ts';
import type { Sheet } from './sheets.ts';

const MAX_UNZIPPED = MAX_FILE_BYTES * 4;
const MAX_CELLS = 2_000_000;

export class XlsxProblem extends Error {
  override name = 'XlsxProblem';
}

export function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) return false;
  // The part names are stored as plain text in the zip's headers.
  const names = new TextDecoder('latin1').decode(bytes.length > 2_000_000 ? bytes.subarray(bytes.length - 2_000_000) : bytes);
  return names.includes('xl/workbook.xml');
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

/** Text of a shared string or inline string: plain <t>, or rich text runs <r><t>. */
function richText(si: unknown): string {
  if (!isRecord(si)) return text(si);
  const t = si.t;
  const plain = isRecord(t) ? text(t['#text']) : text(t);
  return plain + asArray(si.r).map((r) => (isRecord(r) ? (isRecord(r.t) ? text(r.t['#text']) : text(r.t)) : '')).join('');
}

/** maxUnzipped is the most the parts we read may unpack to (tests pass a small one). */
export async function readXlsx(bytes: Uint8Array, maxUnzipped = MAX_UNZIPPED): Promise<Sheet[]> {
  const { unzipSync, strFromU8 } = await import('fflate');
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(f.name);
        if (!wanted) return false;
        total += f.originalSize;
        if (total > maxUnzipped) throw new XlsxProblem(`the workbook unpacks to more than ${Math.round(maxUnzipped / 1048576)} MB; it was not read`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof XlsxProblem) throw err;
    throw new XlsxProblem(`not a readable .xlsx workbook (${err instanceof Error ? err.message : String(err)})`);
  }
  const part = async (name: string, arrays: string[]) => (files[name] ? parseXml(strFromU8(files[name]!), { arrays }) : null);
  const workbook = await part('xl/workbook.xml', ['sheet']);
  if (!workbook) throw new XlsxProblem('not a readable .xlsx workbook: it has no xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels', ['Relationship']);
  const targets = new Map<string, string>();
  const relList = isRecord(rels) && isRecord(rels.Relationships) ? asArray(rels.Relationships.Relationship) : [];
  for (const r of relList) if (isRecord(r)) targets.set(text(r['@_Id']), text(r['@_Target']).replace(/^\/?xl\//, '').replace(/^\//, ''));
  const shared = await part('xl/sharedStrings.xml', ['si', 'r']);
  const strings = isRecord(shared) && isRecord(shared.sst) ? asArray(shared.sst.si).map(richText) : [];

  const wb = isRecord(workbook.workbook) ? workbook.workbook : {};
  const sheetList = isRecord(wb.sheets) ? asArray(wb.sheets.sheet) : [];
  const sheets: Sheet[] = [];
  let cells = 0;
  for (const [i, s] of sheetList.entries()) {
    if (!isRecord(s)) continue;
    const target = targets.get(text(s['@_r:id'])) ?? `worksheets/sheet${i + 1}.xml`;
    const xml = await part(`xl/${target}`, ['row', 'c']);
    const data = isRecord(xml) && isRecord(xml.worksheet) && isRecord(xml.worksheet.sheetData) ? xml.worksheet.sheetData : {};
    const rows: string[][] = [];
    for (const row of asArray(data.row)) {
      if (!isRecord(row)) continue;
      const at = Number(text(row['@_r'])) - 1;
      const r = Number.isInteger(at) && at >= 0 && at < 1_048_576 ? at : rows.length;
      const out: string[] = [];
      for (const c of asArray(row.c)) {
        if (!isRecord(c)) continue;
        if (++cells > MAX_CELLS) throw new XlsxProblem(`the workbook has more than ${MAX_CELLS} cells; it was not read`);
        const col = c['@_r'] ? columnOf(text(c['@_r'])) : out.length;
        if (col < 0 || col > 16_383) continue;
        const type = text(c['@_t']);
        const v = isRecord(c.v) ? text(c.v['#text']) : text(c.v);
        out[col] = type === 's' ? (strings[Number(v)] ?? '') : type === 'inlineStr' ? richText(c.is) : type === 'b' ? (v === '1' ? 'true' : 'false') : v;
      }
      rows[r] = Array.from(out, (cell) => cell ?? '');
    }
    sheets.push({ name: text(s['@_name']), rows: Array.from(rows, (row) => row ?? []) });
  }
  return sheets;
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(rows: string[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        // Numbers stay numbers so the spreadsheet can sum them; everything else is inline text.
        if (r > 0 && value !== '' && /^-?\d+(\.\d+)?$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

export async function writeXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((s, i) => `<sheet name="${escapeXml(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        '</Relationships>',
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))));
  return zipSync(files, { level: 6 });
}
