/**
 * The nodes that keep a readable label when zoomed far out (keyLabels.ts), for
 * the node views. Held in a small store each node view subscribes to for its
 * own answer, not handed down as a context value: with a context every node
 * re-rendered whenever the set changed (after a layout, a collaborator's move
 * or a new selection), though only the few nodes that joined or left it draw
 * anything different.
 */
import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Id } from '../../model/types.ts';

export const NO_KEY_LABELS: ReadonlySet<Id> = new Set();

export class KeyLabelStore {
  private labelled: ReadonlySet<Id> = NO_KEY_LABELS;
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  has = (id: Id) => this.labelled.has(id);

  set(next: ReadonlySet<Id>): void {
    if (next === this.labelled) return;
    this.labelled = next;
    for (const listener of this.listeners) listener();
  }
}

const KeyLabelsContext = createContext<KeyLabelStore>(new KeyLabelStore());

export function KeyLabelsProvider({ value, children }: { value: ReadonlySet<Id>; children: ReactNode }) {
  const [store] = useState(() => new KeyLabelStore());
  // Before the browser paints, so a node that joins the set shows its label in the same frame.
  useLayoutEffect(() => store.set(value), [store, value]);
  return <KeyLabelsContext.Provider value={store}>{children}</KeyLabelsContext.Provider>;
}

export function useKeyLabel(id: Id): boolean {
  const store = useContext(KeyLabelsContext);
  return useSyncExternalStore(store.subscribe, () => store.has(id));
}
