/**
 * Paper and tiling geometry, in PDF points (1/72 inch). Pure: the export
 * dialog can ask how many pages a poster will take before printing it.
 */
import type { Orientation, PageSizeName } from '../types.ts';

export const MM = 72 / 25.4;

/** Portrait width and height in mm. */
export const PAGE_SIZES_MM: Record<PageSizeName, readonly [number, number]> = {
  a4: [210, 297],
  a3: [297, 420],
  a2: [420, 594],
  a1: [594, 841],
  a0: [841, 1189],
  letter: [215.9, 279.4],
  tabloid: [279.4, 431.8],
};

export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES_MM) as PageSizeName[];

export const PAGE_LABELS: Record<PageSizeName, string> = {
  a4: 'A4',
  a3: 'A3',
  a2: 'A2',
  a1: 'A1',
  a0: 'A0',
  letter: 'Letter',
  tabloid: 'Tabloid',
};

export interface PageSize {
  width: number;
  height: number;
}

export function pageSize(name: PageSizeName, orientation: Orientation): PageSize {
  const [w, h] = PAGE_SIZES_MM[name];
  return orientation === 'portrait' ? { width: w * MM, height: h * MM } : { width: h * MM, height: w * MM };
}

/** Rows are lettered (A…Z, AA…), columns numbered, as on a street map: "B2" is row B, column 2. */
export function rowLetter(row: number): string {
  let s = '';
  let n = row + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const cellLabel = (row: number, col: number) => `${rowLetter(row)}${col + 1}`;

export interface Tile {
  row: number;
  col: number;
  label: string;
  /** The part of the poster this page shows, in poster points. */
  x: number;
  y: number;
}

export interface TilePlan {
  page: PageSize;
  /** White border every printer needs, in points. */
  margin: number;
  overlap: number;
  /** The poster area each page shows (page less margins). */
  contentWidth: number;
  contentHeight: number;
  /** How far apart neighbouring pages' areas start: content less overlap. */
  stepX: number;
  stepY: number;
  rows: number;
  cols: number;
  tiles: Tile[];
}

/**
 * Covers a poster of posterWidth × posterHeight points with pages, each
 * repeating `overlap` points of its neighbour, in reading order (A1, A2, …, B1).
 */
/** More tiles than any poster may print (see MAX_POSTER_PAGES); only the first this many are listed. */
const MAX_TILE_LIST = 10_000;

export function planTiles(posterWidth: number, posterHeight: number, page: PageSize, margin: number, overlap: number): TilePlan {
  const contentWidth = page.width - 2 * margin;
  const contentHeight = page.height - 2 * margin;
  const stepX = contentWidth - overlap;
  const stepY = contentHeight - overlap;
  // A hair of tolerance so a poster that fits exactly does not get an extra, empty row.
  const count = (size: number, content: number, step: number) => Math.max(1, Math.ceil((size - content - 0.01) / step) + 1);
  const cols = count(posterWidth, contentWidth, stepX);
  const rows = count(posterHeight, contentHeight, stepY);
  const tiles: Tile[] = [];
  // A far-flung map at a big scale can ask for millions of pages: the list stops at a bound (count with rows × cols).
  for (let row = 0; row < rows && tiles.length < MAX_TILE_LIST; row++) {
    for (let col = 0; col < cols && tiles.length < MAX_TILE_LIST; col++) tiles.push({ row, col, label: cellLabel(row, col), x: col * stepX, y: row * stepY });
  }
  return { page, margin, overlap, contentWidth, contentHeight, stepX, stepY, rows, cols, tiles };
}

/** Which page a poster point is printed on: the one whose area it falls in before the overlap. */
export function tileAt(plan: TilePlan, x: number, y: number): Tile {
  const col = Math.min(plan.cols - 1, Math.max(0, Math.floor(x / plan.stepX)));
  const row = Math.min(plan.rows - 1, Math.max(0, Math.floor(y / plan.stepY)));
  return plan.tiles[row * plan.cols + col]!;
}
