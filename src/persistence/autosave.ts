/**
 * Autosave: every change to the open map reaches the library within a second.
 * A short debounce folds a burst of edits (typing, dragging) into one write.
 */
import { useMapStore } from '../store/mapStore.ts';
import type { MapLibrary } from './library.ts';
import { useSaveStatus } from './status.ts';

export const AUTOSAVE_DELAY_MS = 300;

function describe(err: unknown): string {
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'the browser storage is full';
  return err instanceof Error ? err.message : String(err);
}

export function startAutosave(library: MapLibrary): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;

  const flush = async () => {
    timer = null;
    if (!pending) return;
    pending = false;
    const doc = useMapStore.getState().doc;
    try {
      await library.save(doc);
      await library.setLastOpen(doc.id);
      if (library.persistent && !pending) useSaveStatus.getState().set('saved');
    } catch (err) {
      useSaveStatus.getState().set('failed', describe(err));
    }
  };

  const unsubscribe = useMapStore.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    pending = true;
    if (library.persistent) useSaveStatus.getState().set('saving');
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });

  // Save what is pending when the tab is hidden or closed.
  const onHide = () => {
    if (timer) clearTimeout(timer);
    void flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
