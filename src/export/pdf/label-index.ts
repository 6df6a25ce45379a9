/**
 * The index: every node label in alphabetical order with where to find it,
 * a grid square ("C4") on a one-page map or a page label ("B2") on a poster.
 */
import type { MapNode } from '../../model/types.ts';
import { kindIcon } from '../../draw/icons.ts';
import type { Prim } from '../../draw/prims.ts';
import { textWidth, wrapText } from '../../draw/text/metrics.ts';
import { MUTED, type Flow } from './flow.ts';

const SIZE = 8.5;
const LINE = 11;
const GAP = 18;

export interface IndexEntry {
  label: string;
  kind: MapNode['kind'];
  ref: string;
}

export function indexEntries(nodes: readonly MapNode[], refs: Map<string, string>): IndexEntry[] {
  return nodes
    .map((n) => ({ label: n.label.trim() || '(no label)', kind: n.kind, ref: refs.get(n.id) ?? '' }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base', numeric: true }));
}

const initial = (label: string) => {
  const c = [...label.normalize('NFD')][0]?.toLocaleUpperCase('en-GB') ?? '#';
  return /\p{L}/u.test(c) ? c : '#';
};

export function drawIndex(flow: Flow, entries: IndexEntry[], poster: boolean): void {
  flow.newPage();
  flow.heading('Index', 1);
  flow.paragraph(poster ? 'Each node with the poster page it is on (row letter, column number).' : 'Each node with its square on the map’s grid (row letter, column number).', {
    colour: MUTED,
    after: 8,
  });
  const columns = flow.width > 450 ? 3 : 2;
  const colW = (flow.width - GAP * (columns - 1)) / columns;
  const top = flow.y;
  let col = 0;
  let y = top;
  let pageTop = top;
  let last = '';
  const place = (height: number) => {
    if (y + height > flow.page.height - flow.margin) {
      col++;
      if (col >= columns) {
        flow.newPage();
        col = 0;
        pageTop = flow.y;
      }
      y = pageTop;
    }
  };
  for (const e of entries) {
    const letter = initial(e.label);
    const refW = textWidth(e.ref, SIZE, true) + 4;
    const lines = wrapText(e.label, colW - 12 - refW - 6, SIZE);
    const heading = letter !== last;
    place(lines.length * LINE + (heading ? 18 : 0));
    const x = flow.left + col * (colW + GAP);
    const prims: Prim[] = [];
    if (heading) {
      y += 14;
      prims.push(flow.text(x, y, letter, 10, true, '#0b5fa5'));
      y += 4;
      last = letter;
    }
    y += LINE;
    prims.push(...kindIcon(e.kind, x, y - 7, 7, '#6b7280'));
    lines.forEach((l, i) => prims.push(flow.text(x + 11, y + i * LINE, l, SIZE)));
    const lastLine = y + (lines.length - 1) * LINE;
    const end = x + 11 + textWidth(lines[lines.length - 1] ?? '', SIZE) + 3;
    // Dotted leader from the label to its reference, as in a printed index.
    if (x + colW - refW - 2 > end) prims.push({ t: 'path', d: [['M', end, lastLine], ['L', x + colW - refW, lastLine]], stroke: '#9ca3af', lw: 0.6, dash: [0.6, 2.2], cap: 'round' });
    prims.push(flow.text(x + colW, lastLine, e.ref, SIZE, true, '#111827', 'end'));
    flow.draw(prims);
    y = lastLine;
  }
  flow.y = y;
}
