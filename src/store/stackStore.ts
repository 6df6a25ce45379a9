/**
 * The open learning stack, its undo history, and the stack's maps as last
 * read (for the patterns and badges). Like the map store, the stack changes
 * only through dispatch(operation), so undo and autosave see every change.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StackOperation } from '../model/stack/operations.ts';
import type { StackDocument } from '../model/stack/types.ts';
import type { Id, MapDocument } from '../model/types.ts';

const HISTORY_LIMIT = 200;

export interface StackState {
  stack: StackDocument | null;
  maps: Record<Id, MapDocument>;
  past: { name: string; stack: StackDocument }[];
  future: { name: string; stack: StackDocument }[];
  dispatch(op: StackOperation): void;
  undo(): void;
  redo(): void;
  open(stack: StackDocument, maps: Record<Id, MapDocument>): void;
  setMaps(maps: Record<Id, MapDocument>): void;
}

export type StackStore = StoreApi<StackState>;

export function createStackStore(): StackStore {
  return createStore<StackState>()((set, get) => ({
    stack: null,
    maps: {},
    past: [],
    future: [],
    dispatch(op) {
      const { stack, past } = get();
      if (!stack) return;
      const next = op.apply(stack);
      if (next === stack) return;
      set({ stack: { ...next, updatedAt: new Date().toISOString() }, past: [...past, { name: op.name, stack }].slice(-HISTORY_LIMIT), future: [] });
    },
    undo() {
      const { stack, past, future } = get();
      const last = past[past.length - 1];
      if (!stack || !last) return;
      set({ stack: last.stack, past: past.slice(0, -1), future: [{ name: last.name, stack }, ...future] });
    },
    redo() {
      const { stack, past, future } = get();
      const next = future[0];
      if (!stack || !next) return;
      set({ stack: next.stack, past: [...past, { name: next.name, stack }], future: future.slice(1) });
    },
    open: (stack, maps) => set({ stack, maps, past: [], future: [] }),
    setMaps: (maps) => set({ maps }),
  }));
}
