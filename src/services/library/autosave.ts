/**
 * Autosave: every change to the open map reaches the library within a second.
 * A short debounce folds a burst of edits (typing, dragging) into one write.
 */
import type { MapDocument } from '../../model/types.ts';
import type { MapLibrary } from './library.ts';
import type { Session } from '../session.ts';

const AUTOSAVE_DELAY_MS = 300;

function describe(err: unknown): string {
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'the browser storage is full';
  return err instanceof Error ? err.message : String(err);
}

export function startAutosave(s: Session, library: MapLibrary): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The document to write, captured when it changed: if the user switches
  // maps before the write, the edits still go to the map they were made in.
  let pending: MapDocument | null = null;

  const write = async (doc: MapDocument) => {
    try {
      await library.save(doc);
      await library.setLastOpen(s.map.getState().doc.id);
      if (library.persistent && !pending) s.saveStatus.getState().set('saved');
    } catch (err) {
      s.saveStatus.getState().set('failed', describe(err));
    }
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const doc = pending;
    pending = null;
    if (doc) void write(doc);
  };

  const unsubscribe = s.map.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (pending && pending.id !== state.doc.id) flush();
    pending = state.doc;
    if (library.persistent) s.saveStatus.getState().set('saving');
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });

  // Save what is pending when the tab is hidden or closed.
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flush);
  };
}
