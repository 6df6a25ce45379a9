/**
 * Where each map's card goes in the stack diagram: one row per system scale,
 * region at the top and person at the bottom, cards side by side in a row;
 * and the line each connection draws ("learns from" runs up, "enables" runs
 * down, "learns with" runs sideways). Shared by the stack view and the
 * stack report, so the screen and the paper show the same picture.
 */
import type { Connection, StackDocument, StackMap } from '../model/stack/types.ts';
import { SYSTEM_SCALES, type Id, type SystemScale } from '../model/types.ts';

// gapX leaves room for a "learns with" label between two cards of one row.
export const CARD = { w: 220, h: 96, gapX: 84, gapY: 84 } as const;

export interface CardPlace {
  map: StackMap;
  x: number;
  y: number;
}

export interface ConnectionLine {
  connection: Connection;
  /** Start and end points, from the connection's `from` card to its `to` card. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface StackDiagram {
  cards: CardPlace[];
  lines: ConnectionLine[];
  /** The scales that have a row, top first. */
  rows: { scale: SystemScale; y: number }[];
  width: number;
  height: number;
}

export function stackDiagram(stack: StackDocument): StackDiagram {
  const byScale = new Map<SystemScale, StackMap[]>();
  for (const m of Object.values(stack.maps)) byScale.set(m.scale, [...(byScale.get(m.scale) ?? []), m]);
  const scales = [...SYSTEM_SCALES].reverse().filter((s) => byScale.has(s));
  const widest = Math.max(1, ...[...byScale.values()].map((l) => l.length));
  const width = widest * CARD.w + (widest - 1) * CARD.gapX;
  const cards: CardPlace[] = [];
  const rows: StackDiagram['rows'] = [];
  scales.forEach((scale, row) => {
    const list = byScale.get(scale)!.sort((a, b) => a.title.localeCompare(b.title));
    const rowWidth = list.length * CARD.w + (list.length - 1) * CARD.gapX;
    const y = row * (CARD.h + CARD.gapY);
    rows.push({ scale, y });
    list.forEach((map, i) => cards.push({ map, x: (width - rowWidth) / 2 + i * (CARD.w + CARD.gapX), y }));
  });
  const at = new Map<Id, CardPlace>(cards.map((c) => [c.map.mapId, c]));
  const lines: ConnectionLine[] = [];
  // Two connections between one pair (learns from and enables) sit side by side rather than on top of each other.
  const pairCount = new Map<string, number>();
  for (const c of Object.values(stack.connections)) {
    const a = at.get(c.from);
    const b = at.get(c.to);
    if (!a || !b) continue;
    const pair = [c.from, c.to].sort().join('|');
    const n = pairCount.get(pair) ?? 0;
    pairCount.set(pair, n + 1);
    const shift = n === 0 ? -14 : 14;
    if (a.y === b.y) {
      const left = a.x < b.x ? a : b;
      const right = left === a ? b : a;
      const y = a.y + CARD.h / 2 + (n ? shift : 0);
      const [x1, x2] = left === a ? [left.x + CARD.w, right.x] : [right.x, left.x + CARD.w];
      lines.push({ connection: c, x1, y1: y, x2, y2: y });
      continue;
    }
    const upper = a.y < b.y ? a : b;
    const lower = upper === a ? b : a;
    const ux = upper.x + CARD.w / 2 + shift;
    const lx = lower.x + CARD.w / 2 + shift;
    const pts = { ux, uy: upper.y + CARD.h, lx, ly: lower.y };
    // Lines run from `from` to `to`; arrows are drawn at `to`. "learns from" is drawn upward: lower to upper.
    const upward = c.kind === 'learns-from';
    const fromUpper = a === upper;
    const [x1, y1, x2, y2] = upward ? [pts.lx, pts.ly, pts.ux, pts.uy] : fromUpper ? [pts.ux, pts.uy, pts.lx, pts.ly] : [pts.lx, pts.ly, pts.ux, pts.uy];
    lines.push({ connection: c, x1, y1, x2, y2 });
  }
  return { cards, lines, rows, width, height: scales.length ? scales.length * (CARD.h + CARD.gapY) - CARD.gapY : 0 };
}
