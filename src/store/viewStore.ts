/**
 * How the map is being looked at, apart from the document: which lens is on,
 * touch mode, and which side panel is showing. None of it is saved in the map.
 */
import { create } from 'zustand';
import type { Id } from '../model/types.ts';

export type Lens = { kind: 'none' } | { kind: 'experiments'; experimentIds: Id[] } | { kind: 'coverage' };

export type SidePanel = 'inspector' | 'experiments';

interface ViewState {
  lens: Lens;
  /** While set, clicking a node adds it to (or removes it from) this experiment. */
  touchModeExperimentId: Id | null;
  panel: SidePanel;
  /** The experiment open in the experiments panel. */
  openExperimentId: Id | null;
  /** A request for the canvas to bring these nodes into view; seq makes each request new. */
  focus: { nodeIds: Id[]; seq: number } | null;
  focusOn(nodeIds: Id[]): void;
  setLens(lens: Lens): void;
  setTouchMode(experimentId: Id | null): void;
  showPanel(panel: SidePanel): void;
  openExperiment(id: Id | null): void;
  reset(): void;
}

const NO_LENS: Lens = { kind: 'none' };

export const useViewStore = create<ViewState>()((set) => ({
  lens: NO_LENS,
  touchModeExperimentId: null,
  panel: 'inspector',
  openExperimentId: null,
  focus: null,
  focusOn: (nodeIds) => set((s) => ({ focus: { nodeIds, seq: (s.focus?.seq ?? 0) + 1 } })),
  setLens: (lens) => set({ lens }),
  setTouchMode: (touchModeExperimentId) => set({ touchModeExperimentId }),
  showPanel: (panel) => set({ panel }),
  openExperiment: (openExperimentId) => set({ openExperimentId, panel: 'experiments' }),
  reset: () => set({ lens: NO_LENS, touchModeExperimentId: null, openExperimentId: null }),
}));
