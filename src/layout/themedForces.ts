/**
 * Forces that keep themes together in a force layout: each theme's members are
 * pulled towards the theme's middle, and the discs that themes take up push
 * each other (and nodes outside the theme) away, so every theme ends up in a
 * region of its own while links still pull related themes side by side.
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface ThemeForce {
  (alpha: number): void;
  initialize(nodes: SimulationNodeDatum[]): void;
}

/**
 * theme[v]: theme index or -1; cohesion: pull to the theme's middle per tick;
 * spacing: room per member (simulation units squared), which sets each disc's radius.
 */
export function themeForce(theme: Int32Array, themes: number, cohesion: number, spacing: number, margin: number): ThemeForce {
  let nodes: SimulationNodeDatum[] = [];
  const cx = new Float64Array(themes);
  const cy = new Float64Array(themes);
  const count = new Float64Array(themes);
  const radius = new Float64Array(themes);
  const force = ((alpha: number) => {
    cx.fill(0);
    cy.fill(0);
    count.fill(0);
    for (let v = 0; v < nodes.length; v++) {
      const t = theme[v]!;
      if (t < 0) continue;
      cx[t]! += nodes[v]!.x!;
      cy[t]! += nodes[v]!.y!;
      count[t]!++;
    }
    for (let t = 0; t < themes; t++) {
      if (!count[t]) continue;
      cx[t]! /= count[t]!;
      cy[t]! /= count[t]!;
      radius[t] = Math.sqrt((count[t]! * spacing) / Math.PI);
    }
    for (let v = 0; v < nodes.length; v++) {
      const d = nodes[v]!;
      const t = theme[v]!;
      if (t >= 0) {
        // Pulled in, more strongly the further outside its own disc it is.
        const dx = cx[t]! - d.x!;
        const dy = cy[t]! - d.y!;
        const dist = Math.sqrt(dx * dx + dy * dy) || 1;
        const out = Math.max(0, dist - radius[t]! * 0.6);
        d.vx! += (dx / dist) * out * cohesion * alpha;
        d.vy! += (dy / dist) * out * cohesion * alpha;
      }
      // Pushed out of every other theme's disc. Most nodes are outside most discs: the squared distance
      // tells so without a square root (this loop runs nodes × themes times a tick).
      for (let s = 0; s < themes; s++) {
        if (s === t || !count[s]) continue;
        const dx = d.x! - cx[s]!;
        const dy = d.y! - cy[s]!;
        const reach = radius[s]! + margin;
        const d2 = dx * dx + dy * dy;
        if (d2 >= reach * reach) continue;
        const dist = Math.sqrt(d2) || 1;
        const inside = reach - dist;
        if (inside <= 0) continue;
        d.vx! += (dx / dist) * inside * 0.5 * alpha;
        d.vy! += (dy / dist) * inside * 0.5 * alpha;
      }
    }
  }) as ThemeForce;
  force.initialize = (n) => {
    nodes = n;
  };
  return force;
}

/**
 * Keeps nodes out of other themes' regions: each theme's region is the convex
 * hull of its members' boxes, and a node of another theme (or of none) whose
 * box reaches into it is moved out across the nearest edge, while the
 * theme's members are drawn in a little. Positions are boxes' top-left
 * corners; w and h are each node's box size, in simulation units; pad grows
 * the region as it is drawn (a margin, and room for the theme's name on top).
 */
export interface RegionPadding {
  side: number;
  top: number;
  bottom: number;
}

export function hullForce(
  theme: Int32Array,
  themes: number,
  w: Float64Array,
  h: Float64Array,
  strength: number,
  clearance = 0,
  pad: RegionPadding = { side: 0, top: 0, bottom: 0 },
): ThemeForce & { on: boolean; intruders: number; escalate: number } {
  let nodes: SimulationNodeDatum[] = [];
  let groups: Int32Array[] = [];
  /** Each theme's hull and where its members stood when it was made: settling calls this many times with most themes still. */
  let hulls: RegionHull[] = [];
  const force = ((alpha: number) => {
    force.intruders = 0;
    if (!force.on) return;
    for (let t = 0; t < themes; t++) {
      const members = groups[t]!;
      if (members.length < 2) continue;
      const region = hulls[t]!;
      if (!region.still(nodes, members)) region.make(nodes, members, w, h, pad);
      const { hull, inward, corners } = region;
      if (corners < 3) continue;
      const { minX, minY, maxX, maxY, cx, cy } = region;
      let intruders = 0;
      for (let v = 0; v < nodes.length; v++) {
        if (theme[v] === t) continue;
        const d = nodes[v]!;
        if (d.x! > maxX || d.x! + w[v]! < minX || d.y! > maxY || d.y! + h[v]! < minY) continue;
        const hw = w[v]! / 2;
        const hh = h[v]! / 2;
        const bx = d.x! + hw;
        const by = d.y! + hh;
        // How far the box reaches inside each edge; it is out once any edge has it wholly outside.
        let best = Infinity;
        let nx = 0;
        let ny = 0;
        for (let k = 0; k < corners; k++) {
          const ix = inward[2 * k]!;
          const iy = inward[2 * k + 1]!;
          const depth = (bx - hull[2 * k]!) * ix + (by - hull[2 * k + 1]!) * iy + Math.abs(ix) * hw + Math.abs(iy) * hh;
          if (depth < best) {
            best = depth;
            nx = -ix;
            ny = -iy;
          }
        }
        if (best <= 0) continue;
        intruders++;
        // Moved, not nudged: a region is a constraint, which should not fade as the simulation cools.
        const move = best * strength + clearance * force.escalate;
        d.x! += nx * move;
        d.y! += ny * move;
      }
      force.intruders += intruders;
      if (!intruders || alpha === 0) continue;
      for (const v of members) {
        const d = nodes[v]!;
        d.vx! += (cx - d.x! - w[v]! / 2) * 0.05 * alpha;
        d.vy! += (cy - d.y! - h[v]! / 2) * 0.05 * alpha;
      }
    }
  }) as ThemeForce & { on: boolean; intruders: number; escalate: number };
  force.on = false;
  force.intruders = 0;
  force.escalate = 1;
  force.initialize = (n) => {
    nodes = n;
    const lists: number[][] = Array.from({ length: themes }, () => []);
    for (let v = 0; v < nodes.length; v++) if (theme[v]! >= 0) lists[theme[v]!]!.push(v);
    groups = lists.map((l) => Int32Array.from(l));
    hulls = groups.map((g) => new RegionHull(g.length));
  };
  return force;
}

/** A theme's region (the hull of its members' padded boxes), with its bounds and the middle of its boxes. */
class RegionHull {
  /** Hull corners as x, y pairs, and how many there are. */
  hull: Float64Array;
  /** The unit normal of the edge from each corner to the next, pointing into the hull. */
  inward: Float64Array;
  corners = 0;
  minX = 0;
  minY = 0;
  maxX = 0;
  maxY = 0;
  cx = 0;
  cy = 0;
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  private readonly order: Int32Array;
  /** Whether `order` holds the points' order from the last hull made. */
  private made = false;
  /** Members' positions when the hull was made (NaN before the first). */
  private readonly at: Float64Array;

  constructor(count: number) {
    this.px = new Float64Array(4 * count);
    this.py = new Float64Array(4 * count);
    this.order = new Int32Array(4 * count);
    this.hull = new Float64Array(16 * count + 4);
    this.inward = new Float64Array(16 * count + 4);
    this.at = new Float64Array(2 * count).fill(NaN);
  }

  still(nodes: SimulationNodeDatum[], members: Int32Array): boolean {
    for (let i = 0; i < members.length; i++) {
      const d = nodes[members[i]!]!;
      if (d.x !== this.at[2 * i] || d.y !== this.at[2 * i + 1]) return false;
    }
    return true;
  }

  make(nodes: SimulationNodeDatum[], members: Int32Array, w: Float64Array, h: Float64Array, pad: RegionPadding): void {
    const { px, py } = this;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      const d = nodes[v]!;
      this.at[2 * i] = d.x!;
      this.at[2 * i + 1] = d.y!;
      cx += d.x! + w[v]! / 2;
      cy += d.y! + h[v]! / 2;
      const x0 = d.x! - pad.side;
      const y0 = d.y! - pad.top;
      const x1 = d.x! + w[v]! + pad.side;
      const y1 = d.y! + h[v]! + pad.bottom;
      px[4 * i] = px[4 * i + 2] = x0;
      px[4 * i + 1] = px[4 * i + 3] = x1;
      py[4 * i] = py[4 * i + 1] = y0;
      py[4 * i + 2] = py[4 * i + 3] = y1;
    }
    this.cx = cx / members.length;
    this.cy = cy / members.length;
    this.corners = hullOf(px, py, this.order, this.hull, this.made);
    this.made = true;
    this.minX = this.minY = Infinity;
    this.maxX = this.maxY = -Infinity;
    for (let k = 0; k < this.corners; k++) {
      const x = this.hull[2 * k]!;
      const y = this.hull[2 * k + 1]!;
      this.minX = Math.min(this.minX, x);
      this.minY = Math.min(this.minY, y);
      this.maxX = Math.max(this.maxX, x);
      this.maxY = Math.max(this.maxY, y);
      const next = k + 1 === this.corners ? 0 : k + 1;
      const ex = this.hull[2 * next]! - x;
      const ey = this.hull[2 * next + 1]! - y;
      const len = Math.hypot(ex, ey) || 1;
      this.inward[2 * k] = -ey / len;
      this.inward[2 * k + 1] = ex / len;
    }
  }
}

/**
 * Convex hull of the points (px[i], py[i]), counter-clockwise in a y-down frame's maths sense
 * (Andrew's monotone chain), written as x, y pairs into `out` (room for four numbers a point, plus four: the chains may hold every point while being built);
 * returns how many corners it has. `order` is scratch room, one per point; with `sorted`, it holds an order
 * of the points from an earlier call, which is sorted from there.
 */
export function hullOf(px: Float64Array, py: Float64Array, order: Int32Array, out: Float64Array, sorted = false): number {
  const n = px.length;
  if (!sorted) for (let i = 0; i < n; i++) order[i] = i;
  sortByPlace(px, py, order);
  if (n < 3) {
    for (let i = 0; i < n; i++) [out[2 * i], out[2 * i + 1]] = [px[order[i]!]!, py[order[i]!]!];
    return n;
  }
  // Both chains go into `out`, one after the other; k is its length in points.
  let k = 0;
  const turn = (x: number, y: number) => (out[2 * k - 2]! - out[2 * k - 4]!) * (y - out[2 * k - 3]!) - (out[2 * k - 1]! - out[2 * k - 3]!) * (x - out[2 * k - 4]!);
  const chain = (i: number, floor: number) => {
    const x = px[order[i]!]!;
    const y = py[order[i]!]!;
    while (k >= floor + 2 && turn(x, y) <= 0) k--;
    out[2 * k] = x;
    out[2 * k + 1] = y;
    k++;
  };
  for (let i = 0; i < n; i++) chain(i, 0);
  k--;
  const lower = k;
  for (let i = n - 1; i >= 0; i--) chain(i, lower);
  return k - 1;
}

/**
 * Sorts `order` by x, then y, of the points, in place: an insertion sort, because a theme's hull is made
 * again every tick of a layout from members that have moved only a little, so last tick's order is
 * nearly sorted and this takes a pass or two (a comparison sort took most of the time making hulls).
 */
function sortByPlace(px: Float64Array, py: Float64Array, order: Int32Array): void {
  for (let i = 1; i < order.length; i++) {
    const p = order[i]!;
    const x = px[p]!;
    const y = py[p]!;
    let j = i - 1;
    while (j >= 0 && (px[order[j]!]! > x || (px[order[j]!]! === x && py[order[j]!]! > y))) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = p;
  }
}
