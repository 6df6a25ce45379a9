/**
 * The whole map on one page: title block across the top, the map under a
 * light lettered grid (so the index can say "C4"), and the key beside or
 * below it.
 */
import type { Prim } from '../../draw/prims.ts';
import { rowLetter } from './pages.ts';
import type { FitPlan } from './layout.ts';
import type { Painter } from './render.ts';

const GRID_INK = '#cbd5e1';
const GRID_LABEL = '#6b7280';

export type Tick = (message: string) => Promise<void>;

/** Shapes drawn before giving the browser a turn (a few milliseconds' work), so a big map never freezes the page. */
export const SHAPES_PER_TURN = 4000;

function gridPrims(plan: FitPlan): Prim[] {
  const { mapRect: r, grid, furniture: K } = plan;
  const lw = 0.4 * Math.sqrt(K / 0.66);
  const size = 10 * K;
  const prims: Prim[] = [{ t: 'rect', x: r.x, y: r.y, w: r.width, h: r.height, stroke: GRID_INK, lw }];
  const cw = r.width / grid.cols;
  const ch = r.height / grid.rows;
  for (let c = 1; c < grid.cols; c++) prims.push({ t: 'path', d: [['M', r.x + c * cw, r.y], ['L', r.x + c * cw, r.y + r.height]], stroke: GRID_INK, lw });
  for (let row = 1; row < grid.rows; row++) prims.push({ t: 'path', d: [['M', r.x, r.y + row * ch], ['L', r.x + r.width, r.y + row * ch]], stroke: GRID_INK, lw });
  for (let c = 0; c < grid.cols; c++) {
    prims.push({ t: 'text', x: r.x + (c + 0.5) * cw, y: r.y - 4 * K, text: String(c + 1), size, bold: true, fill: GRID_LABEL, anchor: 'middle' });
  }
  for (let row = 0; row < grid.rows; row++) {
    prims.push({ t: 'text', x: r.x - 6 * K, y: r.y + (row + 0.5) * ch + size * 0.35, text: rowLetter(row), size, bold: true, fill: GRID_LABEL, anchor: 'middle' });
  }
  return prims;
}

export async function drawFitPage(painter: Painter, plan: FitPlan, tick: Tick): Promise<void> {
  const K = plan.furniture;
  painter.paint(plan.title.prims, { k: K, ox: plan.title.x, oy: plan.title.y });
  if (plan.scene.nodes.length) painter.paint(gridPrims(plan));
  else {
    painter.paint([{ t: 'text', x: plan.mapRect.x + 12, y: plan.mapRect.y + 24, text: 'This map has no nodes yet.', size: 14 * K, fill: '#5b6270' }]);
  }
  let shapes = 0;
  for (const item of plan.scene.items) {
    painter.paint(item.prims, plan.view);
    shapes += item.prims.length;
    if (shapes > SHAPES_PER_TURN) {
      shapes = 0;
      await tick('Drawing the map');
    }
  }
  painter.paint(plan.legend.prims, { k: K, ox: plan.legend.x, oy: plan.legend.y });
}
