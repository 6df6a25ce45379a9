/**
 * The key drawn as shapes: a list of rows (symbol, words) grouped under
 * headings, flowed into as many columns as the space allows.
 */
import { POLARITY_COLOURS, tint } from '../../model/palette.ts';
import { count } from '../../model/plural.ts';
import { KIND_LABELS, STATUS_LABELS, STRENGTH_LEVELS, type NodeKind, type Polarity } from '../../model/types.ts';
import { strokeWidth } from '../../draw/linkStyle.ts';
import { STATUS_COLOURS } from '../../draw/statusMarks.ts';
import { wrapText, textWidth } from '../../draw/text/metrics.ts';
import { arrowhead, kindIcon, statusIcon } from '../../draw/icons.ts';
import type { LegendModel } from '../../views/legend.ts';
import { SIZE_MEASURE_MEANING } from '../../views/sizeBy.ts';
import { NODE_MIN_HEIGHT, NODE_SCALE_MAX, NODE_WIDTH } from '../../draw/nodeSize.ts';
import { LINK_DASH } from '../../draw/links.ts';
import { baselineIn, INK } from '../../draw/nodes.ts';
import type { Paint, Prim } from '../../draw/prims.ts';

/** The key's usual column width, in the same units as its 12-unit text. */
export const LEGEND_COLUMN = 240;
const SIZE = 12;
const LINE = 15;
const SYMBOL = 62;
const GAP = 8;
const HEADING = 13;
const MUTED = '#5b6270';
const NEUTRAL = '#8a8f98';
const LINK_INK = '#374151';

type Symbol = (x: number, y: number) => Prim[];
interface Row {
  heading?: boolean;
  text: string;
  symbol?: Symbol;
  /** Wider than the usual symbol column (a pill with words in it). */
  symbolWidth?: number;
}

const POLARITY_WORDS: Record<Polarity, string> = {
  '+': 'same direction: more leads to more',
  '-': 'opposite direction: more leads to less',
  '?': 'unknown or mixed',
};

function miniNode(kind: NodeKind | 'focal', colour = NEUTRAL): Symbol {
  return (x, y) => {
    const w = 40;
    const h = 18;
    const fill = colour === NEUTRAL ? '#ffffff' : tint(colour, 0.78);
    const shapes: Prim[] =
      kind === 'actor'
        ? [{ t: 'rect', x: x + 1, y: y + 1, w: w - 2, h: h - 2, r: 8, fill, stroke: colour, lw: 1.5 }]
        : kind === 'factor'
          ? [
              { t: 'rect', x, y, w, h, r: 3, fill: colour },
              { t: 'rect', x: x + 5, y: y + 1.5, w: w - 6.5, h: h - 3, r: 2, fill },
            ]
          : [
              { t: 'rect', x: x + 0.6, y: y + 0.6, w: w - 1.2, h: h - 1.2, r: 1, fill, stroke: kind === 'focal' ? INK : colour, lw: kind === 'focal' ? 1.8 : 1.2 },
              { t: 'rect', x: x + 3.5, y: y + 3.5, w: w - 7, h: h - 7, stroke: kind === 'focal' ? INK : colour, lw: kind === 'focal' ? 1.8 : 1.2 },
            ];
    if (kind !== 'factor' || colour === NEUTRAL) shapes.push(...kindIcon(kind === 'focal' ? 'outcome' : kind, x + w / 2 - 5, y + 4, 10));
    return shapes;
  };
}

const seg = (x1: number, y1: number, x2: number, y2: number, paint: Paint = {}): Prim => ({
  t: 'path',
  d: [
    ['M', x1, y1],
    ['L', x2, y2],
  ],
  stroke: LINK_INK,
  lw: 2,
  ...paint,
});

function polaritySymbol(p: Polarity): Symbol {
  return (x, y) => {
    const c = POLARITY_COLOURS[p];
    const cy = y + 9;
    return [
      seg(x, cy, x + 40, cy, { stroke: c }),
      ...arrowhead(p, x + 48, cy, 0, c, 14),
      { t: 'circle', cx: x + 20, cy, r: 7.5, fill: '#ffffff', stroke: c, lw: 1.4 },
      { t: 'text', x: x + 20, y: cy + 4.2, text: p === '-' ? '−' : p, size: 12, bold: true, fill: c, anchor: 'middle' },
    ];
  };
}

const pillWidth = (text: string) => Math.max(26, textWidth(text, 11, true) + 12);

function pill(text: string, fill: string, ink: string, stroke: string, dash = false): Pick<Row, 'symbol' | 'symbolWidth'> {
  const w = pillWidth(text);
  return {
    symbolWidth: Math.max(SYMBOL, w),
    symbol: (x, y) => [
      { t: 'rect', x, y: y + 1, w, h: 17, r: 8.5, fill, stroke, lw: 1.5, ...(dash ? { dash: [3, 2] } : {}) },
      { t: 'text', x: x + w / 2, y: y + 1 + baselineIn(17, 11), text, size: 11, bold: true, fill: ink, anchor: 'middle' },
    ],
  };
}

/** Three boxes, 1×, halfway and the largest, in the nodes' proportions: what "larger" means at a glance. */
const SIZE_KEY_SCALES = [1, (1 + NODE_SCALE_MAX) / 2, NODE_SCALE_MAX];
const SIZE_KEY_BOX = 14;
const SIZE_KEY_WIDTH = Math.ceil(SIZE_KEY_SCALES.reduce((sum, k) => sum + SIZE_KEY_BOX * k + 3, 0));
const sizeKey: Symbol = (x, y) => {
  let left = x;
  const bottom = y + 17;
  return SIZE_KEY_SCALES.map((k) => {
    const w = SIZE_KEY_BOX * k;
    const h = (w * NODE_MIN_HEIGHT) / NODE_WIDTH;
    const rect: Prim = { t: 'rect', x: left, y: bottom - h, w, h, r: 1.5, fill: '#ffffff', stroke: LINK_INK, lw: 1 };
    left += w + 3;
    return rect;
  });
};

function legendRows(m: LegendModel): Row[] {
  const rows: Row[] = [];
  if (m.kinds.length || m.focal) rows.push({ heading: true, text: 'Nodes' });
  if (m.focal) rows.push({ text: 'Focal outcome: what the map is drawn around', symbol: miniNode('focal') });
  for (const k of m.kinds) rows.push({ text: KIND_LABELS[k], symbol: miniNode(k) });
  if (m.sizeBy && m.sizeBy !== 'none') {
    rows.push({ text: SIZE_MEASURE_MEANING[m.sizeBy], symbol: sizeKey, symbolWidth: SIZE_KEY_WIDTH });
  }
  if (m.clusters.length) rows.push({ heading: true, text: 'Themes' });
  for (const { theme, count } of m.clusters) rows.push({ text: `${theme.name} (${count})`, symbol: miniNode('factor', theme.colour) });
  if (m.hasLinks) {
    rows.push({ heading: true, text: 'Links' });
    for (const p of m.polarities) rows.push({ text: POLARITY_WORDS[p], symbol: polaritySymbol(p) });
    rows.push({
      text: 'weak · medium · strong',
      symbol: (x, y) => Object.values(STRENGTH_LEVELS).map((s, i) => seg(x + i * 17, y + 9, x + i * 17 + 13, y + 9, { lw: strokeWidth(s) })),
    });
    if (m.lowConfidence) rows.push({ text: 'low confidence', symbol: (x, y) => [seg(x, y + 9, x + 48, y + 9, { dash: LINK_DASH })] });
    if (m.delay) {
      rows.push({
        text: 'delayed effect',
        symbol: (x, y) => [seg(x, y + 9, x + 48, y + 9), seg(x + 21, y + 2, x + 21, y + 16), seg(x + 27, y + 2, x + 27, y + 16)],
      });
    }
  }
  if (m.statuses.length) {
    rows.push({ heading: true, text: 'Experiments' });
    rows.push({ text: 'how many experiments touch a node; the shape is the liveliest status', ...pill('2', '#ffffff', STATUS_COLOURS.running, STATUS_COLOURS.running) });
    for (const s of m.statuses) rows.push({ text: STATUS_LABELS[s].toLowerCase(), symbol: (x, y) => statusIcon(s, x + 2, y + 2, 14) });
  }
  if (m.highlighted) {
    rows.push({ heading: true, text: 'Lens' });
    rows.push({ text: `Highlighted: nodes touched by ${m.highlighted.length ? m.highlighted.join('; ') : 'no experiment'}. The rest is faded.` });
    rows.push({ text: 'intended effect: ↑ strengthen, ↓ weaken, ? explore', ...pill('intended ↑', '#ffffff', INK, '#9ca3af') });
    rows.push({ text: 'seen: ↑ went up, ↓ went down, = no change, ~ unclear, … not yet known', ...pill('seen ↓', '#ffffff', INK, '#9ca3af') });
    rows.push({ text: 'a surprise: seen the opposite of what was intended', ...pill('!', '#9b1c1c', '#ffffff', '#9b1c1c') });
  }
  if (m.caption !== null) {
    rows.push({ heading: true, text: 'Lens' });
    rows.push({ text: `Highlighted: ${m.caption || 'part of the map'}. The rest is faded.` });
  }
  if (m.coverage) {
    const c = m.coverage;
    rows.push({ heading: true, text: `Coverage of ${count(c.factors, 'factor')}` });
    rows.push({ text: `touched by that many experiments (once: ${c.touchedOnce}, more: ${c.touchedMore})`, ...pill('×2', '#1f3b5c', '#ffffff', '#1f3b5c') });
    rows.push({ text: `not touched by any experiment: ${c.untouched}`, ...pill('0', '#ffffff', '#9b1c1c', '#9b1c1c', true) });
  }
  if (m.selection) rows.push({ heading: true, text: `A selection: ${m.selection.shown} of ${count(m.selection.total, 'node')}` });
  return rows;
}

interface Placed {
  row: Row;
  lines: string[];
  height: number;
}

export interface LegendBlock {
  prims: Prim[];
  width: number;
  height: number;
}

const TITLE = 'Key';
const TITLE_H = 24;

/**
 * Lays the key out in columns of colWidth, each at most maxHeight tall
 * (including the title); when maxColumns is given instead, as short as
 * possible within that many columns.
 */
export function layoutLegend(m: LegendModel, colWidth: number, limit: { maxHeight?: number; maxColumns?: number }): LegendBlock {
  const placed: Placed[] = legendRows(m).map((row) => {
    const width = row.symbol ? colWidth - (row.symbolWidth ?? SYMBOL) - GAP : colWidth;
    const lines = wrapText(row.text, width, row.heading ? HEADING : SIZE, !!row.heading);
    const height = row.heading ? lines.length * LINE + 10 : Math.max(22, lines.length * LINE + 6);
    return { row, lines, height };
  });
  if (!placed.length) return { prims: [], width: 0, height: 0 };
  const total = placed.reduce((s, p) => s + p.height, 0);
  let maxHeight = Math.max(limit.maxHeight ?? Infinity, TITLE_H + Math.max(0, ...placed.map((p) => p.height)) + 16);
  let columns = flow(placed, maxHeight);
  if (limit.maxColumns) {
    maxHeight = TITLE_H + total / limit.maxColumns;
    while ((columns = flow(placed, maxHeight)).length > limit.maxColumns) maxHeight += 10;
  }
  const prims: Prim[] = [{ t: 'text', x: 0, y: 16, text: TITLE, size: 16, bold: true, fill: INK }];
  let height = TITLE_H;
  columns.forEach((col, ci) => {
    const x = ci * (colWidth + 24);
    let y = TITLE_H;
    for (const p of col) {
      const textX = p.row.symbol ? x + (p.row.symbolWidth ?? SYMBOL) + GAP : x;
      if (p.row.heading) {
        y += 6;
        p.lines.forEach((l, i) => prims.push({ t: 'text', x, y: y + i * LINE + 12, text: l, size: HEADING, bold: true, fill: MUTED }));
        y += p.height - 6;
        continue;
      }
      if (p.row.symbol) prims.push(...p.row.symbol(x, y + 1));
      p.lines.forEach((l, i) => prims.push({ t: 'text', x: textX, y: y + i * LINE + 14, text: l, size: SIZE, fill: INK }));
      y += p.height;
    }
    height = Math.max(height, y);
  });
  return { prims, width: columns.length * colWidth + (columns.length - 1) * 24, height };
}

function flow(placed: Placed[], maxHeight: number): Placed[][] {
  const columns: Placed[][] = [[]];
  let y = TITLE_H;
  placed.forEach((p, i) => {
    // A heading never ends a column: it moves with its first row.
    const need = p.row.heading ? p.height + (placed[i + 1]?.height ?? 0) : p.height;
    if (y + need > maxHeight && columns[columns.length - 1]!.length) {
      columns.push([]);
      y = TITLE_H;
    }
    columns[columns.length - 1]!.push(p);
    y += p.height;
  });
  return columns;
}
