/** Whether the open map is safely stored, shown in the toolbar and as a banner when it is not. */
import { createStore, type StoreApi } from 'zustand/vanilla';

export type SaveState = 'saved' | 'saving' | 'unavailable' | 'failed';

export interface SaveStatus {
  state: SaveState;
  /** Why saving is not happening, in plain words. */
  detail: string | null;
  /** Tries a failed save again at once (the banner's "Try again"); null when there is nothing to retry. */
  retry: (() => void) | null;
  set(state: SaveState, detail?: string | null): void;
}

export type SaveStatusStore = StoreApi<SaveStatus>;

export const createSaveStatusStore = (): SaveStatusStore =>
  createStore<SaveStatus>()((set) => ({
    state: 'saved',
    detail: null,
    retry: null,
    set: (state, detail = null) => set({ state, detail }),
  }));
