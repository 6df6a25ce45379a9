/**
 * Links drawn as on the canvas: a border-to-border curve whose width is the
 * strength, dashed when confidence is low, a double bar when the effect is
 * delayed, a circled +/−/? near the head, and an arrowhead per polarity.
 */
import { linkCurve, pointOnCurve, type Box, type LinkCurve, type Point } from './geometry.ts';
import { linkColour, LOW_CONFIDENCE_DASH, POLARITY_MARK, strokeWidth } from './linkStyle.ts';
import type { Link } from '../model/types.ts';
import { textWidth } from './text/metrics.ts';
import { arrowhead } from './icons.ts';
import { fadePrims, inflate, unionBox, type Item, type Prim } from './prims.ts';

/** Opacity of a link outside the lens (0.12 on the canvas), as a fade towards white. */
const LINK_FADE = 0.88;
export const LINK_DASH: readonly number[] = LOW_CONFIDENCE_DASH.split(' ').map(Number);
/** How far the line stops short of the tip, so a thick line does not poke out past a thin arrow point. */
const HEAD_SETBACK = 9;

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** The part of the curve from its start to t, itself a quadratic curve (de Casteljau). */
function curveUpTo(c: LinkCurve, t: number): { control: Point; end: Point } {
  const p01 = lerp(c.start, c.control, t);
  const p12 = lerp(c.control, c.end, t);
  return { control: p01, end: lerp(p01, p12, t) };
}

/** The link, and its label separately: labels are drawn after every line so no other link crosses them. */
export function linkItems(link: Link, source: Box, target: Box, dimmed: boolean): { line: Item; label: Item | null } {
  const curve = linkCurve(source, target);
  const colour = linkColour(link);
  const width = strokeWidth(link.strength);
  const length = Math.hypot(curve.control.x - curve.start.x, curve.control.y - curve.start.y) + Math.hypot(curve.end.x - curve.control.x, curve.end.y - curve.control.y);
  const cut = curveUpTo(curve, Math.max(0.5, 1 - HEAD_SETBACK / Math.max(length, 1)));
  const prims: Prim[] = [
    {
      t: 'path',
      d: [
        ['M', curve.start.x, curve.start.y],
        ['Q', cut.control.x, cut.control.y, cut.end.x, cut.end.y],
      ],
      stroke: colour,
      lw: width,
      ...(link.confidence === 'low' ? { dash: LINK_DASH } : {}),
    },
  ];
  const tip = pointOnCurve(curve, 1);
  prims.push(...arrowhead(link.polarity, curve.end.x, curve.end.y, tip.angle, colour));
  const middle = pointOnCurve(curve, 0.5);
  if (link.delay) {
    const a = (middle.angle * Math.PI) / 180;
    const along = { x: Math.cos(a), y: Math.sin(a) };
    const across = { x: -along.y, y: along.x };
    for (const offset of [-3, 3]) {
      const cx = middle.point.x + along.x * offset;
      const cy = middle.point.y + along.y * offset;
      prims.push({ t: 'path', d: [['M', cx - across.x * 8, cy - across.y * 8], ['L', cx + across.x * 8, cy + across.y * 8]], stroke: colour, lw: 2 });
    }
  }
  const mark = pointOnCurve(curve, 0.8).point;
  prims.push({ t: 'circle', cx: mark.x, cy: mark.y, r: 8, fill: '#ffffff', stroke: colour, lw: 1.5 });
  prims.push({ t: 'text', x: mark.x, y: mark.y + 4.5, text: POLARITY_MARK[link.polarity], size: 13, bold: true, fill: colour, anchor: 'middle' });
  const boxes: Box[] = [inflate({ x: Math.min(curve.start.x, curve.control.x, curve.end.x), y: Math.min(curve.start.y, curve.control.y, curve.end.y), width: 0, height: 0 }, 12)];
  boxes.push(inflate({ x: Math.max(curve.start.x, curve.control.x, curve.end.x), y: Math.max(curve.start.y, curve.control.y, curve.end.y), width: 0, height: 0 }, 12));
  const trace = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1].map((t) => pointOnCurve(curve, t).point);
  const line: Item = { id: link.id, bbox: unionBox(boxes), prims: dimmed ? fadePrims(prims, LINK_FADE) : prims, trace };
  const text = link.label.trim();
  if (!text) return { line, label: null };
  const w = textWidth(text, 12) + 8;
  const halo: Box = { x: middle.point.x - w / 2, y: middle.point.y - 24, width: w, height: 17 };
  const labelPrims: Prim[] = [
    { t: 'rect', x: halo.x, y: halo.y, w: halo.width, h: halo.height, r: 3, fill: '#ffffff' },
    { t: 'text', x: middle.point.x, y: middle.point.y - 11, text, size: 12, fill: '#374151', anchor: 'middle' },
  ];
  return { line, label: { bbox: halo, prims: dimmed ? fadePrims(labelPrims, LINK_FADE) : labelPrims } };
}
