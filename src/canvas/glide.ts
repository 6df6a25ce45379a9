/**
 * The arrangement animation, played on the elements React Flow has already
 * drawn instead of through React. Re-rendering every node and link on every
 * frame took about 100 ms a frame on the 118-node example; writing one
 * transform per node and one path per link takes about 2 ms of script, and
 * the browser's drawing of the frame some 15 more. React Flow and the
 * document keep the old places until the last frame has been drawn; then the
 * caller hands them the new ones (landNodes.ts), and React writes what the
 * screen already shows.
 *
 * Links follow their nodes as plain curves; their polarity marks, delay marks
 * and labels are hidden while the nodes move (the `data-arranging` rule in the
 * stylesheet) and come back with the commit.
 */
import type { Id, Position } from '../model/types.ts';
import { linkCurve, type Box } from '../draw/geometry.ts';
import type { Size } from './settleOverlaps.ts';

export interface GlidePlan {
  /** The canvas element holding React Flow's nodes and links. */
  container: HTMLElement;
  from: ReadonlyMap<Id, Position>;
  to: Readonly<Record<Id, Position>>;
  size(id: Id): Size;
  links: readonly { id: Id; source: Id; target: Id }[];
  /** 0 moves everything in the first frame. */
  duration: number;
  ease(t: number): number;
  /** Called after the last frame has been drawn at the `to` positions. */
  onEnd(): void;
}

interface Moving {
  el: HTMLElement;
  a: Position;
  b: Position;
}

interface Following {
  path: SVGPathElement;
  before: string | null;
  sourceId: Id;
  targetId: Id;
  source: Box;
  target: Box;
}

const translate = (p: Position) => `translate(${p.x}px,${p.y}px)`;

export interface Gliding {
  /** Stops, if still moving, and shows the nodes and links where they were before (where React Flow has them). */
  cancel(): void;
  /**
   * After the last frame, while React Flow is told the new places a few nodes
   * at a time: React has just redrawn these nodes' links with the other end
   * where React Flow still has it, the old place; draw them again as they
   * were, between the new places.
   */
  redraw(nodeIds: ReadonlySet<Id>): void;
  /** After the commit: React has drawn the new places, so the links' marks can show again. */
  end(): void;
}

export function glide(g: GlidePlan): Gliding {
  const { container, from, to } = g;
  const nodeEls = new Map<string, HTMLElement>();
  container.querySelectorAll<HTMLElement>('.react-flow__node[data-id]').forEach((el) => nodeEls.set(el.dataset.id!, el));
  const moving = new Map<Id, Moving>();
  for (const [id, b] of Object.entries(to)) {
    const a = from.get(id);
    const el = nodeEls.get(id);
    if (a && el && (a.x !== b.x || a.y !== b.y)) moving.set(id, { el, a, b });
  }

  // Each end's box is shared by every link touching it, so one update per node moves them all.
  const boxes = new Map<Id, Box>();
  const boxOf = (id: Id): Box | null => {
    let box = boxes.get(id);
    const p = from.get(id);
    if (!box && p) boxes.set(id, (box = { x: p.x, y: p.y, ...g.size(id) }));
    return box ?? null;
  };
  const edgeEls = new Map<string, Element>();
  container.querySelectorAll('.react-flow__edge[data-id]').forEach((el) => edgeEls.set(el.getAttribute('data-id')!, el));
  const following: Following[] = [];
  for (const l of g.links) {
    if (!moving.has(l.source) && !moving.has(l.target)) continue;
    const path = edgeEls.get(l.id)?.querySelector<SVGPathElement>('path.react-flow__edge-path');
    const source = boxOf(l.source);
    const target = boxOf(l.target);
    if (path && source && target) following.push({ path, before: path.getAttribute('d'), sourceId: l.source, targetId: l.target, source, target });
  }

  container.dataset.arranging = 'true';
  const draw = (k: number) => {
    for (const [id, m] of moving) {
      const p = k === 1 ? m.b : { x: m.a.x + (m.b.x - m.a.x) * k, y: m.a.y + (m.b.y - m.a.y) * k };
      m.el.style.transform = translate(p);
      const box = boxes.get(id);
      if (box) {
        box.x = p.x;
        box.y = p.y;
      }
    }
    for (const f of following) drawLink(f);
  };
  // The same curve LinkEdge draws, so nothing jumps when React takes over.
  const drawLink = (f: Following) => f.path.setAttribute('d', linkCurve(f.source, f.target).path);

  let start = 0;
  const step = (now: number) => {
    start ||= now;
    const t = g.duration > 0 ? Math.min(1, Math.max(0, (now - start) / g.duration)) : 1;
    draw(g.ease(t));
    if (t < 1) frame = requestAnimationFrame(step);
    else g.onEnd();
  };
  // The first move waits a frame: the frame that hides the links' marks restyles every link, and with the
  // first move in it too it was the longest of a layout (about 120 ms with the CPU slowed 4×).
  let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(step)));

  return {
    cancel() {
      cancelAnimationFrame(frame);
      delete container.dataset.arranging;
      for (const m of moving.values()) m.el.style.transform = translate(m.a);
      for (const f of following) if (f.before !== null) f.path.setAttribute('d', f.before);
    },
    redraw(nodeIds) {
      for (const f of following) if (nodeIds.has(f.sourceId) || nodeIds.has(f.targetId)) drawLink(f);
    },
    end() {
      delete container.dataset.arranging;
    },
  };
}
