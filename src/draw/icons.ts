/**
 * The small shapes that carry meaning without colour, drawn as in the app:
 * kind icons (actor person, factor diamond, outcome target), experiment
 * status shapes (idea ○, designing ◐, running ●, concluded ✓, stopped ■)
 * and the three arrowheads (+ filled, − filled with a bar, ? open).
 */
import { STATUS_COLOURS } from './statusMarks.ts';
import type { ExperimentStatus, NodeKind, Polarity } from '../model/types.ts';
import type { Prim } from './prims.ts';

const ICON_INK = '#374151';

/** A kind icon in a size × size square at (x, y). */
export function kindIcon(kind: NodeKind, x: number, y: number, size: number, colour = ICON_INK): Prim[] {
  const u = size / 16;
  const X = (v: number) => x + v * u;
  const Y = (v: number) => y + v * u;
  switch (kind) {
    case 'actor':
      return [
        { t: 'circle', cx: X(8), cy: Y(5), r: 3 * u, fill: colour },
        { t: 'path', d: [['M', X(2.5), Y(15)], ['Q', X(2.5), Y(9.5), X(8), Y(9.5)], ['Q', X(13.5), Y(9.5), X(13.5), Y(15)], ['Z']], fill: colour },
      ];
    case 'factor': {
      const r = 7.07;
      return [{ t: 'path', d: [['M', X(8), Y(8 - r)], ['L', X(8 + r), Y(8)], ['L', X(8), Y(8 + r)], ['L', X(8 - r), Y(8)], ['Z']], fill: colour }];
    }
    case 'outcome':
      return [
        { t: 'circle', cx: X(8), cy: Y(8), r: 6.5 * u, stroke: colour, lw: 2 * u },
        { t: 'circle', cx: X(8), cy: Y(8), r: 2.5 * u, fill: colour },
      ];
  }
}

/** A status shape in a size × size square at (x, y). */
export function statusIcon(status: ExperimentStatus, x: number, y: number, size: number): Prim[] {
  const c = STATUS_COLOURS[status];
  const u = size / 12;
  const X = (v: number) => x + v * u;
  const Y = (v: number) => y + v * u;
  switch (status) {
    case 'idea':
      return [{ t: 'circle', cx: X(6), cy: Y(6), r: 4.5 * u, stroke: c, lw: 1.6 * u }];
    case 'designing':
      return [
        { t: 'circle', cx: X(6), cy: Y(6), r: 4.5 * u, stroke: c, lw: 1.6 * u },
        // The right half filled: two quarter arcs approximated by quadratic curves.
        { t: 'path', d: [['M', X(6), Y(1.5)], ['Q', X(10.5), Y(1.5), X(10.5), Y(6)], ['Q', X(10.5), Y(10.5), X(6), Y(10.5)], ['Z']], fill: c },
      ];
    case 'running':
      return [{ t: 'circle', cx: X(6), cy: Y(6), r: 5 * u, fill: c }];
    case 'concluded':
      return [{ t: 'path', d: [['M', X(1.5), Y(6.5)], ['L', X(4.5), Y(9.5)], ['L', X(10.5), Y(2.5)]], stroke: c, lw: 2 * u }];
    case 'stopped':
      return [{ t: 'rect', x: X(1.5), y: Y(1.5), w: 9 * u, h: 9 * u, fill: c }];
  }
}

/**
 * An arrowhead whose tip is at (x, y), pointing along angle (degrees), sized
 * as the canvas's markers (16 units for a 20-unit drawing).
 */
export function arrowhead(polarity: Polarity, x: number, y: number, angle: number, colour: string, size = 16): Prim[] {
  const k = size / 20;
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  // Marker drawing coordinates, with the tip (18, 10) moved to the origin.
  const P = (mx: number, my: number): [number, number] => {
    const px = (mx - 18) * k;
    const py = (my - 10) * k;
    return [x + px * cos - py * sin, y + px * sin + py * cos];
  };
  if (polarity === '?') {
    return [{ t: 'path', d: [['M', ...P(4, 3)], ['L', ...P(18, 10)], ['L', ...P(4, 17)]], stroke: colour, lw: 2.5 * k }];
  }
  const head: Prim = { t: 'path', d: [['M', ...P(2, 2)], ['L', ...P(18, 10)], ['L', ...P(2, 18)], ['Z']], fill: colour };
  if (polarity === '+') return [head];
  return [head, { t: 'path', d: [['M', ...P(0, 1)], ['L', ...P(3, 1)], ['L', ...P(3, 19)], ['L', ...P(0, 19)], ['Z']], fill: colour }];
}
