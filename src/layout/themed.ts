/**
 * The clustered layout for maps of up to a few hundred nodes: a force layout
 * in which every theme keeps a region of its own. It starts from the block
 * layout (clustered.ts: themes as blocks on a ring, strongly linked themes side
 * by side), then lets links pull and nodes push as in the organic layout,
 * while each theme is drawn together and nodes of other themes are kept out
 * of its region (the convex hull of its boxes, as the canvas draws it). What
 * is left is tidied: overlaps removed, intruders moved out, and nodes of one
 * theme swapped between their places wherever that takes away crossings.
 *
 * Why: blocks on a ring keep themes apart but draw long links across the
 * middle (2,466 crossings on the healthy-weight example); a plain force
 * layout has few crossings (about 1,140) but scatters every theme. This one
 * keeps all eight themes whole with about 1,500, fewer than the published
 * hand-drawn Foresight map's 1,660 (docs/benchmarks.md has the numbers).
 */
import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { clusteredLayout } from './clustered.ts';
import type { LayoutGraph } from './graph.ts';
import { separateBoxes } from './overlap.ts';
import { hashSeed, seededRandom } from './random.ts';
import { repulsion } from './repulsion.ts';
import { hullForce, themeForce } from './themedForces.ts';
import { MIN_GAP, NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext, type Placement } from './types.ts';
import { untangleWithinThemes } from './untangle.ts';
import { REGION_MARGIN, REGION_NAME_ROOM } from '../draw/themeRegions.ts';

/** Units as in the organic layout: one node row tall, a shorter stretch wide. */
const UY = NODE_HEIGHT + 20;
const UX = UY * 1.6;
/** Longer springs than the organic layout's 1.6: themes need room to pass each other. */
const LINK_DISTANCE = 2.2;
const CHARGE = -30 * (LINK_DISTANCE / 30) ** 2;
const TICKS = 300;
const SHOVE_FROM = 0.5;
/** Pull of each node towards its theme's middle. */
const COHESION = 0.5;
/** Room per member of a theme, in units squared, which sets how big its disc is. */
const SPACING = 2.2;
const DISC_MARGIN = 1.2;
/** How far past a region's edge an intruder is moved, in units; grows each round so a tug of war ends. */
const CLEARANCE = 0.1;
const SETTLE_ROUNDS = 20;
/** A theme region is drawn with a margin round its boxes and its name above (draw/themeRegions.ts): kept clear too. */
const REGION_NAME = REGION_NAME_ROOM;

/** Above this many nodes the force layout is too slow for a click: the block layout is used alone. */
export const THEMED_LIMIT = 250;

/** Box sizes per node (pixels), from the drawing layer; missing ones are the standard box. */
export interface BoxSizes {
  width: Float64Array;
  height: Float64Array;
}

export function themedLayout(g: LayoutGraph, sizes: BoxSizes | null = null, ctx: LayoutContext = SILENT_CONTEXT): Placement {
  const start = clusteredLayout(g, ctx);
  if (g.n > THEMED_LIMIT || g.themeIds.length === 0) return start;
  const width = sizes?.width ?? new Float64Array(g.n).fill(NODE_WIDTH);
  const height = sizes?.height ?? new Float64Array(g.n).fill(NODE_HEIGHT);
  const nodes: SimulationNodeDatum[] = Array.from({ length: g.n }, (_, i) => ({ x: start.x[i]! / UX, y: start.y[i]! / UY }));
  const links = Array.from({ length: g.m }, (_, e) => ({ source: g.src[e]!, target: g.dst[e]! }));
  const push = repulsion(CHARGE, (NODE_WIDTH + MIN_GAP) / UX, (NODE_HEIGHT + MIN_GAP) / UY);
  const regions = hullForce(
    g.theme,
    g.themeIds.length,
    width.map((w) => w / UX),
    height.map((h) => h / UY),
    1,
    CLEARANCE,
    { side: REGION_MARGIN / UX, top: (REGION_MARGIN + REGION_NAME) / UY, bottom: REGION_MARGIN / UY },
  );
  regions.on = true;
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(hashSeed(g.ids.join('\n'))))
    .force('link', forceLink(links).distance(LINK_DISTANCE))
    .force('charge', push)
    .force('theme', themeForce(g.theme, g.themeIds.length, COHESION, SPACING, DISC_MARGIN))
    .force('regions', regions)
    .force('x', forceX(0).strength(0.02))
    .force('y', forceY(0).strength(0.02))
    .alphaDecay(1 - 0.001 ** (1 / TICKS))
    .stop();
  for (let t = 0; t < TICKS; t++) {
    if (t === Math.floor(TICKS * SHOVE_FROM)) push.shove(true);
    simulation.tick();
    if (t % 25 === 24) {
      ctx.checkCancelled();
      ctx.progress('Settling themes', 0.3 + (0.5 * (t + 1)) / TICKS);
    }
  }
  const x = Float64Array.from(nodes, (d) => d.x! * UX);
  const y = Float64Array.from(nodes, (d) => d.y! * UY);
  settle(x, y, nodes, regions, height);
  ctx.progress('Untangling', 0.85);
  untangleWithinThemes(g, x, y);
  settle(x, y, nodes, regions, height);
  return { x, y };
}

/**
 * Overlaps out, then intruders out of regions, in turns until both are gone.
 * Each turn moves intruders a little further past the edge, so a node caught
 * between a neighbour's box and a region's edge ends up clear of both.
 * Always ends with overlaps removed: a crowded theme may keep an intruder, never an overlap.
 */
function settle(x: Float64Array, y: Float64Array, nodes: SimulationNodeDatum[], regions: ReturnType<typeof hullForce>, heights: Float64Array): void {
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    separateBoxes(x, y, { heights });
    nodes.forEach((d, i) => ((d.x = x[i]! / UX), (d.y = y[i]! / UY)));
    regions.escalate = 1 + round;
    let moves = 0;
    for (; moves < 50; moves++) {
      regions(0);
      if (!regions.intruders) break;
    }
    if (moves === 0) return;
    nodes.forEach((d, i) => ((x[i] = d.x! * UX), (y[i] = d.y! * UY)));
  }
  separateBoxes(x, y, { heights });
}
