/**
 * The app's state: the open map, its history, and what the user has selected.
 * The document changes only through dispatch(operation), so undo, autosave
 * and anything else that watches the document see every change.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createMap, type Operation } from '../model/operations.ts';
import type { Id, MapDocument } from '../model/types.ts';
import { emptyHistory, record, redo, undo, type History } from './history.ts';

export interface Selection {
  nodeIds: Id[];
  linkIds: Id[];
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface MapState {
  doc: MapDocument;
  history: History;
  selection: Selection;
  /** The node whose label is being edited in place. */
  editingNodeId: Id | null;
  /** Where to put the view when a map opens; null fits the map to the screen. */
  initialViewport: Viewport | null;
  /** Increments whenever a different map (or a restored one) is opened, so the canvas can re-fit. */
  openCount: number;

  dispatch(op: Operation, options?: { coalesceKey?: string; select?: Partial<Selection> }): void;
  undo(): void;
  redo(): void;
  /** Open a different document: history starts afresh. */
  openDocument(doc: MapDocument, viewport?: Viewport | null): void;
  select(selection: Partial<Selection>): void;
  setEditing(id: Id | null): void;
}

const EMPTY_SELECTION: Selection = { nodeIds: [], linkIds: [] };

/** Drops selected ids that no longer exist, keeping the same object when nothing changed. */
function pruneSelection(sel: Selection, doc: MapDocument): Selection {
  const nodeIds = sel.nodeIds.filter((id) => doc.nodes[id]);
  const linkIds = sel.linkIds.filter((id) => doc.links[id]);
  if (nodeIds.length === sel.nodeIds.length && linkIds.length === sel.linkIds.length) return sel;
  return { nodeIds, linkIds };
}

export type MapStore = StoreApi<MapState>;

/**
 * One open map with its history and selection. A session owns one; tests
 * make as many as they like, side by side, with nothing shared between them.
 * @param onOpen called when a different document is opened (the session resets its view)
 */
export function createMapStore(onOpen: () => void = () => undefined): MapStore {
  return createStore<MapState>()((set, get) => ({
    doc: createMap(),
    history: emptyHistory(),
    selection: EMPTY_SELECTION,
    editingNodeId: null,
    initialViewport: null,
    openCount: 0,

    dispatch(op, options = {}) {
      const { doc, history, selection } = get();
      const applied = op.apply(doc);
      if (applied === doc) return;
      const now = Date.now();
      const next = { ...applied, meta: { ...applied.meta, updatedAt: new Date(now).toISOString() } };
      const sel = options.select ? { ...EMPTY_SELECTION, ...options.select } : selection;
      set({
        doc: next,
        history: record(history, doc, op.name, options.coalesceKey, now),
        selection: pruneSelection(sel, next),
      });
    },

    undo() {
      const { history, doc, selection } = get();
      const r = undo(history, doc);
      if (r) set({ doc: r.doc, history: r.history, selection: pruneSelection(selection, r.doc), editingNodeId: null });
    },

    redo() {
      const { history, doc, selection } = get();
      const r = redo(history, doc);
      if (r) set({ doc: r.doc, history: r.history, selection: pruneSelection(selection, r.doc), editingNodeId: null });
    },

    openDocument(doc, viewport = null) {
      onOpen();
      set((s) => ({
        doc,
        history: emptyHistory(),
        selection: EMPTY_SELECTION,
        editingNodeId: null,
        initialViewport: viewport,
        openCount: s.openCount + 1,
      }));
    },

    select(selection) {
      set({ selection: { ...EMPTY_SELECTION, ...selection } });
    },

    setEditing(id) {
      set({ editingNodeId: id });
    },
  }));
}
