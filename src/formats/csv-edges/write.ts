/**
 * A CSV edge list: one row per link, nodes by label (repeated labels get
 * " (2)", " (3)" so each name means one node). An edge list cannot carry
 * nodes without links, positions, themes, kinds or descriptions; it carries
 * polarity, strength, confidence, delay, label and evidence.
 * Cells a spreadsheet would run as a formula get a leading apostrophe.
 */
import type { MapDocument } from '../../model/types.ts';
import { exportFileName } from '../shared/export.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

export const CSV_COLUMNS = ['source', 'target', 'polarity', 'strength', 'confidence', 'delay', 'label', 'evidence'];

export function guard(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function uniqueLabels(doc: MapDocument): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const n of Object.values(doc.nodes)) {
    const count = (seen.get(n.label) ?? 0) + 1;
    seen.set(n.label, count);
    names.set(n.id, count === 1 ? n.label : `${n.label} (${count})`);
  }
  return names;
}

export async function writeCSVEdges(doc: MapDocument, _options: ExportOptions): Promise<ExportedFile> {
  const Papa = (await import('papaparse')).default;
  const names = uniqueLabels(doc);
  const rows = Object.values(doc.links).map((l) => [
    guard(names.get(l.source)!),
    guard(names.get(l.target)!),
    l.polarity,
    String(l.strength),
    l.confidence,
    String(l.delay),
    guard(l.label),
    guard(l.evidence),
  ]);
  const data = Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { newline: '\r\n' }) + '\r\n';
  return { fileName: exportFileName(doc, 'csv'), mimeType: 'text/csv', data };
}
