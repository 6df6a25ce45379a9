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
        const dist = Math.hypot(dx, dy) || 1;
        const out = Math.max(0, dist - radius[t]! * 0.6);
        d.vx! += (dx / dist) * out * cohesion * alpha;
        d.vy! += (dy / dist) * out * cohesion * alpha;
      }
      // Pushed out of every other theme's disc.
      for (let s = 0; s < themes; s++) {
        if (s === t || !count[s]) continue;
        const dx = d.x! - cx[s]!;
        const dy = d.y! - cy[s]!;
        const dist = Math.hypot(dx, dy) || 1;
        const inside = radius[s]! + margin - dist;
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
  const force = ((alpha: number) => {
    force.intruders = 0;
    if (!force.on) return;
    const groups: number[][] = Array.from({ length: themes }, () => []);
    for (let v = 0; v < nodes.length; v++) if (theme[v]! >= 0) groups[theme[v]!]!.push(v);
    for (let t = 0; t < themes; t++) {
      const members = groups[t]!;
      if (members.length < 2) continue;
      const pts: [number, number][] = [];
      let cx = 0;
      let cy = 0;
      for (const v of members) {
        const d = nodes[v]!;
        cx += d.x! + w[v]! / 2;
        cy += d.y! + h[v]! / 2;
        const [x0, y0, x1, y1] = [d.x! - pad.side, d.y! - pad.top, d.x! + w[v]! + pad.side, d.y! + h[v]! + pad.bottom];
        pts.push([x0, y0], [x1, y0], [x0, y1], [x1, y1]);
      }
      cx /= members.length;
      cy /= members.length;
      const hull = hullOf(pts);
      if (hull.length < 3) continue;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const [px, py] of hull) [minX, minY, maxX, maxY] = [Math.min(minX, px), Math.min(minY, py), Math.max(maxX, px), Math.max(maxY, py)];
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
        for (let k = 0; k < hull.length; k++) {
          const [ax, ay] = hull[k]!;
          const [qx, qy] = hull[(k + 1) % hull.length]!;
          const ex = qx - ax;
          const ey = qy - ay;
          const len = Math.hypot(ex, ey) || 1;
          const ix = -ey / len;
          const iy = ex / len;
          const depth = (bx - ax) * ix + (by - ay) * iy + Math.abs(ix) * hw + Math.abs(iy) * hh;
          if (depth < best) [best, nx, ny] = [depth, -ix, -iy];
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
  };
  return force;
}

/** Convex hull, counter-clockwise in a y-down frame's maths sense (Andrew's monotone chain). */
function hullOf(points: [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}
