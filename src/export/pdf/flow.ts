/**
 * Flowing text for the pages after the map (experiments, analysis, notes,
 * index): headings, paragraphs, labelled fields and tables that continue
 * onto new pages, repeating a table's header row when they do.
 */
import type { jsPDF } from 'jspdf';
import type { Prim } from '../../draw/prims.ts';
import { wrapText } from '../../draw/text/metrics.ts';
import type { PageSize } from './pages.ts';
import type { Painter } from './render.ts';

export const INK = '#111827';
export const MUTED = '#5b6270';
const RULE = '#d1d5db';
export const BODY = 9.5;
const LEADING = 1.35;

export interface Cell {
  text: string;
  bold?: boolean;
  colour?: string;
  /** A small shape before the text, drawn in a 10-point square at (x, y). */
  icon?: (x: number, y: number) => Prim[];
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right';
}

export class Flow {
  y = 0;
  readonly left: number;
  readonly width: number;
  private readonly bottom: number;

  constructor(
    readonly pdf: jsPDF,
    readonly painter: Painter,
    readonly page: PageSize,
    readonly margin: number,
  ) {
    this.left = margin;
    this.width = page.width - 2 * margin;
    this.bottom = page.height - margin;
  }

  newPage(): void {
    this.pdf.addPage([this.page.width, this.page.height], this.page.width > this.page.height ? 'landscape' : 'portrait');
    this.painter.reset();
    this.y = this.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  draw(prims: Prim[]): void {
    this.painter.paint(prims);
  }

  text(x: number, y: number, text: string, size: number, bold = false, fill = INK, anchor: 'start' | 'end' = 'start'): Prim {
    return { t: 'text', x, y, text, size, bold, fill, anchor };
  }

  heading(text: string, level: 1 | 2 | 3, keepWith = 60): void {
    const size = level === 1 ? 18 : level === 2 ? 13 : 10.5;
    const lines = wrapText(text, this.width, size, true);
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    if (this.y > this.margin) this.y += before;
    this.ensure(lines.length * size * 1.25 + keepWith);
    for (const line of lines) {
      this.y += size * 1.2;
      this.draw([this.text(this.left, this.y, line, size, true)]);
    }
    this.y += level === 1 ? 10 : 5;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; colour?: string; indent?: number; after?: number } = {}): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    for (const line of wrapText(text, this.width - indent, size, options.bold)) {
      this.ensure(size * LEADING);
      this.y += size * LEADING;
      this.draw([this.text(this.left + indent, this.y - size * 0.3, line, size, options.bold, options.colour ?? INK)]);
    }
    this.y += options.after ?? 4;
  }

  /** Label: value pairs, the labels in a narrow column. Empty values are left out. */
  fields(pairs: [string, string][], labelWidth = 110, indent = 0): void {
    for (const [label, value] of pairs) {
      if (!value.trim()) continue;
      const lines = wrapText(value, this.width - indent - labelWidth, BODY);
      const labelLines = wrapText(label, labelWidth - 8, BODY, true);
      const rows = Math.max(lines.length, labelLines.length);
      for (let i = 0; i < rows; i++) {
        this.ensure(BODY * LEADING);
        this.y += BODY * LEADING;
        const base = this.y - BODY * 0.3;
        const prims: Prim[] = [];
        if (labelLines[i]) prims.push(this.text(this.left + indent, base, labelLines[i]!, BODY, true, MUTED));
        if (lines[i]) prims.push(this.text(this.left + indent + labelWidth, base, lines[i]!, BODY));
        this.draw(prims);
      }
      this.y += 3;
    }
  }

  table(columns: Column[], rows: Cell[][], size = BODY - 0.5): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const lineH = size * LEADING;
    const pad = 4;
    const header = () => {
      const prims: Prim[] = [{ t: 'rect', x: this.left, y: this.y, w: this.width, h: lineH + 2 * pad, fill: '#eef0f3' }];
      columns.forEach((c, i) => {
        const x = c.align === 'right' ? xs[i]! + widths[i]! - pad : xs[i]! + pad;
        prims.push(this.text(x, this.y + pad + lineH - size * 0.3, c.header, size, true, MUTED, c.align === 'right' ? 'end' : 'start'));
      });
      this.draw(prims);
      this.y += lineH + 2 * pad;
    };
    this.ensure(2 * (lineH + 2 * pad) + 10);
    header();
    for (const row of rows) {
      const wrapped = row.map((cell, i) => wrapText(cell.text, widths[i]! - 2 * pad - (cell.icon ? 14 : 0), size, cell.bold));
      const height = Math.max(...wrapped.map((w) => w.length)) * lineH + 2 * pad;
      if (this.y + height > this.bottom) {
        this.newPage();
        header();
      }
      const prims: Prim[] = [];
      row.forEach((cell, i) => {
        const right = columns[i]?.align === 'right';
        let x = right ? xs[i]! + widths[i]! - pad : xs[i]! + pad;
        if (cell.icon) {
          prims.push(...cell.icon(x, this.y + pad + (lineH - 10) / 2));
          x += 14;
        }
        wrapped[i]!.forEach((line, j) => {
          prims.push(this.text(x, this.y + pad + (j + 1) * lineH - size * 0.3, line, size, cell.bold, cell.colour ?? INK, right ? 'end' : 'start'));
        });
      });
      this.y += height;
      prims.push({ t: 'path', d: [['M', this.left, this.y], ['L', this.left + this.width, this.y]], stroke: RULE, lw: 0.5 });
      this.draw(prims);
    }
    this.y += 8;
  }
}
