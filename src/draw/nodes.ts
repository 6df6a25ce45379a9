/**
 * Actors, factors and outcomes drawn as on the canvas (180 px wide, at least
 * 56 px high): actor a pill, factor a rounded box with a thick stripe in its
 * theme colour, outcome a double border, the focal outcome a heavy black
 * double border with a caption. Heights come from wrapping the label with
 * the font's own widths, so they match what the app measures.
 */
import type { Box } from './geometry.ts';
import type { NodeLook } from '../views/lens.ts';
import { INTENDED_MARK, OBSERVED_MARK } from './effectMarks.ts';
import { STATUS_COLOURS } from './statusMarks.ts';
import { isSurprise, liveliest } from '../model/experiments.ts';
import { tint } from '../model/palette.ts';
import type { Theme, Experiment, MapNode } from '../model/types.ts';
import { labelSize, textWidth, wrapText } from './text/metrics.ts';
import { kindIcon, statusIcon } from './icons.ts';
import { fadePrims, scalePrims, type Item, type Prim } from './prims.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from './nodeSize.ts';

export const INK = '#111827';
const NO_THEME = '#8a8f98';
const ICON = 14;
const ICON_GAP = 6;
const PAD_Y = 8;
const PAD_RIGHT = 12;
const LINE = 1.25;
const CAPTION_SIZE = 11;
const CAPTION = '★ FOCAL OUTCOME';
const EFFECT_ROW = 17;
/** Opacity of a node outside the lens (0.22 on the canvas), as a fade towards white. */
const NODE_FADE = 0.78;

interface Frame {
  left: number;
  right: number;
  top: number;
  padLeft: number;
}

function frame(kind: MapNode['kind'], focal: boolean): Frame {
  if (focal) return { left: 7, right: 7, top: 7, padLeft: 12 };
  if (kind === 'actor') return { left: 2, right: 2, top: 2, padLeft: 14 };
  if (kind === 'outcome') return { left: 4, right: 4, top: 4, padLeft: 12 };
  return { left: 8, right: 2, top: 2, padLeft: 12 };
}

export interface NodeLayout {
  node: MapNode;
  box: Box;
  focal: boolean;
  lines: string[];
  fontSize: number;
  bold: boolean;
  /** Effect rows shown under the label by the experiment lens. */
  effectRows: number;
  /** Drawn this many times as large ("Size nodes by", nodeSize.ts); `box` is the larger box. */
  scale: number;
}

/** The label's font size: 14 (16 for the focal outcome), smaller when a word that cannot break would not fit whole. The canvas uses the same. */
export function nodeLabelSize(node: MapNode, focal: boolean): number {
  const f = frame(node.kind, focal);
  const labelWidth = NODE_WIDTH - f.left - f.right - f.padLeft - PAD_RIGHT - ICON - ICON_GAP;
  return labelSize(node.label.trim() || '(no label)', labelWidth, focal ? 16 : 14, node.kind === 'outcome');
}

export function layoutNode(node: MapNode, focal: boolean, look: NodeLook | undefined, scale = 1): NodeLayout {
  const f = frame(node.kind, focal);
  const fontSize = nodeLabelSize(node, focal);
  const bold = node.kind === 'outcome';
  const labelWidth = NODE_WIDTH - f.left - f.right - f.padLeft - PAD_RIGHT - ICON - ICON_GAP;
  const lines = wrapText(node.label.trim() || '(no label)', labelWidth, fontSize, bold);
  const touches = look?.touches?.length ?? 0;
  const effectRows = touches ? Math.min(2, touches) + (touches > 2 ? 1 : 0) : 0;
  const content = (focal ? CAPTION_SIZE * LINE + 2 : 0) + lines.length * fontSize * LINE + (effectRows ? 4 + effectRows * EFFECT_ROW : 0);
  const height = Math.max(NODE_MIN_HEIGHT, Math.ceil(2 * f.top + 2 * PAD_Y + content));
  return { node, box: { x: node.position.x, y: node.position.y, width: NODE_WIDTH * scale, height: height * scale }, focal, lines, fontSize, bold, effectRows, scale };
}

/** Where a line of text of this size sits in a CSS line box: the baseline below the box's top. */
export const baselineIn = (lineHeight: number, size: number) => (lineHeight - 1.164 * size) / 2 + 0.928 * size;

function shape(l: NodeLayout, theme: Theme | null): Prim[] {
  const { x, y, width: w, height: h } = l.box;
  const accent = theme?.colour ?? NO_THEME;
  const fill = theme ? tint(accent, 0.78) : '#ffffff';
  if (l.focal) {
    return [
      { t: 'rect', x, y, w, h, r: 2, fill },
      { t: 'rect', x: x + 1.17, y: y + 1.17, w: w - 2.33, h: h - 2.33, r: 2, stroke: INK, lw: 2.33 },
      { t: 'rect', x: x + 5.83, y: y + 5.83, w: w - 11.67, h: h - 11.67, r: 1, stroke: INK, lw: 2.33 },
    ];
  }
  switch (l.node.kind) {
    case 'actor': {
      const r = Math.min(28, h / 2);
      return [{ t: 'rect', x: x + 1, y: y + 1, w: w - 2, h: h - 2, r: r - 1, fill, stroke: accent, lw: 2 }];
    }
    case 'outcome':
      return [
        { t: 'rect', x, y, w, h, r: 2, fill },
        { t: 'rect', x: x + 0.67, y: y + 0.67, w: w - 1.33, h: h - 1.33, r: 2, stroke: accent, lw: 1.33 },
        { t: 'rect', x: x + 3.33, y: y + 3.33, w: w - 6.67, h: h - 6.67, r: 1, stroke: accent, lw: 1.33 },
      ];
    case 'factor':
      return [
        { t: 'rect', x, y, w, h, r: 6, fill: accent },
        { t: 'rect', x: x + 8, y: y + 2, w: w - 10, h: h - 4, r: 4, fill },
      ];
  }
}

function pill(x: number, y: number, text: string, size: number, border: string, ink: string): Prim[] {
  const w = textWidth(text, size, true) + 8;
  const h = size + 4;
  return [
    { t: 'rect', x, y, w, h, r: 3, fill: '#ffffff', stroke: border, lw: 1 },
    { t: 'text', x: x + w / 2, y: y + baselineIn(h, size), text, size, bold: true, fill: ink, anchor: 'middle' },
  ];
}

function effectRows(look: NodeLook, x: number, top: number): Prim[] {
  const out: Prim[] = [];
  const touches = look.touches ?? [];
  touches.slice(0, 2).forEach((t, i) => {
    const y = top + i * EFFECT_ROW;
    const surprise = isSurprise(t.intended, t.observed);
    const first = `intended ${INTENDED_MARK[t.intended]}`;
    out.push(...pill(x, y, first, 11, '#9ca3af', INK));
    const x2 = x + textWidth(first, 11, true) + 12;
    const second = `seen ${OBSERVED_MARK[t.observed]}`;
    out.push(...pill(x2, y, second, 11, surprise ? '#9b1c1c' : '#9ca3af', surprise ? '#9b1c1c' : INK));
    if (surprise) {
      const cx = x2 + textWidth(second, 11, true) + 8 + 4 + 7.5;
      out.push({ t: 'circle', cx, cy: y + 7.5, r: 7.5, fill: '#9b1c1c' });
      out.push({ t: 'text', x: cx, y: y + 7.5 + 4, text: '!', size: 11, bold: true, fill: '#ffffff', anchor: 'middle' });
    }
  });
  if (touches.length > 2) {
    out.push({ t: 'text', x, y: top + 2 * EFFECT_ROW + 12, text: `+${touches.length - 2} more`, size: 11, fill: '#5b6270' });
  }
  return out;
}

function experimentBadge(experiments: readonly Experiment[], right: number, top: number): Prim[] {
  if (!experiments.length) return [];
  const status = liveliest(experiments.map((e) => e.status));
  const colour = STATUS_COLOURS[status];
  const count = String(experiments.length);
  const w = 4 + 11 + 3 + textWidth(count, 11, true) + 6 + 3;
  const x = right + 9 - w;
  const h = 21;
  return [
    { t: 'rect', x, y: top - 11, w, h, r: 10, fill: '#ffffff', stroke: colour, lw: 1.5 },
    ...statusIcon(status, x + 5.5, top - 11 + 5, 11),
    { t: 'text', x: x + 5.5 + 11 + 3, y: top - 11 + baselineIn(h, 11), text: count, size: 11, bold: true, fill: colour },
  ];
}

function coverageMark(count: number, x: number, y: number): Prim[] {
  const text = count === 0 ? '0' : `×${count}`;
  const w = Math.max(26, textWidth(text, 12, true) + 16);
  const h = 22;
  const none = count === 0;
  return [
    {
      t: 'rect',
      x: x - 10,
      y: y - 12,
      w,
      h,
      r: 11,
      fill: none ? '#ffffff' : '#1f3b5c',
      stroke: none ? '#9b1c1c' : '#ffffff',
      lw: 2,
      ...(none ? { dash: [4, 3] } : {}),
    },
    { t: 'text', x: x - 10 + w / 2, y: y - 12 + baselineIn(h, 12), text, size: 12, bold: true, fill: none ? '#9b1c1c' : '#ffffff', anchor: 'middle' },
  ];
}

export interface NodeContext {
  theme: Theme | null;
  experiments: readonly Experiment[];
  look: NodeLook | undefined;
}

export function nodeItem(sized: NodeLayout, ctx: NodeContext): Item {
  // A larger node is drawn at 1× about its top-left corner, then grown, as the canvas zooms the whole box.
  const s = sized.scale;
  const l = s === 1 ? sized : { ...sized, box: { ...sized.box, width: sized.box.width / s, height: sized.box.height / s } };
  const { x, y, width: w, height: h } = l.box;
  const f = frame(l.node.kind, l.focal);
  const lh = l.fontSize * LINE;
  const captionH = l.focal ? CAPTION_SIZE * LINE + 2 : 0;
  const effectsH = l.effectRows ? 4 + l.effectRows * EFFECT_ROW : 0;
  const contentH = captionH + l.lines.length * lh + effectsH;
  const contentX = x + f.left + f.padLeft;
  let top = y + (h - contentH) / 2;
  const prims = shape(l, ctx.theme);
  if (l.focal) {
    prims.push({ t: 'text', x: contentX, y: top + baselineIn(CAPTION_SIZE * LINE, CAPTION_SIZE), text: CAPTION, size: CAPTION_SIZE, bold: true, fill: INK });
    top += captionH;
  }
  prims.push(...kindIcon(l.node.kind, contentX, top + 2, ICON));
  const textX = contentX + ICON + ICON_GAP;
  l.lines.forEach((line, i) => {
    prims.push({ t: 'text', x: textX, y: top + i * lh + baselineIn(lh, l.fontSize), text: line, size: l.fontSize, bold: l.bold, fill: INK });
  });
  if (ctx.look?.touches) prims.push(...effectRows(ctx.look, contentX, top + l.lines.length * lh + 4));
  if (ctx.look?.coverage !== null && ctx.look?.coverage !== undefined) prims.push(...coverageMark(ctx.look.coverage, x, y));
  prims.push(...experimentBadge(ctx.experiments, x + w, y));
  const drawn = scalePrims(ctx.look?.dimmed ? fadePrims(prims, NODE_FADE) : prims, x, y, s);
  return { id: l.node.id, bbox: { x: x - 12 * s, y: y - 13 * s, width: (w + 22) * s, height: (h + 14) * s }, prims: drawn };
}
