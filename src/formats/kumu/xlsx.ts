/**
 * Just enough of .xlsx (Office Open XML spreadsheets) to read and write
 * Kumu's import workbooks: sheet names, and cells as text.
 *
 * Why our own instead of a spreadsheet library: the npm "xlsx" package is
 * stale with published advisories; exceljs pulls in a large dependency tree
 * for styling we do not need; read-excel-file and write-excel-file are two
 * packages for what is, for plain cells, a zip of a few XML files. fflate
 * (zip, small, well kept) and saxes (the streaming XML parser GraphML and
 * GEXF use) do it, both loaded only when a workbook is opened or saved. The
 * sheets are streamed straight into rows of text, with no tree in between:
 * building a tree with fast-xml-parser (which also checked the XML in a
 * separate pass first) took most of the time of opening a 1,000-row workbook.
 *
 * Guards: the zip's listed sizes are checked before anything is inflated
 * (a zip bomb cannot expand past MAX_UNZIPPED), only the parts we need are
 * inflated, a DOCTYPE or entity declaration is refused as in every XML
 * import, nesting is capped, and cells are counted.
 */
import { MAX_FILE_BYTES } from '../../model/load.ts';
import { escapeXml, refuseDeclarations } from '../xml-safe.ts';
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

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

/** An element's local name: "x:row" -> "row" (some writers prefix the spreadsheet namespace). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

const MAX_DEPTH = 64;

interface Handlers {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

type Saxes = typeof import('saxes').SaxesParser;

/**
 * Streams one part of the workbook through saxes, calling back per element:
 * no tree is built, which is what makes a 1,000-row workbook quick to read.
 * The same guards as every XML import: no DOCTYPE or entity declarations
 * (refused before parsing), nesting capped, errors with line and column.
 */
function scan(SaxesParser: Saxes, xml: string, part: string, on: Handlers): void {
  refuseDeclarations(xml);
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  const problem = (message: string) => new XlsxProblem(`${part}, line ${parser.line}, column ${parser.column}: ${message}`);
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw problem(`elements are nested more than ${MAX_DEPTH} deep; it was not read`);
    on.open(local(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('text', on.text);
  parser.on('cdata', on.text);
  parser.on('closetag', (tag) => {
    depth--;
    on.close(local(tag.name));
  });
  parser.on('error', (err) => {
    throw problem(`not valid XML (${err.message.replace(/^\d+:\d+: /, '')})`);
  });
  parser.write(xml).close();
}

/**
 * Text of shared strings (xl/sharedStrings.xml): each <si> is plain <t> or
 * rich text runs <r><t>; phonetic guides (<rPh>) are not part of the text.
 */
function sharedStrings(SaxesParser: Saxes, xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scan(SaxesParser, xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current && !phonetic) inText = true;
    },
    text(t) {
      if (inText) current!.push(t);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      }
    },
  });
  return strings;
}

/** One worksheet's cells as text rows: shared strings looked up, inline strings read, booleans as words. */
function worksheetRows(SaxesParser: Saxes, xml: string, part: string, strings: string[], counter: { cells: number }): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let rowAt = 0;
  let col = -1;
  let type = '';
  let value: string[] = [];
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  scan(SaxesParser, xml, part, {
    open(name, a) {
      if (name === 'c' && row) {
        if (++counter.cells > MAX_CELLS) throw new XlsxProblem(`the workbook has more than ${MAX_CELLS} cells; it was not read`);
        col = a.r ? columnOf(a.r) : row.length;
        type = a.t ?? '';
        value = [];
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline = true;
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && inInline && !phonetic) inValue = true;
      else if (name === 'row') {
        const at = Number(a.r) - 1;
        rowAt = Number.isInteger(at) && at >= 0 && at < 1_048_576 ? at : rows.length;
        row = [];
      }
    },
    text(t) {
      if (inValue) value.push(t);
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && row) {
        if (col >= 0 && col <= 16_383) {
          const v = value.join('');
          row[col] = type === 's' ? (strings[Number(v)] ?? '') : type === 'b' ? (v.trim() === '1' ? 'true' : 'false') : type === 'inlineStr' ? v : v.trim();
        }
        col = -1;
      } else if (name === 'row' && row) {
        rows[rowAt] = Array.from(row, (cell) => cell ?? '');
        row = null;
      }
    },
  });
  return Array.from(rows, (r) => r ?? []);
}

/** maxUnzipped is the most the parts we read may unpack to (tests pass a small one). */
export async function readXlsx(bytes: Uint8Array, maxUnzipped = MAX_UNZIPPED): Promise<Sheet[]> {
  const [{ unzipSync, strFromU8 }, { SaxesParser }] = await Promise.all([import('fflate'), import('saxes')]);
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
  const partText = (name: string) => (files[name] ? strFromU8(files[name]!) : null);

  const workbook = partText('xl/workbook.xml');
  if (workbook === null) throw new XlsxProblem('not a readable .xlsx workbook: it has no xl/workbook.xml');
  const sheetList: { name: string; rid: string }[] = [];
  scan(SaxesParser, workbook, 'xl/workbook.xml', {
    open: (name, a) => void (name === 'sheet' && sheetList.push({ name: a.name ?? '', rid: a['r:id'] ?? '' })),
    text: () => {},
    close: () => {},
  });

  const targets = new Map<string, string>();
  const rels = partText('xl/_rels/workbook.xml.rels');
  if (rels !== null) {
    scan(SaxesParser, rels, 'xl/_rels/workbook.xml.rels', {
      open: (name, a) => void (name === 'Relationship' && targets.set(a.Id ?? '', (a.Target ?? '').replace(/^\/?xl\//, '').replace(/^\//, ''))),
      text: () => {},
      close: () => {},
    });
  }
  const shared = partText('xl/sharedStrings.xml');
  const strings = shared === null ? [] : sharedStrings(SaxesParser, shared);

  const counter = { cells: 0 };
  return sheetList.map((s, i) => {
    const target = `xl/${targets.get(s.rid) ?? `worksheets/sheet${i + 1}.xml`}`;
    const xml = partText(target);
    return { name: s.name, rows: xml === null ? [] : worksheetRows(SaxesParser, xml, target, strings, counter) };
  });
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
