/**
 * Writes shapes into a jsPDF page. A view maps shape coordinates to page
 * points (page = origin + shape × k), so the map, a poster tile and the key
 * share one drawing routine. Colours, widths and fonts are only set when
 * they change: a 1,000-node map is about 25,000 shapes, and every setting is
 * bytes in the file.
 */
import type { jsPDF } from 'jspdf';
import type { Paint, Prim, Segment } from '../../draw/prims.ts';
import { FONT_FAMILY, glyphFilter } from './fonts.ts';

export interface View {
  k: number;
  ox: number;
  oy: number;
}

const IDENTITY: View = { k: 1, ox: 0, oy: 0 };

export class Painter {
  private fill = '';
  private draw = '';
  private textColour = '';
  private width = -1;
  private dash = '';
  private cap = '';
  private font = '';
  private size = -1;
  private readonly clean: (text: string) => string;

  constructor(readonly pdf: jsPDF) {
    this.clean = glyphFilter(pdf);
  }

  /** A new page (or the end of a clip) starts from PDF's default colours and widths: forget what was set. */
  reset(): void {
    this.fill = this.draw = this.textColour = this.dash = this.font = this.cap = '';
    this.width = this.size = -1;
  }

  private setFill(c: string) {
    if (c !== this.fill) this.pdf.setFillColor(c);
    this.fill = c;
  }

  private setStroke(c: string, w: number, dash: readonly number[] | undefined, cap: 'butt' | 'round') {
    if (cap !== this.cap) this.pdf.setLineCap(cap);
    this.cap = cap;
    if (c !== this.draw) this.pdf.setDrawColor(c);
    this.draw = c;
    if (w !== this.width) this.pdf.setLineWidth(w);
    this.width = w;
    const d = dash?.length ? dash.join(' ') : '';
    if (d !== this.dash) this.pdf.setLineDashPattern(dash?.length ? [...dash] : [], 0);
    this.dash = d;
  }

  private style(p: Paint, k: number): 'F' | 'S' | 'FD' | null {
    if (p.fill) this.setFill(p.fill);
    if (p.stroke) this.setStroke(p.stroke, (p.lw ?? 1) * k, p.dash?.map((d) => d * k), p.cap ?? 'butt');
    return p.fill && p.stroke ? 'FD' : p.fill ? 'F' : p.stroke ? 'S' : null;
  }

  paint(prims: readonly Prim[], v: View = IDENTITY): void {
    for (const p of prims) this.one(p, v);
  }

  private one(p: Prim, v: View): void {
    const { k, ox, oy } = v;
    const pdf = this.pdf;
    if (p.t === 'text') {
      const size = Math.round(p.size * k * 100) / 100;
      // A map spread over a million pixels shrinks its text below 0.01 pt; jsPDF cannot place text of size 0 (and nobody could read it).
      if (!(size > 0)) return;
      const font = p.bold ? 'bold' : 'normal';
      if (font !== this.font) pdf.setFont(FONT_FAMILY, font);
      this.font = font;
      if (size !== this.size) pdf.setFontSize(size);
      this.size = size;
      if (p.fill !== this.textColour) pdf.setTextColor(p.fill);
      this.textColour = p.fill;
      const align = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
      pdf.text(this.clean(p.text), ox + p.x * k, oy + p.y * k, { align });
      // PDF text is painted with the fill colour: jsPDF sets it for every text, so the shape fill is now unknown.
      this.fill = '';
      return;
    }
    const style = this.style(p, k);
    if (!style) return;
    switch (p.t) {
      case 'rect': {
        const w = p.w * k;
        const h = p.h * k;
        const r = Math.min((p.r ?? 0) * k, w / 2, h / 2);
        if (r > 0.05) pdf.roundedRect(ox + p.x * k, oy + p.y * k, w, h, r, r, style);
        else pdf.rect(ox + p.x * k, oy + p.y * k, w, h, style);
        return;
      }
      case 'circle':
        pdf.circle(ox + p.cx * k, oy + p.cy * k, p.r * k, style);
        return;
      case 'path':
        this.path(p.d, v);
        if (style === 'FD') pdf.fillStroke();
        else if (style === 'F') pdf.fill();
        else pdf.stroke();
    }
  }

  private path(d: readonly Segment[], { k, ox, oy }: View): void {
    const pdf = this.pdf;
    let cx = 0;
    let cy = 0;
    for (const s of d) {
      switch (s[0]) {
        case 'M':
          cx = ox + s[1] * k;
          cy = oy + s[2] * k;
          pdf.moveTo(cx, cy);
          break;
        case 'L':
          cx = ox + s[1] * k;
          cy = oy + s[2] * k;
          pdf.lineTo(cx, cy);
          break;
        case 'Q': {
          // PDF has only cubic curves: the same curve with control points two-thirds of the way to the quadratic's.
          const qx = ox + s[1] * k;
          const qy = oy + s[2] * k;
          const x = ox + s[3] * k;
          const y = oy + s[4] * k;
          pdf.curveTo(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy), x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), x, y);
          cx = x;
          cy = y;
          break;
        }
        case 'Z':
          pdf.close();
      }
    }
  }

  /** Limits drawing to a rectangle (page points) until the matching endClip. */
  beginClip(x: number, y: number, w: number, h: number): void {
    this.pdf.saveGraphicsState();
    this.pdf.rect(x, y, w, h, null);
    this.pdf.clip();
    this.pdf.discardPath();
  }

  endClip(): void {
    this.pdf.restoreGraphicsState();
    // Restoring the graphics state also restores colours and widths set inside the clip.
    this.reset();
  }
}
