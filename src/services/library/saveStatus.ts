/** Whether the open map is safely stored, shown in the toolbar and as a banner when it is not. */
import { create } from 'zustand';

export type SaveState = 'saved' | 'saving' | 'unavailable' | 'failed';

interface SaveStatus {
  state: SaveState;
  /** Why saving is not happening, in plain words. */
  detail: string | null;
  set(state: SaveState, detail?: string | null): void;
}

export const useSaveStatus = create<SaveStatus>()((set) => ({
  state: 'saved',
  detail: null,
  set: (state, detail = null) => set({ state, detail }),
}));
