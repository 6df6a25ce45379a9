/**
 * The title block: the map's title, then labelled fields (focal outcome,
 * system scale, date, authors, print scale, what the lens shows) set out in a
 * row like a drawing's title block, wrapping to a second row when narrow.
 */
import { SCALE_LABELS, type MapDocument, type MapFilter } from '../../model/types.ts';
import { describeFilter } from '../../views/filter.ts';
import { count } from '../../model/plural.ts';
import { textWidth, truncate, wrapText } from '../../draw/text/metrics.ts';
import type { ExportLens } from '../../views/lens.ts';
import { INK } from '../../draw/nodes.ts';
import type { Prim } from '../../draw/prims.ts';

export interface TitleField {
  label: string;
  value: string;
}

export interface TitleInfo {
  title: string;
  fields: TitleField[];
}

export interface TitleOptions {
  title?: string;
  date?: Date;
  lens?: ExportLens;
  /** Focus and filter: stated in words when it is on, so the paper says part of the map is faded or left out. */
  filter?: MapFilter;
  /** e.g. "100% (1 screen px = 0.26 mm)" on a poster. */
  printScale?: string;
}

export const formatDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function lensDescription(doc: MapDocument, lens: ExportLens | undefined): string | null {
  if (!lens || lens.kind === 'none') return null;
  if (lens.kind === 'coverage') return 'How many experiments touch each factor';
  if (lens.kind === 'highlight') return lens.caption || `${count(lens.nodeIds.length, 'highlighted node')}`;
  if (lens.kind === 'selection') return `A selection of ${lens.nodeIds.filter((id) => doc.nodes[id]).length} of ${count(Object.keys(doc.nodes).length, 'node')}`;
  const titles = lens.experimentIds.map((id) => doc.experiments[id]?.title).filter(Boolean);
  return `Nodes touched by ${titles.length === 1 ? 'the experiment' : `${titles.length} experiments`}: ${titles.join('; ')}`;
}

export function titleInfo(doc: MapDocument, options: TitleOptions): TitleInfo {
  const focal = doc.meta.focalNodeId ? doc.nodes[doc.meta.focalNodeId] : undefined;
  const fields: TitleField[] = [];
  if (focal) fields.push({ label: 'Focal outcome', value: focal.label });
  fields.push({ label: 'System scale', value: SCALE_LABELS[doc.meta.scale] });
  fields.push({ label: 'Date', value: formatDate(options.date ?? new Date()) });
  const authors = doc.meta.authors.filter((a) => a.trim());
  if (authors.length) fields.push({ label: authors.length === 1 ? 'Author' : 'Authors', value: authors.join(', ') });
  if (options.printScale) fields.push({ label: 'Print scale', value: options.printScale });
  const lens = lensDescription(doc, options.lens);
  if (lens) fields.push({ label: 'Showing', value: lens });
  const filter = options.filter ? describeFilter(doc, options.filter) : '';
  if (filter) fields.push({ label: 'Filter', value: `${filter} (the rest ${options.filter!.mode === 'hide' ? 'left out' : 'faded'})` });
  return { title: (options.title ?? doc.meta.title).trim() || 'Untitled map', fields };
}

const TITLE_SIZE = 26;
const LABEL_SIZE = 9.5;
const VALUE_SIZE = 13;
const FIELD_GAP = 28;
const MUTED = '#5b6270';

export function layoutTitleBlock(info: TitleInfo, width: number): { prims: Prim[]; height: number } {
  const prims: Prim[] = [];
  const titleLines = wrapText(info.title, width, TITLE_SIZE, true);
  const shown = titleLines.slice(0, 2);
  if (titleLines.length > 2) shown[1] = truncate(`${shown[1]} ${titleLines.slice(2).join(' ')}`, width, TITLE_SIZE, true);
  shown.forEach((l, i) => prims.push({ t: 'text', x: 0, y: 26 + i * 32, text: l, size: TITLE_SIZE, bold: true, fill: INK }));
  let y = 26 + (shown.length - 1) * 32 + 18;
  let x = 0;
  let rowHeight = 0;
  const maxValue = Math.min(width, Math.max(260, width / 3));
  for (const f of info.fields) {
    const label = f.label.toUpperCase();
    const lines = wrapText(f.value, maxValue, VALUE_SIZE).slice(0, 3);
    const w = Math.max(textWidth(label, LABEL_SIZE, true), ...lines.map((l) => textWidth(l, VALUE_SIZE)));
    if (x > 0 && x + w > width) {
      y += rowHeight + 8;
      x = 0;
      rowHeight = 0;
    }
    prims.push({ t: 'text', x, y: y + 10, text: label, size: LABEL_SIZE, bold: true, fill: MUTED });
    lines.forEach((l, i) => prims.push({ t: 'text', x, y: y + 27 + i * 16, text: l, size: VALUE_SIZE, fill: INK }));
    rowHeight = Math.max(rowHeight, 14 + lines.length * 16);
    x += w + FIELD_GAP;
  }
  y += rowHeight + 8;
  prims.push({ t: 'path', d: [['M', 0, y], ['L', width, y]], stroke: INK, lw: 1.5 });
  return { prims, height: y + 1 };
}
