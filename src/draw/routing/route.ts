/**
 * Routing links around node boxes. A link keeps today's gentle curve when
 * nothing is in its way (most links on a laid-out map); otherwise the
 * shortest path from centre to centre past the corners of the boxes in its
 * way round the boxes, passing each one on its shorter side a little away
 * from its corners (search below), is drawn with rounded corners (shape.ts).
 *
 * Our own code rather than a library: libavoid's JavaScript port is a large
 * WebAssembly build with orthogonal or poly-line routes, and ELK's router on
 * fixed positions draws orthogonal or straight edges; neither gives the smooth
 * curve a causal-loop diagram wants, and both are slow to start in a worker.
 */
import { centre, grow, overlaps, type Box, type Point } from '../geometry.ts';
import { ObstacleIndex, boundsOf, insideBox, segmentHitsBox, type Obstacle } from './obstacles.ts';
import { coarseCell, gridCells, gridPath } from './grid.ts';
import { linkShape, along, type LinkShape, type Route } from './shape.ts';

/** How far the router's corners sit from a box. */
const PAD = 11;
/** How close a routed stretch may come to a box it passes. */
const CLEAR = 4;
/** How close the drawn line (after rounding) may come to a box. */
const DRAWN_CLEAR = 2;
const MARK_RADIUS = 9;
const MARK_SPOTS = [0.8, 0.72, 0.64, 0.86, 0.56, 0.48, 0.4, 0.3];

export class Router {
  readonly index: ObstacleIndex;
  /**
   * Grid cells the long links of this map may still use (grid.ts). A laid-out map needs a few dozen such
   * links; a crowded map may have thousands, and routing them all took half a minute at 2,000 nodes: past
   * this allowance a long link whose quick search failed keeps its plain curve.
   */
  private coarseCells = COARSE_ALLOWANCE;

  constructor(obstacles: readonly Obstacle[]) {
    this.index = new ObstacleIndex(obstacles);
  }

  /** The route of a link between two nodes with these boxes (the boxes may differ from the index during a drag). */
  route(sourceId: string, source: Box, targetId: string, target: Box, lane = 0): Route {
    const skip = (i: number) => {
      const id = this.index.items[i]!.id;
      return id === sourceId || id === targetId;
    };
    const bends = lane === 0 ? [0.12, 0.06, 0] : [0.12 + 0.1 * lane, 0.07 + 0.1 * lane];
    for (const bend of bends) {
      const route: Route = { bend, waypoints: [], round: 0, markAt: 0.8 };
      const shape = linkShape(source, target, route);
      if (this.clear(shape, skip)) return this.placeMark(route, shape, target);
    }
    const a = centre(source);
    const b = centre(target);
    const way = this.search(a, b, source, target, skip);
    if (!way) {
      const route: Route = { bend: 0.12 + 0.1 * lane, waypoints: [], round: 0, markAt: 0.8 };
      return this.placeMark(route, linkShape(source, target, route), target);
    }
    // Shifted a little to the right of travel where that stays clear, so A→B and B→A routed alike run side by side.
    const shifted = offsetRight([a, ...way, b], 4 + 7 * Math.min(lane, 1));
    const options = this.pathClear([a, ...shifted, b], skip) ? [shifted, way] : [way];
    for (const waypoints of options)
      for (const round of [0.5, 0.36, 0.22, 0.1, 0]) {
        const route: Route = { bend: 0, waypoints, round, markAt: 0.8 };
        const shape = linkShape(source, target, route);
        if (this.clear(shape, skip)) return this.placeMark(route, shape, target);
      }
    // Still through a box (a long link's coarse grid cuts corners; a corner-by-corner detour ran out of tries):
    // each stretch that meets a box goes round it on its own, which is a short search, and the way is tried again.
    const mended = this.mend([a, ...way, b], source, target, skip);
    if (mended)
      for (const round of [0.22, 0.1, 0]) {
        const route: Route = { bend: 0, waypoints: mended, round, markAt: 0.8 };
        const shape = linkShape(source, target, route);
        if (this.clear(shape, skip)) return this.placeMark(route, shape, target);
      }
    const route: Route = { bend: 0, waypoints: mended ?? way, round: 0, markAt: 0.8 };
    return this.placeMark(route, linkShape(source, target, route), target);
  }

  /** The path with every stretch that meets a box replaced by a way round the boxes in its way; null if one has none. */
  private mend(path: readonly Point[], source: Box, target: Box, skip: (i: number) => boolean): Point[] | null {
    // A coarse grid frees whole cells round the link's ends, so a waypoint near them may sit inside a neighbour's
    // box (or the end's own): such waypoints go, and the stretches either side of them are mended as one.
    const kept = path.filter((p, i) => i === 0 || i === path.length - 1 || !this.index.query({ x: p.x, y: p.y, width: 0, height: 0 }).some((k) => insideBox(p, this.index.items[k]!.box, 0)));
    const pts: Point[] = [kept[0]!];
    for (let i = 1; i < kept.length; i++) {
      const p = kept[i - 1]!;
      const q = kept[i]!;
      if (this.hits(p, q, skip)) {
        const sub = this.detour(p, q, source, target, skip, 0, { calls: 0 }) ?? this.onGrid(p, q, [source, target], skip);
        if (!sub) return null;
        pts.push(...sub);
      }
      pts.push(q);
    }
    return this.pulled(pts, skip).slice(1, -1);
  }

  /** String pulling: a waypoint goes whenever its neighbours see each other. */
  private pulled(pts: Point[], skip: (i: number) => boolean): Point[] {
    for (let i = 1; i < pts.length - 1; ) {
      if (!this.hits(pts[i - 1]!, pts[i + 1]!, skip)) pts.splice(i, 1);
      else i++;
    }
    return pts;
  }

  private pathClear(pts: readonly Point[], skip: (i: number) => boolean): boolean {
    for (let i = 1; i < pts.length; i++) if (this.hits(pts[i - 1]!, pts[i]!, skip)) return false;
    return true;
  }

  /** Whether the drawn line stays clear of every box but its own two ends. */
  clear(shape: LinkShape, skip: (i: number) => boolean): boolean {
    const s = shape.samples;
    const items = this.index.items;
    for (let k = 1; k < s.length; k++) {
      const p = s[k - 1]!;
      const q = s[k]!;
      const area = { x: Math.min(p.x, q.x) - DRAWN_CLEAR, y: Math.min(p.y, q.y) - DRAWN_CLEAR, width: Math.abs(q.x - p.x) + 2 * DRAWN_CLEAR, height: Math.abs(q.y - p.y) + 2 * DRAWN_CLEAR };
      for (const i of this.index.query(area)) if (!skip(i) && segmentHitsBox(p, q, items[i]!.box, DRAWN_CLEAR)) return false;
    }
    return true;
  }

  /** The polarity mark goes at the first of a few spots along the link where its circle is clear of every box, its own ends included. */
  private placeMark(route: Route, shape: LinkShape, target: Box): Route {
    const total = shape.lengths[shape.lengths.length - 1]!;
    for (const t of MARK_SPOTS) {
      // Never so near the tip that the circle sits on the arrowhead.
      if ((1 - t) * total < MARK_RADIUS + 14) continue;
      const p = along(shape, t).point;
      const area = { x: p.x - MARK_RADIUS, y: p.y - MARK_RADIUS, width: 2 * MARK_RADIUS, height: 2 * MARK_RADIUS };
      if (insideBox(p, target, MARK_RADIUS)) continue;
      if (this.index.query(area).every((i) => !overlaps(this.index.items[i]!.box, area))) return { ...route, markAt: t };
    }
    return route;
  }

  /**
   * A way from a to b past the boxes in its way: take the first box the
   * straight line meets, go round it along the shorter side of the hull of
   * the two ends and the box's padded corners, and do the same for each
   * stretch of that detour. Then drop every waypoint the line can skip.
   * Null if no way was found within a few rounds.
   */
  private search(a: Point, b: Point, source: Box, target: Box, skip: (i: number) => boolean): Point[] | null {
    const budget = { calls: 0 };
    const way = this.detour(a, b, source, target, skip, 0, budget) ?? this.onGrid(a, b, [source, target], skip);
    if (!way) return null;
    return this.pulled([a, ...way, b], skip).slice(1, -1);
  }

  private detour(p: Point, q: Point, source: Box, target: Box, skip: (i: number) => boolean, depth: number, budget: { calls: number }): Point[] | null {
    const hit = this.firstHit(p, q, skip);
    if (hit < 0) return [];
    if (depth > 14 || ++budget.calls > MAX_CALLS) return null;
    const box = this.index.items[hit]!.box;
    const pad = Math.max(0.5, Math.min(PAD, distanceToBox(p, box) - 0.5, distanceToBox(q, box) - 0.5));
    const corners = [
      { x: box.x - pad, y: box.y - pad },
      { x: box.x + box.width + pad, y: box.y - pad },
      { x: box.x + box.width + pad, y: box.y + box.height + pad },
      { x: box.x - pad, y: box.y + box.height + pad },
    ];
    const chains = sides(p, q, corners)
      .map((chain) => ({ chain, cost: pathLength([p, ...chain, q]) + chain.reduce((s, c) => s + (insideBox(c, source, 1) || insideBox(c, target, 1) || this.blocked(c, skip) ? 1e5 : 0), 0) }))
      .sort((x, y) => x.cost - y.cost);
    for (const { chain } of chains) {
      const pts = [p, ...chain, q];
      const out: Point[] = [];
      let ok = true;
      for (let i = 1; i < pts.length; i++) {
        const sub = this.detour(pts[i - 1]!, pts[i]!, source, target, skip, depth + 1, budget);
        if (!sub) {
          ok = false;
          break;
        }
        out.push(...sub);
        if (i < pts.length - 1) out.push(pts[i]!);
      }
      if (ok) return out;
    }
    return null;
  }

  private onGrid(a: Point, b: Point, ends: Box[], skip: (i: number) => boolean): Point[] | null {
    // A link across a big map, on a coarser grid (left on its plain curve, such a link was drawn straight through
    // the boxes in its way): first padded by the half-diagonal a coarse step can cut off a corner; then through any
    // gap a cell's centre fits, cutting corners that route() then mends box by box; then both over a wider area,
    // for a way round a wall of boxes.
    if (Math.hypot(b.x - a.x, b.y - a.y) > MAX_GRID_LENGTH) {
      for (const reach of [160, 480]) {
        const cell = coarseCell(a, b, reach);
        const cells = gridCells(a, b, reach, cell);
        const boxes = this.index.query(grow(boundsOf([a, b]), reach)).filter((i) => !skip(i)).map((i) => this.index.items[i]!.box);
        for (const pad of [Math.max(CLEAR + 2, cell * 0.75), CLEAR + 2]) {
          if (cells > this.coarseCells) return null;
          this.coarseCells -= cells;
          const way = gridPath(a, b, ends, boxes, pad, reach, cell);
          if (way) return way;
        }
      }
      return null;
    }
    // Wide clearance first; then through any gap at all between two boxes.
    for (const [reach, pad] of [[160, CLEAR + 2], [480, CLEAR + 2], [160, 1]] as const) {
      const area = grow(boundsOf([a, b]), reach);
      const boxes = this.index.query(area).filter((i) => !skip(i)).map((i) => this.index.items[i]!.box);
      const way = gridPath(a, b, ends, boxes, pad, reach);
      if (way) return way;
    }
    return null;
  }

  /** Whether a point is within the clearance of any box but the link's ends. */
  private blocked(p: Point, skip: (i: number) => boolean): boolean {
    return this.index.query({ x: p.x - CLEAR, y: p.y - CLEAR, width: 2 * CLEAR, height: 2 * CLEAR }).some((i) => !skip(i) && insideBox(p, this.index.items[i]!.box, CLEAR));
  }

  /** The box the segment p→q enters first (within the clearance; less for a box an end is already close to), or -1. */
  firstHit(p: Point, q: Point, skip: (i: number) => boolean): number {
    let best = -1;
    let bestD = Infinity;
    this.index.walk(p, q, CLEAR, (i) => {
      const d = this.hitDistance(p, q, i, skip);
      // Ties go to the lower number, so the walk's order never changes a route.
      if (d < bestD || (d === bestD && i < best)) [best, bestD] = [i, d];
      return bestD;
    });
    return best;
  }

  /** Whether the segment p→q enters any box (as firstHit() tells them), stopping at the first. */
  hits(p: Point, q: Point, skip: (i: number) => boolean): boolean {
    let hit = false;
    this.index.walk(p, q, CLEAR, (i) => {
      hit = this.hitDistance(p, q, i, skip) < Infinity;
      return hit ? -1 : Infinity;
    });
    return hit;
  }

  /** How far p is from box i if the segment p→q enters it, else Infinity. */
  private hitDistance(p: Point, q: Point, i: number, skip: (i: number) => boolean): number {
    const box = this.index.items[i]!.box;
    // Missed even at the widest clearance: most boxes near a link are, and need no distances worked out.
    if (!segmentHitsBox(p, q, box, CLEAR) || skip(i)) return Infinity;
    const d = distanceToBox(p, box);
    const clear = Math.max(0, Math.min(CLEAR, d - 1, distanceToBox(q, box) - 1));
    if (clear < CLEAR && !segmentHitsBox(p, q, box, clear)) return Infinity;
    return d;
  }
}

const MAX_CALLS = 50;
/** About 30 grids of the largest size: 0.1 to 0.3 s of routing. */
const COARSE_ALLOWANCE = 1_500_000;
const MAX_GRID_LENGTH = 1600;

function distanceToBox(p: Point, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

function pathLength(pts: readonly Point[]): number {
  let s = 0;
  for (let i = 1; i < pts.length; i++) s += Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y);
  return s;
}

/**
 * The two ways round a box from p to q: the chains of the convex hull of p, q
 * and the box's corners on either side of the line p→q (corners in order of travel).
 */
function sides(p: Point, q: Point, corners: readonly Point[]): Point[][] {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy || 1;
  const side = (c: Point) => dx * (c.y - p.y) - dy * (c.x - p.x);
  const t = (c: Point) => ((c.x - p.x) * dx + (c.y - p.y) * dy) / len2;
  const out: Point[][] = [];
  for (const sign of [1, -1]) {
    const mine = corners.filter((c) => sign * side(c) > 0).sort((u, v) => t(u) - t(v));
    // Keep only corners on the hull of that side: drop any that bends inwards.
    const chain: Point[] = [];
    for (const c of mine) {
      while (chain.length >= 1) {
        const prev = chain.length >= 2 ? chain[chain.length - 2]! : p;
        const last = chain[chain.length - 1]!;
        const turn = (last.x - prev.x) * (c.y - prev.y) - (last.y - prev.y) * (c.x - prev.x);
        // On the hull, seen from the line, each corner is further out than the chord past it.
        if (sign * turn >= 0) chain.pop();
        else break;
      }
      chain.push(c);
    }
    while (chain.length >= 1) {
      const prev = chain.length >= 2 ? chain[chain.length - 2]! : p;
      const last = chain[chain.length - 1]!;
      const turn = (last.x - prev.x) * (q.y - prev.y) - (last.y - prev.y) * (q.x - prev.x);
      if (sign * turn >= 0) chain.pop();
      else break;
    }
    if (chain.length) out.push(chain);
  }
  return out;
}


/**
 * Moves every waypoint a little to the right of the direction of travel, so
 * A→B and B→A routed the same way run side by side instead of on top of each other.
 * `path` includes both ends; returns the moved waypoints only.
 */
function offsetRight(path: readonly Point[], by: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < path.length - 1; i++) {
    const dx = path[i + 1]!.x - path[i - 1]!.x;
    const dy = path[i + 1]!.y - path[i - 1]!.y;
    const l = Math.hypot(dx, dy) || 1;
    out.push({ x: path[i]!.x - (dy / l) * by, y: path[i]!.y + (dx / l) * by });
  }
  return out;
}
