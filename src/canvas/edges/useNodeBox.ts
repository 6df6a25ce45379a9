/**
 * Where a node's box stands on the canvas, for the links drawn to it.
 *
 * React Flow's `useInternalNode` hands back the node's whole internal record,
 * which is a new object whenever anything about the node changes, its look
 * under a lens included: every link of every recoloured node then re-rendered
 * and re-shaped itself (all 310 links of the example on each lens change, the
 * longest frame of a presentation step). A link needs only the box and
 * whether it is being dragged, so it re-renders only when those change.
 *
 * And one subscription to React Flow's store serves every link, instead of a
 * selector per end of each link: the store changes on every frame of a pan
 * and on every collaborator's edit, and 620 selectors (the example's 310
 * links), each building a box to compare, were a good part of the cost of
 * an edit arriving from the room. The one listener looks each watched node
 * up, compares its box field by field, and wakes only the links of the
 * nodes that moved.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useSyncExternalStore } from 'react';
import { sameBox, type Box } from '../../draw/geometry.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../../draw/nodeSize.ts';

export interface NodeBox extends Box {
  dragging: boolean;
}

type Store = ReturnType<typeof useStoreApi>;

interface Watched {
  box: NodeBox | null;
  wake: Set<() => void>;
}

/** The box as the store has it now; `last` itself when nothing in it changed (no allocation on a pan's frames). */
function boxIn(state: ReactFlowState, id: string, last: NodeBox | null): NodeBox | null {
  const n = state.nodeLookup.get(id);
  if (!n) return null;
  const { x, y } = n.internals.positionAbsolute;
  const width = n.measured.width ?? NODE_WIDTH;
  const height = n.measured.height ?? NODE_MIN_HEIGHT;
  const dragging = !!n.dragging;
  if (last && last.dragging === dragging && sameBox(last, { x, y, width, height })) return last;
  return { x, y, width, height, dragging };
}

/** The links' shared watch over one React Flow store: the nodes someone draws a link to, and who to wake when one moves. */
export class BoxWatch {
  private readonly watched = new Map<string, Watched>();
  private stop: (() => void) | null = null;

  constructor(private readonly store: Store) {}

  /** The same object for as long as the box is the same, as React asks of a snapshot (the first render comes before the subscription). */
  box(id: string): NodeBox | null {
    const w = this.entry(id);
    if (!this.stop) w.box = boxIn(this.store.getState(), id, w.box);
    return w.box;
  }

  watch(id: string, wake: () => void): () => void {
    const w = this.entry(id);
    if (!this.stop) w.box = boxIn(this.store.getState(), id, w.box);
    w.wake.add(wake);
    this.stop ??= this.store.subscribe((state) => this.changed(state));
    return () => {
      w.wake.delete(wake);
      if (w.wake.size) return;
      this.watched.delete(id);
      if (this.watched.size) return;
      this.stop?.();
      this.stop = null;
    };
  }

  private entry(id: string): Watched {
    let w = this.watched.get(id);
    if (!w) this.watched.set(id, (w = { box: boxIn(this.store.getState(), id, null), wake: new Set() }));
    return w;
  }

  private changed(state: ReactFlowState) {
    const woken: (() => void)[] = [];
    for (const [id, w] of this.watched) {
      const box = boxIn(state, id, w.box);
      if (box === w.box) continue;
      w.box = box;
      woken.push(...w.wake);
    }
    for (const wake of woken) wake();
  }
}

/**
 * One watch per React Flow store. `useStoreApi` hands each component a wrapper
 * object of its own around the same store, so the wrapper cannot be the key:
 * keyed by it, every link end had a watch and a store listener of its own (620
 * on the example, a third of all the store's listeners, each run on every frame
 * of a pan). The store's `getState` is the same function in every wrapper.
 */
const watches = new WeakMap<Store['getState'], BoxWatch>();
export const watchOf = (store: Store): BoxWatch =>
  watches.get(store.getState) ?? watches.set(store.getState, new BoxWatch(store)).get(store.getState)!;

export function useNodeBox(id: string): NodeBox | null {
  const watch = watchOf(useStoreApi());
  const subscribe = useCallback((wake: () => void) => watch.watch(id, wake), [watch, id]);
  const snapshot = useCallback(() => watch.box(id), [watch, id]);
  return useSyncExternalStore(subscribe, snapshot);
}
