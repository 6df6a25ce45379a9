/**
 * Geometry for "floating" links: a gentle curve from border to border of the
 * two nodes, bent always to the same side of its direction so that A→B and
 * B→A stay apart instead of drawing on top of each other.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes stand in the same place at the same size. */
export const sameBox = (a: Box, b: Box): boolean => a === b || (a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
export interface Point {
  x: number;
  y: number;
}

export const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The box grown by `by` on every side. */
export const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

/** Whether two boxes share some area (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the segment from `outside` to the box's centre crosses the box's border. */
export function borderPoint(box: Box, outside: Point, pad = 0): Point {
  const c = centre(box);
  const dx = outside.x - c.x;
  const dy = outside.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const hw = box.width / 2 + pad;
  const hh = box.height / 2 + pad;
  const scale = 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export interface LinkCurve {
  start: Point;
  control: Point;
  end: Point;
  path: string;
}

export function linkCurve(source: Box, target: Box, bend = 0.12): LinkCurve {
  const a = centre(source);
  const b = centre(target);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  // At most 60 px for the usual bend; a wider bend (a second link between the same nodes) may go further.
  const offset = Math.min(length * bend, (60 * bend) / 0.12);
  // Perpendicular to the direction of travel, always on the same side.
  const control = { x: (a.x + b.x) / 2 + (-dy / length) * offset, y: (a.y + b.y) / 2 + (dx / length) * offset };
  const start = borderPoint(source, control, 2);
  const end = borderPoint(target, control, 4);
  const path = `M${start.x.toFixed(1)},${start.y.toFixed(1)} Q${control.x.toFixed(1)},${control.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`;
  return { start, control, end, path };
}

/** A point and the direction of travel at t along a quadratic curve. */
export function pointOnCurve(c: LinkCurve, t: number): { point: Point; angle: number } {
  const u = 1 - t;
  const point = {
    x: u * u * c.start.x + 2 * u * t * c.control.x + t * t * c.end.x,
    y: u * u * c.start.y + 2 * u * t * c.control.y + t * t * c.end.y,
  };
  const tx = 2 * u * (c.control.x - c.start.x) + 2 * t * (c.end.x - c.control.x);
  const ty = 2 * u * (c.control.y - c.start.y) + 2 * t * (c.end.y - c.control.y);
  return { point, angle: (Math.atan2(ty, tx) * 180) / Math.PI };
}
