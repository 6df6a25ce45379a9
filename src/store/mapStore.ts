/**
 * The app's state: the open map, its history, and what the user has selected.
 * The document changes only through dispatch(operation), so undo, autosave
 * and anything else that watches the document see every change.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createMap, type Operation } from '../model/operations.ts';
import type { Id, MapDocument, Voice } from '../model/types.ts';
import { stampVoices } from '../model/voices.ts';
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

  /** The live room this map is in, or null for a map of one's own. */
  shared: SharedEditing | null;
  /** Why this map cannot be edited here (locked room, view link, open in another tab); null when it can. */
  readOnly: string | null;
  /**
   * Who made the latest change to the document: 'others' when it holds only
   * collaborators' changes from the room (which keeps them, so nothing of
   * mine is at risk if this tab closes); 'me' for anything else.
   */
  changedBy: 'me' | 'others';

  /**
   * @param options.stamp false for a change that brings back what others said (restoring a version):
   *   what it adds keeps the voices it had rather than taking mine
   */
  dispatch(op: Operation, options?: { coalesceKey?: string; select?: Partial<Selection>; stamp?: boolean }): void;
  undo(): void;
  redo(): void;
  /** Open a different document: history starts afresh. */
  openDocument(doc: MapDocument, viewport?: Viewport | null): void;
  select(selection: Partial<Selection>): void;
  setEditing(id: Id | null): void;
  /** Enter a room: from now on the document is the room's. */
  openShared(shared: SharedEditing, doc: MapDocument, viewport?: Viewport | null): void;
  /** The room's document changed: by me (this tab, the default), or only by others. */
  showShared(doc: MapDocument, by?: 'me' | 'others'): void;
  setReadOnly(reason: string | null): void;
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
 * A live room the open map is in (src/services/room): while set, changes go
 * through it (a shared Yjs document, src/sync's SharedMap) rather than the
 * local history, and the document comes back from it via showShared.
 */
export interface SharedEditing {
  apply(op: Operation, options: { coalesceKey?: string }): boolean;
  undo(): string | null;
  redo(): string | null;
  undoName(): string | null;
  redoName(): string | null;
}

/** The toolbar reads undo/redo names from the history; in a room they come from the room's own undo of my changes. */
function sharedHistory(shared: SharedEditing, doc: MapDocument): History {
  const u = shared.undoName();
  const r = shared.redoName();
  return { past: u ? [{ name: u, doc, at: 0 }] : [], future: r ? [{ name: r, doc, at: 0 }] : [] };
}

/**
 * What I add carries my voice: the operation is wrapped so the records it
 * adds are stamped inside its own apply, alone or in a room (where the room
 * applies it to its document). Only dispatch wraps, so a collaborator's
 * changes (showShared) and opened or imported files are never stamped.
 */
function voiced(op: Operation, voice: Voice | null): Operation {
  if (!voice) return op;
  return { name: op.name, apply: (doc) => stampVoices(doc, op.apply(doc), voice) };
}

/**
 * One open map with its history and selection. A session owns one; tests
 * make as many as they like, side by side, with nothing shared between them.
 * @param onOpen called when a different document is opened (the session resets its view)
 * @param voiceFor the voice to stamp on what this person adds to `doc`, or null to stamp nothing
 */
export function createMapStore(onOpen: () => void = () => undefined, voiceFor: (doc: MapDocument) => Voice | null = () => null): MapStore {
  return createStore<MapState>()((set, get) => ({
    doc: createMap(),
    history: emptyHistory(),
    selection: EMPTY_SELECTION,
    editingNodeId: null,
    initialViewport: null,
    openCount: 0,
    shared: null,
    readOnly: null,
    changedBy: 'me',

    dispatch(plain, options = {}) {
      const { doc, history, selection, shared, readOnly } = get();
      if (readOnly) return;
      const op = options.stamp === false ? plain : voiced(plain, voiceFor(doc));
      if (shared) {
        // The room's subscription (showShared) has already set the new document by the time apply returns.
        if (!shared.apply(op, { coalesceKey: options.coalesceKey })) return;
        const sel = options.select ? { ...EMPTY_SELECTION, ...options.select } : get().selection;
        set({ selection: pruneSelection(sel, get().doc), history: sharedHistory(shared, get().doc) });
        return;
      }
      const applied = op.apply(doc);
      if (applied === doc) return;
      const now = Date.now();
      const next = { ...applied, meta: { ...applied.meta, updatedAt: new Date(now).toISOString() } };
      const sel = options.select ? { ...EMPTY_SELECTION, ...options.select } : selection;
      set({
        doc: next,
        changedBy: 'me',
        history: record(history, doc, op.name, options.coalesceKey, now),
        selection: pruneSelection(sel, next),
      });
    },

    undo() {
      const { history, doc, selection, shared, readOnly } = get();
      if (readOnly) return;
      // The room's undo stacks settle after its change is shown: read the names again.
      if (shared) return void (shared.undo() && set({ editingNodeId: null, history: sharedHistory(shared, get().doc) }));
      const r = undo(history, doc);
      if (r) set({ doc: r.doc, history: r.history, selection: pruneSelection(selection, r.doc), editingNodeId: null, changedBy: 'me' });
    },

    redo() {
      const { history, doc, selection, shared, readOnly } = get();
      if (readOnly) return;
      if (shared) return void (shared.redo() && set({ editingNodeId: null, history: sharedHistory(shared, get().doc) }));
      const r = redo(history, doc);
      if (r) set({ doc: r.doc, history: r.history, selection: pruneSelection(selection, r.doc), editingNodeId: null, changedBy: 'me' });
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
        shared: null,
        readOnly: null,
        changedBy: 'me',
      }));
    },

    openShared(shared, doc, viewport = null) {
      onOpen();
      set((s) => ({
        doc,
        history: sharedHistory(shared, doc),
        selection: EMPTY_SELECTION,
        editingNodeId: null,
        initialViewport: viewport,
        openCount: s.openCount + 1,
        shared,
        readOnly: null,
        changedBy: 'me',
      }));
    },

    showShared(doc, by = 'me') {
      const { shared, selection, editingNodeId } = get();
      if (!shared) return;
      // Someone else may have deleted what I had selected or was editing.
      set({
        doc,
        changedBy: by,
        history: sharedHistory(shared, doc),
        selection: pruneSelection(selection, doc),
        editingNodeId: editingNodeId && doc.nodes[editingNodeId] ? editingNodeId : null,
      });
    },

    setReadOnly(readOnly) {
      if (get().readOnly !== readOnly) set({ readOnly, ...(readOnly ? { editingNodeId: null } : {}) });
    },

    select(selection) {
      set({ selection: { ...EMPTY_SELECTION, ...selection } });
    },

    setEditing(id) {
      set({ editingNodeId: id });
    },
  }));
}
