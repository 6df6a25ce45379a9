/**
 * Radial layout: the focal outcome in the centre and everything else on rings
 * by how many links it takes to reach it. Around each ring, a node sits near
 * the nodes it links to, and themes keep to their own wedge.
 *
 * The work happens in a scaled space where a node box plus its gap is a unit
 * square, so "no overlap" is simply "at least 1 apart" in both axes. A ring
 * too full for one circle is split into interleaved tracks.
 */
import { themeMembers, themeCycle } from './clusters.ts';
import { distanceToFocal, neighbours, type LayoutGraph } from './graph.ts';
import { NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext, type Placement } from './types.ts';

const SX = NODE_WIDTH + 24;
const SY = NODE_HEIGHT + 16;
/** Rings are ellipses this much wider than tall, which suits wide node boxes and screens. */
export const RING_ASPECT = 1.6;
const AX = (RING_ASPECT * SY) / SX;
const AY = 1;
/** Tracks this far apart never overlap at any angle (Chebyshev distance is at least Euclidean / sqrt 2). */
const TRACK_GAP = Math.SQRT2 / Math.min(AX, AY);
const RING_GAP = TRACK_GAP + 0.6;
/** A little more than 1 apart along the ring, since the straight gap is shorter than the arc. */
const SPACING = 1.08;
/** How hard a theme pulls its nodes into its wedge: hard when seeding the first order, gently afterwards. */
const SEED_THEME_PULL = 2;
const THEME_PULL = 0.1;
const REFINE_PASSES = 16;
const SAMPLES = 256;
const TAU = 2 * Math.PI;

/** A ring track, with a table that turns angle into distance along it, so node spacing can be uniform. */
interface Track {
  radius: number;
  cumulative: Float64Array;
  capacity: number;
}

function makeTrack(radius: number): Track {
  const cumulative = new Float64Array(SAMPLES + 1);
  for (let k = 0; k < SAMPLES; k++) {
    const t = ((k + 0.5) / SAMPLES) * TAU;
    // Speed of the point along the ellipse, measured in the box metric (Chebyshev).
    const speed = (radius * Math.max(AX * Math.abs(Math.sin(t)), AY * Math.abs(Math.cos(t)))) / SPACING;
    cumulative[k + 1] = cumulative[k]! + (speed * TAU) / SAMPLES;
  }
  return { radius, cumulative, capacity: cumulative[SAMPLES]! };
}

function toDistance(track: Track, angle: number): number {
  const f = (((angle % TAU) + TAU) % TAU) / TAU * SAMPLES;
  const k = Math.min(SAMPLES - 1, Math.floor(f));
  const c = track.cumulative;
  return c[k]! + (c[k + 1]! - c[k]!) * (f - k);
}

function toAngle(track: Track, distance: number): number {
  const c = track.cumulative;
  const u = ((distance % track.capacity) + track.capacity) % track.capacity;
  let lo = 0;
  let hi = SAMPLES - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c[mid]! <= u) lo = mid;
    else hi = mid - 1;
  }
  return ((lo + (u - c[lo]!) / (c[lo + 1]! - c[lo]! || 1)) / SAMPLES) * TAU;
}

/**
 * Spreads nodes (sorted by preferred angle) evenly along a track, in that
 * order, turned to sit as near their wishes as it can. Even spacing keeps the
 * rings round and the focal outcome in the middle of the picture.
 */
function placeOnTrack(track: Track, nodes: number[], preferred: Float64Array, angle: Float64Array): void {
  const k = nodes.length;
  if (k === 0) return;
  const cap = track.capacity;
  const q = nodes.map((v) => toDistance(track, preferred[v]!));
  // Cut the circle at its widest empty stretch, so the order reads as a line.
  let start = 0;
  let widest = q[0]! + cap - q[k - 1]!;
  for (let i = 0; i + 1 < k; i++) {
    if (q[i + 1]! - q[i]! > widest) {
      widest = q[i + 1]! - q[i]!;
      start = i + 1;
    }
  }
  const step = cap / k;
  let offset = 0;
  for (let i = 0; i < k; i++) offset += q[(start + i) % k]! + (start + i >= k ? cap : 0) - i * step;
  offset /= k;
  for (let i = 0; i < k; i++) angle[nodes[(start + i) % k]!] = toAngle(track, offset + i * step);
}

export function radialLayout(g: LayoutGraph, ctx: LayoutContext = SILENT_CONTEXT): Placement {
  const { n } = g;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n === 0) return { x, y };
  const dist = distanceToFocal(g);
  let deepest = 0;
  for (let v = 0; v < n; v++) deepest = Math.max(deepest, dist[v]!);
  const rings: number[][] = Array.from({ length: deepest + 2 }, () => []);
  for (let v = 0; v < n; v++) rings[dist[v]! < 0 ? deepest + 1 : dist[v]!]!.push(v);
  if (rings[deepest + 1]!.length === 0) rings.pop();

  // Each theme gets a wedge, sized by its members and ordered so linked themes are neighbours.
  const members = themeMembers(g);
  const themeAngle = new Float64Array(g.themeIds.length).fill(NaN);
  const cycle = themeCycle(g, members);
  const total = cycle.reduce((s, c) => s + members[c]!.length, 0);
  let sofar = 0;
  for (const c of cycle) {
    themeAngle[c] = (TAU * (sofar + members[c]!.length / 2)) / Math.max(1, total);
    sofar += members[c]!.length;
  }

  // Radii: each ring starts outside the last track of the ring before.
  const tracks: Track[][] = [[makeTrack(0)]];
  let outer = 0;
  for (let r = 1; r < rings.length; r++) {
    const inner = outer + RING_GAP;
    const count = rings[r]!.length;
    let t = 1;
    const first = makeTrack(inner);
    while (Math.ceil(count / t) > Math.max(1, Math.floor(first.capacity))) t++;
    tracks.push(Array.from({ length: t }, (_, j) => (j === 0 ? first : makeTrack(inner + j * TRACK_GAP))));
    outer = inner + (t - 1) * TRACK_GAP;
  }

  const nb = neighbours(g);
  const angle = new Float64Array(n).fill(NaN);
  const radius = new Float64Array(n);
  const preferred = new Float64Array(n);
  for (let pass = 0; pass <= REFINE_PASSES; pass++) {
    for (let r = 1; r < rings.length; r++) {
      const ring = rings[r]!;
      const pull = pass === 0 ? SEED_THEME_PULL : THEME_PULL;
      ring.forEach((v, i) => (preferred[v] = preferredAngle(g, nb, v, angle, themeAngle, (TAU * i) / ring.length, pull)));
      ring.sort((a, b) => preferred[a]! - preferred[b]! || a - b);
      const ringTracks = tracks[r]!;
      const perTrack: number[][] = ringTracks.map(() => []);
      ring.forEach((v, i) => perTrack[i % ringTracks.length]!.push(v));
      perTrack.forEach((list, j) => {
        placeOnTrack(ringTracks[j]!, list, preferred, angle);
        for (const v of list) radius[v] = ringTracks[j]!.radius;
      });
      ctx.checkCancelled();
    }
    ctx.progress('Placing rings', (pass + 1) / (REFINE_PASSES + 1));
  }
  for (const v of rings[0]!) angle[v] = 0;
  for (let v = 0; v < n; v++) {
    x[v] = radius[v]! * AX * Math.cos(angle[v]!) * SX - NODE_WIDTH / 2;
    y[v] = radius[v]! * AY * Math.sin(angle[v]!) * SY - NODE_HEIGHT / 2;
  }
  return { x, y };
}

/** Circular mean of the angles of placed neighbours, nudged toward the node's theme wedge. */
function preferredAngle(g: LayoutGraph, nb: ReturnType<typeof neighbours>, v: number, angle: Float64Array, themeAngle: Float64Array, fallback: number, pull: number): number {
  let cx = 0;
  let cy = 0;
  let total = 0;
  for (let k = nb.start[v]!; k < nb.start[v + 1]!; k++) {
    const a = angle[nb.node[k]!]!;
    if (Number.isNaN(a) || nb.node[k] === g.focal) continue;
    cx += nb.weight[k]! * Math.cos(a);
    cy += nb.weight[k]! * Math.sin(a);
    total += nb.weight[k]!;
  }
  if (total > 0) {
    cx /= total;
    cy /= total;
  }
  const c = g.theme[v]!;
  if (c >= 0 && !Number.isNaN(themeAngle[c]!)) {
    cx += pull * Math.cos(themeAngle[c]!);
    cy += pull * Math.sin(themeAngle[c]!);
  }
  if (Math.abs(cx) < 1e-9 && Math.abs(cy) < 1e-9) return Number.isNaN(angle[v]!) ? fallback : angle[v]!;
  return (Math.atan2(cy, cx) + TAU) % TAU;
}
