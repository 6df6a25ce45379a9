/**
 * Links drawn as on the canvas: a border-to-border curve (routed round the
 * boxes in its way, routing/) whose width is the
 * strength, dashed when confidence is low, a double bar when the effect is
 * delayed, a circled +/−/? near the head, and an arrowhead per polarity.
 */
import type { Box } from './geometry.ts';
import { along, linkShape, trimmedEnd, PLAIN_ROUTE, type Route } from './routing/shape.ts';
import { linkColour, LOW_CONFIDENCE_DASH, POLARITY_MARK, strokeWidth } from './linkStyle.ts';
import type { Link } from '../model/types.ts';
import { textWidth } from './text/metrics.ts';
import { arrowhead } from './icons.ts';
import { fadePrims, inflate, type Item, type Prim } from './prims.ts';
import { boundsOf } from './routing/obstacles.ts';

/** Opacity of a link outside the lens (0.12 on the canvas), as a fade towards white. */
const LINK_FADE = 0.88;
export const LINK_DASH: readonly number[] = LOW_CONFIDENCE_DASH.split(' ').map(Number);
/** How far the line stops short of the tip, so a thick line does not poke out past a thin arrow point. */
const HEAD_SETBACK = 9;

/** Where a link's label is drawn: above the middle of its curve, on a white halo. */
function labelHalo(text: string, middle: { x: number; y: number }): Box {
  const w = textWidth(text, 12) + 8;
  return { x: middle.x - w / 2, y: middle.y - 24, width: w, height: 17 };
}

/**
 * What a loop marker must not cover on a link: its label (when it has one)
 * and its circled polarity mark, as the canvas and the exports draw them.
 */
export function linkWords(link: Link, source: Box, target: Box, route: Route = PLAIN_ROUTE): Box[] {
  const shape = linkShape(source, target, route);
  const mark = along(shape, route.markAt).point;
  const out: Box[] = [{ x: mark.x - 8, y: mark.y - 8, width: 16, height: 16 }];
  const text = link.label.trim();
  if (text) out.push(labelHalo(text, along(shape, 0.5).point));
  return out;
}

/** Every link's words (linkWords) on a map of boxes; `routeOf` gives a link's route where it has one. */
export function allLinkWords(links: Iterable<Link>, boxes: ReadonlyMap<string, Box>, routeOf: (link: Link, source: Box, target: Box) => Route | undefined): Box[] {
  const out: Box[] = [];
  for (const link of links) {
    const a = boxes.get(link.source);
    const b = boxes.get(link.target);
    if (!a || !b || link.source === link.target) continue;
    out.push(...linkWords(link, a, b, routeOf(link, a, b)));
  }
  return out;
}

/** The link, and its label separately: labels are drawn after every line so no other link crosses them. */
/** Whether the people who gave views of a link agree, for its "≠ 3" / "= 3" tag (as the canvas's AgreementBadge). */
export interface AgreementTag {
  verdict: 'agreed' | 'contested';
  count: number;
}

function agreementPrims(tag: AgreementTag, at: { x: number; y: number }): Prim[] {
  const contested = tag.verdict === 'contested';
  const text = `${contested ? '≠' : '='} ${tag.count}`;
  const w = 14 + text.length * 7;
  return [
    { t: 'rect', x: at.x - w / 2, y: at.y - 9, w, h: 18, r: 9, fill: contested ? '#fff7ed' : '#f0fdf4', stroke: contested ? '#9a3412' : '#166534', lw: 1.5 },
    { t: 'text', x: at.x, y: at.y + 4, text, size: 12, bold: true, fill: contested ? '#7c2d12' : '#14532d', anchor: 'middle' },
  ];
}

/** As the canvas's LinkCommentMark: a speech bubble and the count, beside the link's middle. */
function commentPrims(open: number, at: { x: number; y: number }): Prim[] {
  const x = at.x + 10;
  const y = at.y + 6;
  const w = open > 9 ? 34 : 28;
  return [
    { t: 'rect', x, y, w, h: 17, r: 8.5, fill: '#ffffff', stroke: '#7a3e00', lw: 1.5 },
    { t: 'rect', x: x + 5, y: y + 4.5, w: 10, h: 6, r: 1, fill: '#7a3e00' },
    { t: 'path', d: [['M', x + 7, y + 10], ['L', x + 7, y + 13], ['L', x + 10, y + 10]], fill: '#7a3e00' },
    { t: 'text', x: x + 18, y: y + 12.5, text: String(open), size: 11, bold: true, fill: '#7a3e00' },
  ];
}

export function linkItems(
  link: Link,
  source: Box,
  target: Box,
  dimmed: boolean,
  route: Route = PLAIN_ROUTE,
  agreement: AgreementTag | null = null,
  /** Open comments on the link, drawn as a count in a bubble beside its middle (the big-map canvas; exports leave comments out). */
  openComments = 0,
): { line: Item; label: Item | null } {
  const shape = linkShape(source, target, route);
  const colour = linkColour(link);
  const width = strokeWidth(link.strength);
  const prims: Prim[] = [
    {
      t: 'path',
      d: trimmedEnd(shape, HEAD_SETBACK),
      stroke: colour,
      lw: width,
      ...(link.confidence === 'low' ? { dash: LINK_DASH } : {}),
    },
  ];
  const tip = along(shape, 1);
  prims.push(...arrowhead(link.polarity, shape.end.x, shape.end.y, tip.angle, colour));
  const middle = along(shape, 0.5);
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
  const mark = along(shape, route.markAt).point;
  prims.push({ t: 'circle', cx: mark.x, cy: mark.y, r: 8, fill: '#ffffff', stroke: colour, lw: 1.5 });
  prims.push({ t: 'text', x: mark.x, y: mark.y + 4.5, text: POLARITY_MARK[link.polarity], size: 13, bold: true, fill: colour, anchor: 'middle' });
  if (agreement) prims.push(...agreementPrims(agreement, along(shape, 0.3).point));
  if (openComments > 0) prims.push(...commentPrims(openComments, middle.point));
  const trace = shape.samples;
  const line: Item = { id: link.id, bbox: inflate(boundsOf(trace), 12), prims: dimmed ? fadePrims(prims, LINK_FADE) : prims, trace };
  const text = link.label.trim();
  if (!text) return { line, label: null };
  const halo = labelHalo(text, middle.point);
  const labelPrims: Prim[] = [
    { t: 'rect', x: halo.x, y: halo.y, w: halo.width, h: halo.height, r: 3, fill: '#ffffff' },
    { t: 'text', x: middle.point.x, y: middle.point.y - 11, text, size: 12, fill: '#374151', anchor: 'middle' },
  ];
  return { line, label: { bbox: halo, prims: dimmed ? fadePrims(labelPrims, LINK_FADE) : labelPrims } };
}
