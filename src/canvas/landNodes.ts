/**
 * After the glide the nodes are in their new places on screen, but React
 * Flow and the document still hold the old ones. Handing all of them over in
 * one render re-renders every node and link at once: 40 ms and more of
 * script on the 118-node example, in one frame. Instead React Flow learns the
 * new places a batch of nodes per frame (the screen does not change), and
 * then the document changes once, to the very node objects React Flow
 * already holds, so that last render finds nothing to redo (toFlow.ts keeps
 * a node whose document object is the same).
 */
import { flushSync } from 'react-dom';
import type { Operation } from '../model/operations.ts';
import type { Id, MapDocument } from '../model/types.ts';
import type { FlowNode } from './toFlow.ts';

export type SetNodes = (update: (nodes: FlowNode[]) => FlowNode[]) => void;

/** Script time to spend per frame; the browser still has to lay out and paint what changed. */
const BUDGET_MS = 5;
/** Layout and painting grow with the batch too, and the script time does not show them: never more than this many at once. */
const MAX_BATCH = 20;
const FIRST_BATCH = 10;

/** A move worked out ahead: on the document it was worked out for, it gives that same result, node objects and all. */
export function preparedMove(move: Operation, doc: MapDocument): { next: MapDocument; op: Operation } {
  const next = move.apply(doc);
  return { next, op: { name: move.name, apply: (d) => (d === doc ? next : move.apply(d)) } };
}

/**
 * Gives React Flow the moved nodes of `next` (compared with `before`), one
 * batch per animation frame, sized from how long the last one took, calling
 * `afterBatch` once each batch is rendered, then `onLanded` in the frame after
 * the last. The returned function stops it and gives React Flow back the old
 * places of what it had handed over.
 */
export function landNodes(
  setNodes: SetNodes,
  before: MapDocument,
  next: MapDocument,
  afterBatch: (ids: ReadonlySet<Id>) => void,
  onLanded: () => void,
): () => void {
  const moved = Object.keys(next.nodes).filter((id) => next.nodes[id] !== before.nodes[id]);
  const give = (ids: Set<Id>, doc: MapDocument) =>
    setNodes((nodes) =>
      nodes.map((n) => {
        const node = ids.has(n.id) ? doc.nodes[n.id] : undefined;
        return node ? { ...n, position: node.position, data: { ...n.data, node } } : n;
      }),
    );
  let done = 0;
  let size = FIRST_BATCH;
  let frame = requestAnimationFrame(function step() {
    if (done >= moved.length) {
      frame = 0;
      return onLanded();
    }
    const batch = new Set(moved.slice(done, done + size));
    const start = performance.now();
    // Rendered now, inside this frame: left to React's scheduler, a batch can slip into the next frame and pile onto the commit.
    flushSync(() => give(batch, next));
    afterBatch(batch);
    const took = performance.now() - start;
    done += batch.size;
    size = Math.max(4, Math.min(size * 2, MAX_BATCH, Math.round((batch.size * BUDGET_MS) / Math.max(took, 1))));
    frame = requestAnimationFrame(step);
  });
  return () => {
    if (!frame) return;
    cancelAnimationFrame(frame);
    give(new Set(moved.slice(0, done)), before);
  };
}
