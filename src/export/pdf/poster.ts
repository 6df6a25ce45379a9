/**
 * A poster: the sheet (title, map, key) printed at a chosen scale across
 * several pages. Each page shows its part of the poster inside crop marks,
 * repeats a strip of its neighbours for gluing, carries ⊕ marks in that
 * strip to line pages up, and says in its margin which page it is and which
 * pages go around it. A key page first shows how the pages fit together.
 */
import { tint } from '../../model/palette.ts';
import { inflate, intersects, itemShows, primBox, type Prim } from '../../draw/prims.ts';
import { formatDate } from '../scene/title-block.ts';
import { textWidth, wrapText } from '../../draw/text/metrics.ts';
import { SHAPES_PER_TURN, type Tick } from './fit-page.ts';
import type { PosterPlan } from './layout.ts';
import { MM, type Tile } from './pages.ts';
import type { Painter, View } from './render.ts';

const INK = '#111827';
const MUTED = '#5b6270';

function registrationMarks(plan: PosterPlan): Prim[] {
  const t = plan.tiles;
  const r = 2.2 * MM;
  const mark = (x: number, y: number): Prim[] => [
    { t: 'circle', cx: x, cy: y, r, fill: '#ffffff', stroke: INK, lw: 0.5 },
    { t: 'path', d: [['M', x - 2 * r, y], ['L', x + 2 * r, y]], stroke: INK, lw: 0.5 },
    { t: 'path', d: [['M', x, y - 2 * r], ['L', x, y + 2 * r]], stroke: INK, lw: 0.5 },
  ];
  const prims: Prim[] = [];
  for (let c = 0; c < t.cols - 1; c++) {
    for (let row = 0; row < t.rows; row++) prims.push(...mark((c + 1) * t.stepX + t.overlap / 2, row * t.stepY + t.contentHeight / 2));
  }
  for (let row = 0; row < t.rows - 1; row++) {
    for (let c = 0; c < t.cols; c++) prims.push(...mark(c * t.stepX + t.contentWidth / 2, (row + 1) * t.stepY + t.overlap / 2));
  }
  return prims;
}

function cropMarks(x: number, y: number, w: number, h: number): Prim[] {
  const gap = 1.5 * MM;
  const len = 6 * MM;
  const prims: Prim[] = [];
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + w, y, 1, -1],
    [x, y + h, -1, 1],
    [x + w, y + h, 1, 1],
  ] as const) {
    prims.push({ t: 'path', d: [['M', cx + dx * gap, cy], ['L', cx + dx * (gap + len), cy]], stroke: INK, lw: 0.5 });
    prims.push({ t: 'path', d: [['M', cx, cy + dy * gap], ['L', cx, cy + dy * (gap + len)]], stroke: INK, lw: 0.5 });
  }
  return prims;
}

function marginNotes(plan: PosterPlan, tile: Tile, title: string): Prim[] {
  const t = plan.tiles;
  const m = t.margin;
  const { width: W, height: H } = t.page;
  const at = (row: number, col: number) => t.tiles.find((x) => x.row === row && x.col === col)?.label;
  const around = [
    ['above', at(tile.row - 1, tile.col)],
    ['left', at(tile.row, tile.col - 1)],
    ['right', at(tile.row, tile.col + 1)],
    ['below', at(tile.row + 1, tile.col)],
  ].filter((a): a is [string, string] => !!a[1]);
  const prims: Prim[] = [
    { t: 'text', x: m + 2 * MM, y: m - 4.5 * MM, text: tile.label, size: 14, bold: true, fill: INK },
    {
      t: 'text',
      x: m + 2 * MM + textWidth(tile.label, 14, true) + 3 * MM,
      y: m - 4.5 * MM,
      text: `row ${tile.label.replace(/\d+$/, '')}, column ${tile.col + 1} of a ${t.rows} × ${t.cols} poster · ${title}`,
      size: 7.5,
      fill: MUTED,
    },
    { t: 'text', x: m + 2 * MM, y: H - m + 7 * MM, text: around.map(([where, label]) => `${where}: ${label}`).join('   ·   '), size: 7.5, fill: MUTED },
  ];
  // Grey bars in the margin show which strips repeat on a neighbouring page.
  const bar = (x: number, y: number, w: number, h: number): Prim => ({ t: 'rect', x, y, w, h, fill: '#d1d5db' });
  const o = t.overlap;
  if (tile.col > 0) prims.push(bar(m, H - m + 1.5 * MM, o, 1.5 * MM));
  if (tile.col < t.cols - 1) prims.push(bar(m + t.contentWidth - o, H - m + 1.5 * MM, o, 1.5 * MM));
  if (tile.row > 0) prims.push(bar(W - m + 1.5 * MM, m, 1.5 * MM, o));
  if (tile.row < t.rows - 1) prims.push(bar(W - m + 1.5 * MM, m + t.contentHeight - o, 1.5 * MM, o));
  prims.push(...cropMarks(m, m, t.contentWidth, t.contentHeight));
  return prims;
}

export async function drawTile(painter: Painter, plan: PosterPlan, tile: Tile, title: string, tick: Tick): Promise<void> {
  const t = plan.tiles;
  const m = t.margin;
  const { k, sheet, scene } = plan;
  const sheetView: View = { k, ox: m - tile.x, oy: m - tile.y };
  const mapView: View = { k, ox: sheetView.ox + k * (sheet.mapArea.x - sheet.mapView.x), oy: sheetView.oy + k * (sheet.mapArea.y - sheet.mapView.y) };
  // What this page shows, in sheet and in map coordinates.
  const onSheet = { x: tile.x / k, y: tile.y / k, width: t.contentWidth / k, height: t.contentHeight / k };
  const onMap = inflate({ ...onSheet, x: onSheet.x - sheet.mapArea.x + sheet.mapView.x, y: onSheet.y - sheet.mapArea.y + sheet.mapView.y }, 2);
  painter.beginClip(m, m, t.contentWidth, t.contentHeight);
  painter.paint(
    sheet.furniture.filter((p) => intersects(primBox(p), onSheet)),
    sheetView,
  );
  let shapes = 0;
  for (const item of scene.items) {
    if (!itemShows(item, onMap)) continue;
    painter.paint(item.prims, mapView);
    shapes += item.prims.length;
    if (shapes > SHAPES_PER_TURN) {
      shapes = 0;
      await tick(`Drawing page ${tile.label}`);
    }
  }
  painter.paint(registrationMarks(plan), { k: 1, ox: m - tile.x, oy: m - tile.y });
  painter.endClip();
  painter.paint(marginNotes(plan, tile, title));
}

/** The first page: how many pages, how big, how to put them together, and a picture of the layout. */
export function drawKeyPage(painter: Painter, plan: PosterPlan, title: string, date: Date): void {
  const t = plan.tiles;
  const { width: W, height: H } = t.page;
  const m = t.margin + 4 * MM;
  const mm = (pt: number) => Math.round(pt / MM);
  const posterW = plan.sheet.width * plan.k;
  const posterH = plan.sheet.height * plan.k;
  const lines = [
    `${t.tiles.length} pages in ${t.rows} row${t.rows === 1 ? '' : 's'} (A–${t.tiles[t.tiles.length - 1]!.label.replace(/\d+$/, '')}) and ${t.cols} column${t.cols === 1 ? '' : 's'} (1–${t.cols}); the assembled poster is about ${mm(posterW)} × ${mm(posterH)} mm.`,
    'Print at 100% ("actual size"), not "fit to page". Each page repeats a strip of its neighbours, marked by grey bars in its margin.',
    'Trim the top and left margins of every page along the crop marks (except on row A and in column 1), lay each page over its neighbours so that the ⊕ marks meet, and tape from behind.',
  ];
  const prims: Prim[] = [
    { t: 'text', x: m, y: m + 16, text: 'Poster assembly key', size: 18, bold: true, fill: INK },
    { t: 'text', x: m, y: m + 34, text: `${title} · ${formatDate(date)}`, size: 10, fill: MUTED },
  ];
  let y = m + 54;
  for (const l of lines) {
    for (const w of wrapText(l, W - 2 * m, 9.5)) {
      prims.push({ t: 'text', x: m, y, text: w, size: 9.5, fill: INK });
      y += 13;
    }
    y += 3;
  }
  painter.paint(prims);
  // The poster in miniature, with each page's share outlined and labelled.
  const area = { x: m, y: y + 10, width: W - 2 * m, height: H - m - y - 10 };
  const gridW = (t.cols - 1) * t.stepX + t.contentWidth;
  const gridH = (t.rows - 1) * t.stepY + t.contentHeight;
  const s = Math.min(area.width / gridW, area.height / gridH);
  const ox = area.x + (area.width - gridW * s) / 2;
  const oy = area.y;
  const mini: Prim[] = [{ t: 'rect', x: ox, y: oy, w: posterW * s, h: posterH * s, fill: '#f9fafb', stroke: '#9ca3af', lw: 0.5 }];
  const { sheet, scene, k } = plan;
  const px = (x: number) => ox + (sheet.mapArea.x + x - sheet.mapView.x) * k * s;
  const py = (y: number) => oy + (sheet.mapArea.y + y - sheet.mapView.y) * k * s;
  const boxes = new Map(scene.nodes.map((n) => [n.node.id, n.box]));
  for (const l of Object.values(scene.doc.links)) {
    const a = boxes.get(l.source);
    const b = boxes.get(l.target);
    if (a && b) mini.push({ t: 'path', d: [['M', px(a.x + a.width / 2), py(a.y + a.height / 2)], ['L', px(b.x + b.width / 2), py(b.y + b.height / 2)]], stroke: '#cbd5e1', lw: 0.3 });
  }
  for (const n of scene.nodes) {
    const colour = n.node.clusterId ? scene.doc.clusters[n.node.clusterId]?.colour : undefined;
    mini.push({ t: 'rect', x: px(n.box.x), y: py(n.box.y), w: n.box.width * k * s, h: n.box.height * k * s, fill: colour ? tint(colour, 0.5) : '#d1d5db' });
  }
  for (const f of [sheet.titleArea, sheet.legendArea]) {
    if (f) mini.push({ t: 'rect', x: ox + f.x * k * s, y: oy + f.y * k * s, w: f.width * k * s, h: f.height * k * s, fill: '#e5e7eb' });
  }
  const labelSize = Math.max(7, Math.min(22, (t.stepY * s) / 3));
  for (const tile of t.tiles) {
    mini.push({ t: 'rect', x: ox + tile.x * s, y: oy + tile.y * s, w: t.contentWidth * s, h: t.contentHeight * s, stroke: INK, lw: 0.6, dash: [3, 2] });
  }
  for (const tile of t.tiles) {
    const cx = ox + (tile.x + t.stepX / 2 + (tile.col === 0 ? 0 : t.overlap / 2)) * s;
    const cy = oy + (tile.y + t.stepY / 2 + (tile.row === 0 ? 0 : t.overlap / 2)) * s + labelSize * 0.35;
    const w = textWidth(tile.label, labelSize, true) + labelSize * 0.6;
    mini.push({ t: 'rect', x: cx - w / 2, y: cy - labelSize * 1.02, w, h: labelSize * 1.35, r: labelSize * 0.2, fill: '#ffffff', stroke: '#9ca3af', lw: 0.4 });
    mini.push({ t: 'text', x: cx, y: cy, text: tile.label, size: labelSize, bold: true, fill: INK, anchor: 'middle' });
  }
  painter.paint(mini);
}
