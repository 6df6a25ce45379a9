/**
 * CSV edge lists: one row per link, nodes named by their labels. Headers are
 * recognised loosely (Source/From/Cause, Target/To/Effect, Polarity/Sign/Type,
 * Strength/Weight/Impact, Label, Evidence/Notes, Confidence, Delay), commas,
 * semicolons or tabs. A file with no header row is read as source, target,
 * then sign and/or strength. Parsed with papaparse, loaded only when needed.
 */
import { readLinkAttrs, normaliseName, unusedTally, type Attrs } from '../shared/attributes.ts';
import { buildImport, type DraftLink, type DraftNode } from '../shared/build.ts';
import { polarityFromText } from '../shared/polarity.ts';
import { baseName, failure, fileText, numberOf } from '../shared/text.ts';
import type { ImportOutcome, InputFile, ReportLine } from '../types.ts';
import { SOURCE_HEADERS, TARGET_HEADERS } from './names.ts';

const TOOL = 'CSV edge list';
/** Column names that describe the link, not the nodes; everything else is reported as not imported. */
const GEPHI_ONLY = new Set(['id', 'type', 'timeset', 'kind']);

/** Undo the apostrophe we (and careful spreadsheet users) put before = + - @ so spreadsheets do not run text as formulas. */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export async function readCSVEdges(file: InputFile): Promise<ImportOutcome> {
  const text = fileText(file, TOOL);
  if (!text.ok) return { ok: false, format: 'csv-edges', problems: [text.problem] };
  const Papa = (await import('papaparse')).default;
  const parsed = Papa.parse<string[]>(text.text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = parsed.data.filter((r) => Array.isArray(r) && r.some((c) => c.trim() !== ''));
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return failure('csv-edges', TOOL, `row ${(quoteError.row ?? 0) + 1}`, `a quoted cell is never closed (${quoteError.message}).`);
  if (!rows.length) return failure('csv-edges', TOOL, file.name, 'it has no rows.');

  const header = rows[0]!.map((h) => normaliseName(unguard(h)));
  let src = header.findIndex((h) => SOURCE_HEADERS.includes(h));
  let tgt = header.findIndex((h) => TARGET_HEADERS.includes(h));
  const report: ReportLine[] = [];
  let names = header;
  let body = rows.slice(1);
  if (src < 0 || tgt < 0) {
    if (rows[0]!.length < 2) return failure('csv-edges', TOOL, 'row 1', 'it has only one column; an edge list needs a source and a target on each row.');
    // No header: source, target, then a sign and/or a strength.
    src = 0;
    tgt = 1;
    const third = rows[0]![2] ?? '';
    const signFirst = polarityFromText(third) !== null && numberOf(third) === null;
    names = ['source', 'target', signFirst ? 'polarity' : 'weight', signFirst ? 'weight' : 'label'];
    body = rows;
    report.push({ what: 'header row', count: 1, status: 'guessed', detail: 'the file has none; columns read as source, target, then sign and strength' });
  }
  const nodes = new Map<string, DraftNode>();
  const links: DraftLink[] = [];
  const skipped = unusedTally();
  let blankEnds = 0;
  body.forEach((row) => {
    const source = unguard(row[src] ?? '').trim();
    const target = unguard(row[tgt] ?? '').trim();
    if (!source || !target) {
      blankEnds++;
      return;
    }
    for (const label of [source, target]) if (!nodes.has(label)) nodes.set(label, { key: label, label });
    const attrs: Attrs = new Map();
    row.forEach((cell, i) => {
      const name = names[i];
      if (i === src || i === tgt || !name || GEPHI_ONLY.has(name)) return;
      attrs.set(name, unguard(cell));
    });
    const read = readLinkAttrs(attrs);
    skipped.add(read.unused);
    links.push({ source, target, ...read });
  });
  if (blankEnds) report.push({ what: 'rows without a source or target', count: blankEnds, status: 'skipped' });
  const line = skipped.line('columns');
  if (line) report.push(line);
  return buildImport(
    { title: baseName(file.name), nodes: [...nodes.values()], links, themes: [], report, freshNodeIds: true },
    { format: 'csv-edges', tool: TOOL, fileName: baseName(file.name) },
  );
}
