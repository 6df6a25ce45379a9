/**
 * What the whole-map overview draws, worked out once per change of the map
 * rather than on every pan frame: links grouped by colour and width (one
 * canvas path per group is far cheaper than thousands of separate strokes),
 * node boxes grouped by theme colour, and the boxes to ring as selected.
 * Pure, so it is tested without a browser; OverviewCanvas turns it into paths.
 */
import { POLARITY_COLOURS, tint } from '../../model/palette.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { strokeWidth } from '../../draw/linkStyle.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  id: Id;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LineGroup {
  colour: string;
  width: number;
  /** Faded, because a lens dims these links. */
  dimmed: boolean;
  /** x1, y1, x2, y2 for each link, flat. */
  segments: number[];
}

export interface BoxGroup {
  fill: string;
  stroke: string;
  dimmed: boolean;
  boxes: Box[];
}

export interface OverviewScene {
  lines: LineGroup[];
  boxes: BoxGroup[];
  selected: Box[];
  /** Every node's box, for finding the node under the pointer. */
  all: Box[];
}

export interface OverviewInput {
  doc: MapDocument;
  size(id: Id): Size;
  selectedIds?: ReadonlySet<Id>;
  dimmedNodes?: ReadonlySet<Id>;
  dimmedLinks?: ReadonlySet<Id>;
}

const NO_THEME = '#8a8f98';

export function overviewScene({ doc, size, selectedIds, dimmedNodes, dimmedLinks }: OverviewInput): OverviewScene {
  const boxOf = new Map<Id, Box>();
  for (const n of Object.values(doc.nodes)) {
    const s = size(n.id);
    boxOf.set(n.id, { id: n.id, x: n.position.x, y: n.position.y, width: s.width, height: s.height });
  }

  const lines = new Map<string, LineGroup>();
  for (const l of Object.values(doc.links)) {
    const a = boxOf.get(l.source);
    const b = boxOf.get(l.target);
    if (!a || !b) continue;
    const colour = POLARITY_COLOURS[l.polarity];
    const width = strokeWidth(l.strength);
    const dimmed = !!dimmedLinks?.has(l.id);
    const key = `${colour} ${width} ${dimmed}`;
    let group = lines.get(key);
    if (!group) lines.set(key, (group = { colour, width, dimmed, segments: [] }));
    group.segments.push(a.x + a.width / 2, a.y + a.height / 2, b.x + b.width / 2, b.y + b.height / 2);
  }

  const boxes = new Map<string, BoxGroup>();
  const selected: Box[] = [];
  for (const n of Object.values(doc.nodes)) {
    const box = boxOf.get(n.id)!;
    const colour = (n.clusterId && doc.clusters[n.clusterId]?.colour) || NO_THEME;
    const dimmed = !!dimmedNodes?.has(n.id);
    const key = `${colour} ${dimmed}`;
    let group = boxes.get(key);
    if (!group) boxes.set(key, (group = { fill: tint(colour, 0.55), stroke: colour, dimmed, boxes: [] }));
    group.boxes.push(box);
    if (selectedIds?.has(n.id)) selected.push(box);
  }

  // Dimmed groups first, so what a lens brings forward is drawn on top.
  const byDimmed = <T extends { dimmed: boolean }>(a: T, b: T) => Number(b.dimmed) - Number(a.dimmed);
  return { lines: [...lines.values()].sort(byDimmed), boxes: [...boxes.values()].sort(byDimmed), selected, all: [...boxOf.values()] };
}

/** The node whose box holds the point (the topmost, i.e. last drawn), or null. */
export function nodeAt(scene: OverviewScene, x: number, y: number, slack = 0): Id | null {
  for (let i = scene.all.length - 1; i >= 0; i--) {
    const b = scene.all[i]!;
    if (x >= b.x - slack && x <= b.x + b.width + slack && y >= b.y - slack && y <= b.y + b.height + slack) return b.id;
  }
  return null;
}
