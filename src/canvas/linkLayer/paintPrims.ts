/** Paints the export's drawing vocabulary (Prim) onto a 2D canvas. */
import type { Prim, Segment } from '../../draw/prims.ts';

/** A canvas's 2D context, on the page or off it (a worker's OffscreenCanvas). */
export type Paper = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function trace(ctx: Paper, d: readonly Segment[]) {
  ctx.beginPath();
  for (const s of d) {
    if (s[0] === 'M') ctx.moveTo(s[1], s[2]);
    else if (s[0] === 'L') ctx.lineTo(s[1], s[2]);
    else if (s[0] === 'Q') ctx.quadraticCurveTo(s[1], s[2], s[3], s[4]);
    else ctx.closePath();
  }
}

export interface Ink {
  /** Draw every stroke and fill in this colour (a selected link). */
  colour?: string;
  /** Added to every stroke width. */
  widen?: number;
}

export function paintPrims(ctx: Paper, prims: readonly Prim[], ink: Ink = {}) {
  for (const p of prims) {
    if (p.t === 'text') {
      ctx.font = `${p.bold ? 'bold ' : ''}${p.size}px "DejaVu Sans", system-ui, sans-serif`;
      ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
      ctx.fillStyle = ink.colour ?? p.fill;
      ctx.fillText(p.text, p.x, p.y);
      continue;
    }
    if (p.t === 'rect') {
      ctx.beginPath();
      if (p.r) ctx.roundRect(p.x, p.y, p.w, p.h, p.r);
      else ctx.rect(p.x, p.y, p.w, p.h);
    } else if (p.t === 'circle') {
      ctx.beginPath();
      ctx.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
    } else trace(ctx, p.d);
    if (p.fill) {
      // White stays white (a polarity mark's disc), so a selected link keeps its marks readable.
      ctx.fillStyle = ink.colour && p.fill !== '#ffffff' ? ink.colour : p.fill;
      ctx.fill();
    }
    if (p.stroke) {
      ctx.strokeStyle = ink.colour ?? p.stroke;
      ctx.lineWidth = (p.lw ?? 1) + (ink.widen ?? 0);
      ctx.lineCap = p.cap ?? 'butt';
      ctx.setLineDash(p.dash ?? []);
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}
