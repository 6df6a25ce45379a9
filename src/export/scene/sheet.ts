/**
 * A whole sheet in map units: the title block across the top, the map below
 * it and the key to its right. The SVG is one such sheet; a poster is one
 * printed large and cut into pages.
 */
import type { Box } from '../../draw/geometry.ts';
import { LEGEND_COLUMN, layoutLegend } from './legend.ts';
import type { LegendModel } from '../../views/legend.ts';
import type { MapScene } from './map-scene.ts';
import { transformPrims, type Prim } from '../../draw/prims.ts';
import { layoutTitleBlock, type TitleInfo } from './title-block.ts';

export interface Sheet {
  width: number;
  height: number;
  /** Where the map's visible rectangle sits on the sheet. */
  mapArea: Box;
  /** The rectangle of map coordinates shown in mapArea (same size: one map unit is one sheet unit). */
  mapView: Box;
  /** Title block and key, already in sheet coordinates. */
  furniture: Prim[];
  titleArea: Box | null;
  legendArea: Box | null;
}

export interface SheetOptions {
  title: TitleInfo | null;
  legend: LegendModel | null;
  viewport?: Box;
  /** How much bigger than the map's own text the title and key are drawn. */
  furnitureScale?: number;
  /** Where the key goes; default beside the map. */
  legendPlacement?: 'right' | 'below';
}

const PAD = 32;
const GAP = 40;


export function composeSheet(scene: MapScene, options: SheetOptions): Sheet {
  const k = options.furnitureScale ?? 1;
  const view = options.viewport ?? scene.bounds;
  const below = options.legendPlacement === 'below';
  const legend = !options.legend
    ? null
    : below
      ? layoutLegend(options.legend, LEGEND_COLUMN, { maxColumns: Math.max(1, Math.floor((view.width / k + 24) / (LEGEND_COLUMN + 24))) })
      : layoutLegend(options.legend, LEGEND_COLUMN, { maxHeight: Math.max(view.height, 480 * k) / k });
  const legendW = legend ? legend.width * k : 0;
  const legendH = legend ? legend.height * k : 0;
  const contentW = below ? Math.max(view.width, legendW) : view.width + (legend ? GAP + legendW : 0);
  const title = options.title ? layoutTitleBlock(options.title, contentW / k) : null;
  const titleH = title ? title.height * k + 24 : 0;
  const mapArea: Box = { x: PAD, y: PAD + titleH, width: view.width, height: view.height };
  const legendArea: Box | null = !legend
    ? null
    : below
      ? { x: PAD, y: mapArea.y + view.height + GAP, width: legendW, height: legendH }
      : { x: PAD + view.width + GAP, y: mapArea.y, width: legendW, height: legendH };
  const furniture: Prim[] = [];
  if (title) furniture.push(...transformPrims(title.prims, PAD, PAD, k));
  if (legend && legendArea) furniture.push(...transformPrims(legend.prims, legendArea.x, legendArea.y, k));
  const bottom = below && legendArea ? legendArea.y + legendH : mapArea.y + Math.max(view.height, legendH);
  return {
    width: Math.ceil(2 * PAD + contentW),
    height: Math.ceil(bottom + PAD),
    mapArea,
    mapView: view,
    furniture,
    titleArea: title ? { x: PAD, y: PAD, width: contentW, height: title.height * k } : null,
    legendArea,
  };
}
