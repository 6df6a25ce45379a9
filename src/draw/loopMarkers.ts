/**
 * Loop markers, as causal-loop diagrams draw them: in the middle of a
 * feedback loop, its tag ("R1", "B2") inside a circular arrow that turns the
 * way the loop runs, with the loop's name under it. The circular arrow and the
 * letter carry the kind, so it is never told by colour alone. A marker sits at
 * the centre of its loop's nodes unless that is on a node box (or on another
 * marker), and then at the nearest free spot. The canvas and the exports
 * place and draw markers with these functions.
 */
import type { Box, Point } from './geometry.ts';
import type { Prim, Segment } from './prims.ts';
import { textWidth, truncate } from './text/metrics.ts';

/** What a marker needs of a loop (analysis/loopNumbers.ts makes these). */
export interface MarkedLoop {
  key: string;
  kind: 'R' | 'B' | 'unclear';
  tag: string;
  name: string;
  nodeIds: readonly string[];
}

export interface LoopMarker {
  loop: MarkedLoop;
  /** The centre of the circular arrow. */
  centre: Point;
  /** Which way the loop runs on the page (y down): the arrow turns the same way. */
  clockwise: boolean;
  /** The name as drawn, cut to fit. */
  name: string;
  /** Everything the marker covers: the glyph and its name. */
  box: Box;
  /** How much bigger than its natural size the marker is drawn (zoomed far out on the canvas, so it stays readable). */
  scale: number;
}

export const MARKER_RADIUS = 17;
const TAG_SIZE = 13;
export const MARKER_NAME_SIZE = 12;
const NAME_MAX = 240;
/** Room kept between a marker and a node box. */
const CLEARANCE = 6;
const STEP = 10;
const RINGS = 60;

export const KIND_WORDS = { R: 'Reinforcing', B: 'Balancing', unclear: 'Unclear' } as const;

/** "Reinforcing loop R1: Less walking", the marker's name for screen readers. */
export function markerWords(loop: MarkedLoop): string {
  // An unnamed loop has no number, only its kind letter.
  if (!loop.name) return `${KIND_WORDS[loop.kind]} loop, not named yet`;
  return `${KIND_WORDS[loop.kind]} loop ${loop.tag}: ${loop.name}`;
}

// The analysis panel's loop badge colours, so a marker and its row in the list look alike.
const KIND_COLOUR = { R: '#0b5fa5', B: '#b34700', unclear: '#5f6368' } as const;
export const markerColour = (kind: MarkedLoop['kind']): string => KIND_COLOUR[kind];

/** The box a marker at c covers, drawn k times its natural size. */
function footprint(c: Point, nameWidth: number, k: number): Box {
  const w = k * Math.max(2 * MARKER_RADIUS + 8, nameWidth + 8);
  const h = k * (2 * MARKER_RADIUS + 4 + (nameWidth ? MARKER_NAME_SIZE + 6 : 0));
  return { x: c.x - w / 2, y: c.y - k * (MARKER_RADIUS + 4), width: w, height: h };
}

const overlaps = (a: Box, b: Box, m: number): boolean =>
  a.x < b.x + b.width + m && b.x < a.x + a.width + m && a.y < b.y + b.height + m && b.y < a.y + a.height + m;

/**
 * Places one marker per loop whose nodes all have boxes, in the order given:
 * earlier loops get the better spots. The search walks rings of candidate
 * centres round the loop's centroid, nearest first, and takes the first whose
 * footprint clears every node box and every marker already placed, and the
 * links' words (`words`: labels and polarity marks, draw/links.ts linkWords),
 * which a marker drawn over the links would otherwise hide.
 */
export function placeLoopMarkers(loops: readonly MarkedLoop[], boxes: ReadonlyMap<string, Box>, scale = 1, words: readonly Box[] = []): LoopMarker[] {
  const all = [...boxes.values()];
  const placed: LoopMarker[] = [];
  for (const loop of loops) {
    const own = loop.nodeIds.map((id) => boxes.get(id));
    if (!own.length || own.some((b) => !b)) continue;
    const centres = (own as Box[]).map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
    const centroid = { x: centres.reduce((s, p) => s + p.x, 0) / centres.length, y: centres.reduce((s, p) => s + p.y, 0) / centres.length };
    const name = loop.name ? truncate(loop.name, NAME_MAX, MARKER_NAME_SIZE, true) : '';
    const nameWidth = name ? textWidth(name, MARKER_NAME_SIZE, true) : 0;
    const free = (c: Point) => {
      const box = footprint(c, nameWidth, scale);
      return !all.some((b) => overlaps(box, b, CLEARANCE)) && !placed.some((m) => overlaps(box, m.box, CLEARANCE)) && !words.some((w) => overlaps(box, w, 0));
    };
    const centre = nearestFree(centroid, free, scale) ?? centroid;
    placed.push({ loop, centre, clockwise: signedArea(centres) >= 0, name, box: footprint(centre, nameWidth, scale), scale });
  }
  return placed;
}

function nearestFree(from: Point, free: (c: Point) => boolean, scale: number): Point | null {
  if (free(from)) return from;
  const step = STEP * scale;
  for (let ring = 1; ring <= RINGS; ring++) {
    const r = ring * step;
    // More candidates on wider rings, so the spacing along a ring stays about one step.
    const n = Math.max(8, Math.round((2 * Math.PI * r) / step));
    let best: Point | null = null;
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 2 * Math.PI;
      const c = { x: from.x + r * Math.cos(a), y: from.y + r * Math.sin(a) };
      if (free(c)) {
        best = c;
        break;
      }
    }
    if (best) return best;
  }
  return null;
}

/** Positive when the points run clockwise on a y-down page. */
function signedArea(ps: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const q = ps[(i + 1) % ps.length]!;
    s += p.x * q.y - q.x * p.y;
  }
  return s;
}

/** The circular arrow: an arc of about 300° in quadratic pieces, and its arrowhead. */
export function glyphPaths(m: Pick<LoopMarker, 'centre' | 'clockwise'>): { arc: Segment[]; head: Segment[] } {
  const { x, y } = m.centre;
  const r = MARKER_RADIUS;
  const dir = m.clockwise ? 1 : -1;
  // The gap is at the top; the arrow ends at its one side and points into it.
  const start = -Math.PI / 2 + dir * 0.55;
  const sweep = dir * (2 * Math.PI - 1.1);
  const pieces = 8;
  const at = (a: number, k = r): Point => ({ x: x + k * Math.cos(a), y: y + k * Math.sin(a) });
  const p0 = at(start);
  const arc: Segment[] = [['M', p0.x, p0.y]];
  for (let i = 1; i <= pieces; i++) {
    const a0 = start + (sweep * (i - 1)) / pieces;
    const a1 = start + (sweep * i) / pieces;
    const half = (a1 - a0) / 2;
    const c = at(a0 + half, r / Math.cos(half));
    const e = at(a1);
    arc.push(['Q', c.x, c.y, e.x, e.y]);
  }
  const end = start + sweep;
  const tip = at(end + dir * 0.42);
  const outer = at(end, r + 5);
  const inner = at(end, r - 5);
  const head: Segment[] = [['M', tip.x, tip.y], ['L', outer.x, outer.y], ['L', inner.x, inner.y], ['Z']];
  return { arc, head };
}

/**
 * How much to enlarge markers on a canvas zoomed by `zoom`, so the tag and the
 * name are never drawn smaller than their natural size on screen; in quarter
 * steps, so a marker does not hop about on every frame of a zoom.
 */
export function markerScaleAt(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return Math.min(4, Math.max(1, Math.ceil(4 / zoom) / 4));
}

/** A marker as shapes at its natural size (the exports; the canvas draws the same, enlarged by m.scale round its centre). */
export function markerPrims(m: LoopMarker): Prim[] {
  const colour = markerColour(m.loop.kind);
  const { arc, head } = glyphPaths(m);
  const prims: Prim[] = [
    { t: 'circle', cx: m.centre.x, cy: m.centre.y, r: MARKER_RADIUS + 2, fill: '#ffffff' },
    { t: 'path', d: arc, stroke: colour, lw: 2.5, cap: 'round' },
    { t: 'path', d: head, fill: colour },
    { t: 'text', x: m.centre.x, y: m.centre.y + TAG_SIZE * 0.36, text: m.loop.tag, size: TAG_SIZE, bold: true, fill: colour, anchor: 'middle' },
  ];
  if (m.name) {
    const w = textWidth(m.name, MARKER_NAME_SIZE, true) + 8;
    // A white plate under the name, so a link passing behind does not cross its letters.
    prims.push({ t: 'rect', x: m.centre.x - w / 2, y: m.centre.y + MARKER_RADIUS + 3, w, h: MARKER_NAME_SIZE + 5, r: 3, fill: '#ffffff' });
  }
  if (m.name) prims.push({ t: 'text', x: m.centre.x, y: m.centre.y + MARKER_RADIUS + 4 + MARKER_NAME_SIZE, text: m.name, size: MARKER_NAME_SIZE, bold: true, fill: '#1f2937', anchor: 'middle' });
  return prims;
}
