/**
 * Where everything goes on the map pages, decided before anything is drawn:
 * pure, so tests and the export dialog can ask how many pages a poster takes
 * and which grid square or page each node lands on.
 */
import type { Box } from '../../draw/geometry.ts';
import type { MapDocument } from '../../model/types.ts';
import { LEGEND_COLUMN, layoutLegend, type LegendBlock } from '../scene/legend.ts';
import { legendModel } from '../../views/legend.ts';
import { buildMapScene, type MapScene } from '../scene/map-scene.ts';
import { composeSheet, type Sheet } from '../scene/sheet.ts';
import { layoutTitleBlock, titleInfo } from '../scene/title-block.ts';
import type { Orientation, PdfExportOptions } from '../types.ts';
import { cellLabel, MM, pageSize, planTiles, tileAt, type PageSize, type TilePlan } from './pages.ts';
import type { View } from './render.ts';

/** One screen pixel printed at its CSS size is 0.75 pt (1/96 inch). */
const PT_PER_PX = 0.75;

export interface FitPlan {
  kind: 'fit';
  scene: MapScene;
  page: PageSize;
  margin: number;
  /** Page points per unit for the title block and key. */
  furniture: number;
  title: { prims: LegendBlock['prims']; height: number; x: number; y: number };
  legend: LegendBlock & { x: number; y: number };
  /** Map coordinates to page points. */
  view: View;
  /** The map as drawn, in page points, with its reference grid. */
  mapRect: Box;
  grid: { rows: number; cols: number };
}

export interface PosterPlan {
  kind: 'poster';
  scene: MapScene;
  sheet: Sheet;
  /** Page points per sheet unit. */
  k: number;
  tiles: TilePlan;
  orientation: Orientation;
}

/**
 * The whole map on one page. Unless an orientation is asked for, both are
 * tried and the one printing the map larger wins (the map's shape alone is
 * not enough: the key needs room beside or under it), so the map fills the
 * sheet rather than its top half.
 */
export function planFit(doc: MapDocument, options: PdfExportOptions): FitPlan {
  const lens = options.lens ?? { kind: 'none' };
  const scene = buildMapScene(doc, lens, { sizeBy: options.sizeBy ?? 'none', themeRegions: options.themeRegions !== false, ...(options.filter ? { filter: options.filter } : {}) });
  if (options.orientation) return planFitOn(doc, options, scene, options.orientation);
  const landscape = planFitOn(doc, options, scene, 'landscape');
  const portrait = planFitOn(doc, options, scene, 'portrait');
  // On a tie (a small map at its largest size either way) the shape of the map decides.
  if (Math.abs(portrait.view.k - landscape.view.k) < 1e-9) return scene.bounds.width >= scene.bounds.height ? landscape : portrait;
  return portrait.view.k > landscape.view.k ? portrait : landscape;
}

function planFitOn(doc: MapDocument, options: PdfExportOptions, scene: ReturnType<typeof buildMapScene>, orientation: Orientation): FitPlan {
  const lens = options.lens ?? { kind: 'none' };
  const page = pageSize(options.page ?? 'a4', orientation);
  const f = Math.min(page.width, page.height) / (210 * MM);
  const margin = 10 * MM * Math.sqrt(f);
  const K = 0.66 * f;
  const inner = page.width - 2 * margin;
  const title = layoutTitleBlock(titleInfo(doc, { ...options, lens }), inner / K);
  const top = margin + title.height * K + 10 * K;
  const footer = 12 * Math.sqrt(f);
  const model = { ...legendModel(scene.doc, lens, doc), sizeBy: options.sizeBy ?? 'none' };
  const gutter = 12 * K;
  const b = scene.bounds;
  const height = page.height - margin - footer - top - gutter;
  // A small map is not blown up past 1.2 × its screen size (more on bigger paper): giant boxes help nobody.
  const maxK = 1.2 * PT_PER_PX * f;
  // The key goes beside the map or under it, whichever leaves the map bigger.
  const arrangements = (['right', 'below'] as const).map((where) => {
    const legend =
      where === 'right'
        ? layoutLegend(model, LEGEND_COLUMN, { maxHeight: (page.height - margin - footer - top) / K })
        : layoutLegend(model, LEGEND_COLUMN, { maxColumns: Math.max(1, Math.floor((inner / K + 24) / (LEGEND_COLUMN + 24))) });
    const area: Box =
      where === 'right'
        ? { x: margin + gutter, y: top + gutter, width: inner - legend.width * K - 18 * K - gutter, height }
        : { x: margin + gutter, y: top + gutter, width: inner - gutter, height: height - legend.height * K - 14 * K };
    const k = Math.min(area.width / b.width, area.height / b.height, maxK);
    const legendPos = where === 'right' ? { x: page.width - margin - legend.width * K, y: top } : { x: margin, y: area.y + b.height * k + 14 * K };
    return { legend: { ...legend, ...legendPos }, area, k };
  });
  const { legend, area, k } = arrangements[1]!.k > arrangements[0]!.k * 1.02 ? arrangements[1]! : arrangements[0]!;
  const mapRect: Box = { x: area.x + (area.width - b.width * k) / 2, y: area.y, width: b.width * k, height: b.height * k };
  const cell = 36 * MM * Math.sqrt(f);
  const cols = Math.min(26, Math.max(2, Math.round(mapRect.width / cell)));
  const rows = Math.min(26, Math.max(2, Math.round(mapRect.height / (mapRect.width / cols))));
  return {
    kind: 'fit',
    scene,
    page,
    margin,
    furniture: K,
    title: { ...title, x: margin, y: margin },
    legend,
    view: { k, ox: mapRect.x - b.x * k, oy: mapRect.y - b.y * k },
    mapRect,
    grid: { rows, cols },
  };
}

/** The grid square ("C4") of a point given in page points on a fit page. */
function fitGridRef(plan: FitPlan, x: number, y: number): string {
  const { mapRect: r, grid } = plan;
  const col = Math.min(grid.cols - 1, Math.max(0, Math.floor(((x - r.x) / r.width) * grid.cols)));
  const row = Math.min(grid.rows - 1, Math.max(0, Math.floor(((y - r.y) / r.height) * grid.rows)));
  return cellLabel(row, col);
}

export const POSTER_MARGIN_MM = 12;
/** More pages than this is almost certainly a mistaken scale; the export refuses rather than making a 900-page file. */
export const MAX_POSTER_PAGES = 200;
const POSTER_FURNITURE = 1.4;

export function planPoster(doc: MapDocument, options: PdfExportOptions): PosterPlan {
  const lens = options.lens ?? { kind: 'none' };
  const scene = buildMapScene(doc, lens, { sizeBy: options.sizeBy ?? 'none', themeRegions: options.themeRegions !== false, ...(options.filter ? { filter: options.filter } : {}) });
  const scale = options.posterScale ?? 1;
  const k = PT_PER_PX * scale;
  const title = titleInfo(doc, { ...options, lens, printScale: printScaleText(scale) });
  const legend = { ...legendModel(scene.doc, lens, doc), sizeBy: options.sizeBy ?? 'none' };
  const overlap = (options.overlapMm ?? 10) * MM;
  const orientations: Orientation[] = options.orientation ? [options.orientation] : ['landscape', 'portrait'];
  // Every arrangement of key and paper is tried; the one needing fewest sheets wins (the first listed on a tie).
  let best: PosterPlan | null = null;
  for (const legendPlacement of ['right', 'below'] as const) {
    const sheet = composeSheet(scene, { title, legend, furnitureScale: POSTER_FURNITURE, legendPlacement });
    for (const orientation of orientations) {
      const tiles = planTiles(sheet.width * k, sheet.height * k, pageSize(options.page ?? 'a4', orientation), POSTER_MARGIN_MM * MM, overlap);
      if (!best || tiles.rows * tiles.cols < best.tiles.rows * best.tiles.cols) best = { kind: 'poster', scene, sheet, k, tiles, orientation };
    }
  }
  return best!;
}

export function printScaleText(scale: number): string {
  const mm = (25.4 / 96) * scale;
  return `${Math.round(scale * 100)}% of screen size (1 px = ${mm.toFixed(2)} mm)`;
}

/** Where each node is found: its grid square on a fit page, or its page label on a poster. */
export function nodeRefs(plan: FitPlan | PosterPlan): Map<string, string> {
  const refs = new Map<string, string>();
  for (const n of plan.scene.nodes) {
    const cx = n.box.x + n.box.width / 2;
    const cy = n.box.y + n.box.height / 2;
    if (plan.kind === 'fit') {
      refs.set(n.node.id, fitGridRef(plan, plan.view.ox + cx * plan.view.k, plan.view.oy + cy * plan.view.k));
    } else {
      const { mapArea, mapView } = plan.sheet;
      refs.set(n.node.id, tileAt(plan.tiles, (mapArea.x + cx - mapView.x) * plan.k, (mapArea.y + cy - mapView.y) * plan.k).label);
    }
  }
  return refs;
}
