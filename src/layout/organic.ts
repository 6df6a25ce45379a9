/**
 * Organic layout: a force simulation (d3-force) in which links pull like
 * springs and nodes push each other apart, so loops open up into visible
 * rings. It starts from the radial layout rather than from random points,
 * runs a fixed number of ticks with a seeded random source, and ends with an
 * exact overlap-removal pass: the same map always gives the same picture.
 */
import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LayoutGraph } from './graph.ts';
import { separateBoxes } from './overlap.ts';
import { radialLayout } from './radial.ts';
import { hashSeed, seededRandom } from './random.ts';
import { repulsion } from './repulsion.ts';
import { MIN_GAP, NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext, type Placement } from './types.ts';

/**
 * The simulation runs in units of one node row (UY) by a shorter stretch of
 * width (UX), so a round cloud of points becomes a landscape picture of wide boxes.
 */
const UY = NODE_HEIGHT + 20;
const UX = UY * 1.6;
const LINK_DISTANCE = 1.6;
/** d3's default charge (-30 at link distance 30) scaled to these units; charge grows with distance squared. */
const CHARGE = -30 * (LINK_DISTANCE / 30) ** 2;
/** Fewer ticks than d3's 300 (with a faster cooling), which the radial start makes enough. */
const TICKS = 120;
/** Overlapping boxes are shoved apart only in the second half, once the picture has its shape. */
const SHOVE_FROM = 0.5;

interface SimNode extends SimulationNodeDatum {
  i: number;
}

export function organicLayout(g: LayoutGraph, ctx: LayoutContext = SILENT_CONTEXT, pinned: Uint8Array = new Uint8Array(g.n)): Placement {
  const start = radialLayout(g);
  const { n } = g;
  // With pinned nodes, start the others around them, in the map's own coordinates.
  let ox = 0;
  let oy = 0;
  let count = 0;
  for (let v = 0; v < n; v++) {
    if (!pinned[v]) continue;
    ox += g.x0[v]! - start.x[v]!;
    oy += g.y0[v]! - start.y[v]!;
    count++;
  }
  if (count) [ox, oy] = [ox / count, oy / count];
  const nodes: SimNode[] = Array.from({ length: n }, (_, i) => {
    const node: SimNode = { i, x: (start.x[i]! + ox) / UX, y: (start.y[i]! + oy) / UY };
    if (pinned[i]) [node.fx, node.fy] = [g.x0[i]! / UX, g.y0[i]! / UY];
    return node;
  });
  const links = Array.from({ length: g.m }, (_, e) => ({ source: g.src[e]!, target: g.dst[e]! }));
  const centre = nodes.reduce((s, d) => [s[0]! + d.x! / Math.max(1, n), s[1]! + d.y! / Math.max(1, n)], [0, 0]);

  const push = repulsion(CHARGE, (NODE_WIDTH + MIN_GAP) / UX, (NODE_HEIGHT + MIN_GAP) / UY);
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(hashSeed(g.ids.join('\n'))))
    .force('link', forceLink(links).distance(LINK_DISTANCE))
    .force('charge', push)
    // A weak pull to the middle keeps separate parts of the map from drifting apart.
    .force('x', forceX(centre[0]).strength(0.02))
    .force('y', forceY(centre[1]).strength(0.02))
    .alphaDecay(1 - 0.001 ** (1 / TICKS))
    .stop();
  for (let t = 0; t < TICKS; t++) {
    if (t === Math.floor(TICKS * SHOVE_FROM)) push.shove(true);
    simulation.tick();
    if (t % 25 === 24) {
      ctx.checkCancelled();
      ctx.progress('Settling', (0.9 * (t + 1)) / TICKS);
    }
  }

  const x = Float64Array.from(nodes, (d) => d.x! * UX);
  const y = Float64Array.from(nodes, (d) => d.y! * UY);
  ctx.progress('Removing overlaps', 0.95);
  separateBoxes(x, y, { fixed: pinned });
  return { x, y };
}
