/**
 * Theme regions: when a map is clustered (each theme's nodes form a compact
 * group no other node's box enters), each theme is drawn as a soft, rounded
 * region round its nodes with its name at the top, the way hand-drawn system
 * maps name their areas. The canvas and the exports draw the same shapes.
 */
import type { Box, Point } from './geometry.ts';
import { convexHull, polygonMeetsBox } from './hull.ts';
import type { Prim, Segment } from './prims.ts';
import { tint } from '../model/palette.ts';
import type { Id, Theme } from '../model/types.ts';

/** How far a region reaches past its nodes' boxes. */
export const REGION_MARGIN = 22;
const MARGIN = REGION_MARGIN;
const NAME_SIZE = 15;
/** Room above a region's boxes for its name. */
export const REGION_NAME_ROOM = NAME_SIZE + 6;

export interface ThemeRegion {
  theme: Theme;
  /** The outline, a rounded hull. */
  d: Segment[];
  /** Where the name sits (its baseline, centred), above the region's top. */
  name: Point;
  bounds: Box;
}

/**
 * Regions for the themes that are compact: a theme whose grown hull another
 * node's box enters (a theme scattered across the map) gets none, since a
 * region there would claim nodes that are not in it.
 */
export function themeRegions(themes: Record<Id, Theme>, nodes: Iterable<{ box: Box; themeId: Id | null }>): ThemeRegion[] {
  const byTheme = new Map<Id, Box[]>();
  const all: { box: Box; themeId: Id | null }[] = [];
  for (const n of nodes) {
    all.push(n);
    if (!n.themeId || !themes[n.themeId]) continue;
    const boxes = byTheme.get(n.themeId);
    if (boxes) boxes.push(n.box);
    else byTheme.set(n.themeId, [n.box]);
  }
  const out: ThemeRegion[] = [];
  for (const [id, boxes] of byTheme) {
    const hull = convexHull(boxes.flatMap((b) => corners(b, MARGIN)));
    const top = hull.reduce((a, p) => (p.y < a ? p.y : a), Infinity);
    const xs = hull.map((p) => p.x);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y1 = Math.max(...hull.map((p) => p.y));
    // Only a box within the hull's bounds can meet the hull: the exact test for those alone (it runs on every move of a node).
    const near = (b: Box) => b.x <= x1 && b.x + b.width >= x0 && b.y <= y1 && b.y + b.height >= top;
    if (all.some((n) => n.themeId !== id && near(n.box) && polygonMeetsBox(hull, n.box))) continue;
    out.push({ theme: themes[id]!, d: rounded(hull, 18), name: { x: (x0 + x1) / 2, y: top + NAME_SIZE + 4 }, bounds: { x: x0, y: top, width: x1 - x0, height: y1 - top } });
  }
  return out;
}

const corners = (b: Box, m: number): Point[] => [
  { x: b.x - m, y: b.y - m - NAME_SIZE - 6 },
  { x: b.x + b.width + m, y: b.y - m - NAME_SIZE - 6 },
  { x: b.x - m, y: b.y + b.height + m },
  { x: b.x + b.width + m, y: b.y + b.height + m },
];

/** A closed polygon with every corner rounded by up to r. */
function rounded(poly: readonly Point[], r: number): Segment[] {
  const n = poly.length;
  if (n < 3) return [];
  const d: Segment[] = [];
  for (let i = 0; i < n; i++) {
    const p = poly[(i + n - 1) % n]!;
    const c = poly[i]!;
    const q = poly[(i + 1) % n]!;
    const lin = Math.hypot(c.x - p.x, c.y - p.y) || 1;
    const lout = Math.hypot(q.x - c.x, q.y - c.y) || 1;
    const k = Math.min(r, lin / 2, lout / 2);
    const a = { x: c.x + ((p.x - c.x) / lin) * k, y: c.y + ((p.y - c.y) / lin) * k };
    const b = { x: c.x + ((q.x - c.x) / lout) * k, y: c.y + ((q.y - c.y) / lout) * k };
    d.push(i === 0 ? ['M', a.x, a.y] : ['L', a.x, a.y], ['Q', c.x, c.y, b.x, b.y]);
  }
  d.push(['Z']);
  return d;
}

/** The region as shapes for the exports: a pale fill, a soft outline, the name in the theme's colour. */
export function regionPrims(r: ThemeRegion): Prim[] {
  return [
    { t: 'path', d: r.d, fill: tint(r.theme.colour, 0.9), stroke: tint(r.theme.colour, 0.45), lw: 1.5 },
    { t: 'text', x: r.name.x, y: r.name.y, text: r.theme.name, size: NAME_SIZE, bold: true, fill: darker(r.theme.colour), anchor: 'middle' },
  ];
}

/** A darker shade of a #rrggbb colour, for a name readable on its pale region. */
export function darker(colour: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return '#374151';
  const v = parseInt(colour.slice(1), 16);
  const ch = (s: number) => Math.round(((v >> s) & 255) * 0.55);
  return `#${((ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).padStart(6, '0')}`;
}
