/**
 * Clustered layout, in the style of the obesity system map: the focal outcome
 * in the middle with the nodes outside every theme around it, and each theme
 * packed as its own block on a ring around that centre. Strongly linked
 * themes sit side by side, and inside a block each node takes the cell
 * nearest the nodes it links to.
 */
import { themeMembers, themeCycle } from './clusters.ts';
import { neighbours, type LayoutGraph, type Neighbours } from './graph.ts';
import { NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type LayoutContext, type Placement } from './types.ts';

const CELL_W = NODE_WIDTH + 24;
const CELL_H = NODE_HEIGHT + 20;
/** Space between theme blocks, wide enough to see where one theme ends. */
const BLOCK_GAP = 90;
/** Columns per rows of a block, in cells; a little under 1 gives blocks about as wide as tall, since cells are wide. */
const BLOCK_ASPECT = 0.8;
/** Themes are placed around an ellipse this much wider than tall. */
const RING_ASPECT = 1.5;
const ROUNDS = 10;

interface Block {
  members: number[];
  cols: number;
  rows: number;
  /** Centre of the block. */
  cx: number;
  cy: number;
  /** Half sizes of the block, node boxes included. */
  hw: number;
  hh: number;
}

function makeBlock(members: number[]): Block {
  const k = Math.max(1, members.length);
  const cols = Math.max(1, Math.min(k, Math.round(Math.sqrt((k * BLOCK_ASPECT * CELL_H) / CELL_W))));
  const rows = Math.ceil(k / cols);
  return { members, cols, rows, cx: 0, cy: 0, hw: (cols * CELL_W) / 2, hh: (rows * CELL_H) / 2 };
}

export function clusteredLayout(g: LayoutGraph, ctx: LayoutContext = SILENT_CONTEXT): Placement {
  const x = new Float64Array(g.n);
  const y = new Float64Array(g.n);
  if (g.n === 0) return { x, y };
  const members = themeMembers(g);
  const centre = makeBlock(members[g.themeIds.length]!);
  const cycle = themeCycle(g, members);
  const blocks = cycle.map((c) => makeBlock(members[c]!));
  placeBlocks(g, centre, blocks, cycle, members);
  ctx.checkCancelled();
  ctx.progress('Placing themes', 0.3);

  // Start each node in its block's centre, then let the blocks settle: every round, each
  // node asks for the mean position of its neighbours and gets the cell nearest to that.
  const all = [centre, ...blocks];
  for (const b of all) for (const v of b.members) [x[v], y[v]] = [b.cx, b.cy];
  const nb = neighbours(g);
  for (let round = 0; round < ROUNDS; round++) {
    for (const b of all) fillBlock(b, b === centre ? g.focal : -1, nb, x, y);
    ctx.checkCancelled();
    ctx.progress('Arranging themes', 0.3 + (0.7 * (round + 1)) / ROUNDS);
  }
  for (let v = 0; v < g.n; v++) {
    x[v] = x[v]! - NODE_WIDTH / 2;
    y[v] = y[v]! - NODE_HEIGHT / 2;
  }
  return { x, y };
}

/**
 * Puts the centre block on the origin, then each theme block on its own ray
 * (angles in theme-cycle order, shares by size) as close in as it fits.
 * Themes with the most links to the centre choose first.
 */
function placeBlocks(g: LayoutGraph, centre: Block, blocks: Block[], cycle: number[], members: number[][]): void {
  const placed: Block[] = centre.members.length ? [centre] : [];
  const total = blocks.reduce((s, b) => s + b.members.length, 0);
  const angles: number[] = [];
  let sofar = 0;
  for (const b of blocks) {
    angles.push(-Math.PI / 2 + (2 * Math.PI * (sofar + b.members.length / 2)) / Math.max(1, total));
    sofar += b.members.length;
  }
  const toCentre = new Float64Array(g.themeIds.length);
  for (let e = 0; e < g.m; e++) {
    const a = g.theme[g.src[e]!]!;
    const b = g.theme[g.dst[e]!]!;
    if ((a < 0) !== (b < 0)) toCentre[Math.max(a, b)]! += g.weight[e]!;
  }
  const order = blocks.map((_, i) => i).sort((i, j) => toCentre[cycle[j]!]! - toCentre[cycle[i]!]! || members[cycle[j]!]!.length - members[cycle[i]!]!.length || i - j);
  const step = CELL_H / 2;
  for (const i of order) {
    const b = blocks[i]!;
    const dx = RING_ASPECT * Math.cos(angles[i]!);
    const dy = Math.sin(angles[i]!);
    const norm = Math.hypot(dx, dy);
    for (let r = 0; ; r += step) {
      b.cx = (r * dx) / norm;
      b.cy = (r * dy) / norm;
      if (placed.every((p) => Math.abs(p.cx - b.cx) >= p.hw + b.hw + BLOCK_GAP || Math.abs(p.cy - b.cy) >= p.hh + b.hh + BLOCK_GAP)) break;
    }
    placed.push(b);
  }
}

/** Assigns a block's nodes to its cells: rows by wished-for height, then columns by wished-for x. */
function fillBlock(b: Block, focal: number, nb: Neighbours, x: Float64Array, y: Float64Array): void {
  const wish = new Map<number, [number, number]>();
  for (const v of b.members) {
    let sx = 0;
    let sy = 0;
    let total = 0;
    for (let k = nb.start[v]!; k < nb.start[v + 1]!; k++) {
      const w = nb.weight[k]!;
      sx += w * x[nb.node[k]!]!;
      sy += w * y[nb.node[k]!]!;
      total += w;
    }
    wish.set(v, total > 0 ? [sx / total, sy / total] : [x[v]!, y[v]!]);
  }
  const left = b.cx - b.hw + CELL_W / 2;
  const top = b.cy - b.hh + CELL_H / 2;
  // The focal outcome takes the middle cell of the centre block, so it sits at the heart of the map
  // (never in the last row, which may be short and shifted).
  const middle = focal >= 0 ? Math.floor((b.rows - 1) / 2) * b.cols + Math.floor(b.cols / 2) : -1;
  if (middle >= 0) {
    x[focal] = left + (middle % b.cols) * CELL_W;
    y[focal] = top + Math.floor(middle / b.cols) * CELL_H;
  }
  const others = b.members.filter((v) => v !== focal).sort((p, q) => wish.get(p)![1] - wish.get(q)![1] || p - q);
  const lastRowCount = b.members.length - (b.rows - 1) * b.cols;
  let next = 0;
  for (let row = 0; row < b.rows && next < others.length; row++) {
    const cells: number[] = [];
    const inRow = row === b.rows - 1 ? lastRowCount : b.cols;
    // A short last row is centred under the others.
    const shift = ((b.cols - inRow) * CELL_W) / 2;
    for (let c = 0; c < inRow; c++) if (row * b.cols + c !== middle) cells.push(c);
    const take = others.slice(next, next + cells.length).sort((p, q) => wish.get(p)![0] - wish.get(q)![0] || p - q);
    next += take.length;
    take.forEach((v, i) => {
      x[v] = left + shift + cells[i]! * CELL_W;
      y[v] = top + row * CELL_H;
    });
  }
}
