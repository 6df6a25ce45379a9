/**
 * How the map is being looked at, apart from the document: which lens is on,
 * touch mode, and which side panel is showing. None of it is saved in the map.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Id, MapFilter } from '../model/types.ts';
import { NO_FILTER } from '../model/sensemaking.ts';
import type { Emphasis, Lens } from '../views/lens.ts';
import type { SizeMeasure } from '../views/sizeBy.ts';

export type SidePanel = 'inspector' | 'experiments' | 'analysis' | 'outline' | 'comments' | 'views';

/** An auto-layout in progress, for the progress bar and its Cancel button. */
export interface LayoutStatus {
  algorithm: string;
  phase: string;
  fraction: number;
  cancel(): void;
}

/** New positions for the canvas to move nodes to (animated), then commit as one undo step named `name`. */
export interface Arrangement {
  positions: Record<Id, { x: number; y: number }>;
  name: string;
  seq: number;
}

export interface ViewState {
  lens: Lens;
  /** While set, clicking a node adds it to (or removes it from) this experiment. */
  touchModeExperimentId: Id | null;
  panel: SidePanel;
  /** Whether the side panel is out (it can be put away to give the map the width). */
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /**
   * Projector mode, for a room reading the map from a wall: the side panel,
   * the minimap and the lens bar go, the legend shrinks to a strip and the
   * map is fitted to the whole window.
   */
  projector: boolean;
  setProjector(on: boolean): void;
  /**
   * Presenter mode: the saved views in the presentation, one step at a time,
   * full screen; null when not presenting. `step` counts from 0.
   */
  presenting: { step: number } | null;
  present(step: number | null): void;
  /** The experiment open in the experiments panel. */
  openExperimentId: Id | null;
  /** A request for the canvas to bring these nodes into view; seq makes each request new. */
  focus: { nodeIds: Id[]; seq: number } | null;
  focusOn(nodeIds: Id[]): void;
  emphasis: Emphasis | null;
  setEmphasis(emphasis: Emphasis | null): void;
  /** In projector mode, for a room reading from the back: larger text and thicker links, and a high-contrast look. */
  largePrint: boolean;
  setLargePrint(on: boolean): void;
  highContrast: boolean;
  setHighContrast(on: boolean): void;
  /**
   * The legend: open, or folded to its strip. A fit to the screen folds an open legend that would cover part of
   * the map, unless the user opened it by hand (`byHand`); on a short screen (a 1280 × 720 projector) it starts folded.
   */
  legend: { open: boolean; byHand: boolean };
  setLegend(open: boolean, byHand: boolean): void;
  /** Whether a clustered map shows each theme as a named region (on by default). */
  themeRegions: boolean;
  setThemeRegions(on: boolean): void;
  /** Whether named loops and the loop shown from the analysis panel get a marker (R1, B2) in their middle (on by default). */
  loopMarkers: boolean;
  setLoopMarkers(on: boolean): void;
  /** "Size nodes by": a key-factor measure drawn as each node's size (1× to 1.6×), or none. */
  sizeBy: SizeMeasure;
  setSizeBy(measure: SizeMeasure): void;
  /**
   * Focus and filter: what the canvas leaves out or fades (see
   * src/views/filter.ts). UI state, like the lens; a saved view stores a copy.
   */
  filter: MapFilter;
  setFilter(filter: MapFilter): void;
  layout: LayoutStatus | null;
  setLayout(layout: LayoutStatus | null): void;
  arrangement: Arrangement | null;
  arrange(positions: Arrangement['positions'], name: string): void;
  setLens(lens: Lens): void;
  setTouchMode(experimentId: Id | null): void;
  showPanel(panel: SidePanel): void;
  openExperiment(id: Id | null): void;
  reset(): void;
}

const NO_LENS: Lens = { kind: 'none' };

export type ViewStore = StoreApi<ViewState>;

export function createViewStore(): ViewStore {
  return createStore<ViewState>()((set) => ({
    lens: NO_LENS,
    touchModeExperimentId: null,
    panel: 'inspector',
    panelOpen: true,
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    projector: false,
    setProjector: (projector) => set({ projector }),
    presenting: null,
    present: (step) => set({ presenting: step === null ? null : { step } }),
    openExperimentId: null,
    focus: null,
    emphasis: null,
    setEmphasis: (emphasis) => set({ emphasis }),
    largePrint: false,
    setLargePrint: (largePrint) => set({ largePrint }),
    highContrast: false,
    setHighContrast: (highContrast) => set({ highContrast }),
    legend: { open: typeof innerHeight !== 'number' || innerHeight >= 800, byHand: false },
    setLegend: (open, byHand) => set({ legend: { open, byHand } }),
    themeRegions: true,
    setThemeRegions: (themeRegions) => set({ themeRegions }),
    loopMarkers: true,
    setLoopMarkers: (loopMarkers) => set({ loopMarkers }),
    sizeBy: 'none',
    setSizeBy: (sizeBy) => set({ sizeBy }),
    filter: NO_FILTER,
    setFilter: (filter) => set({ filter }),
    layout: null,
    setLayout: (layout) => set({ layout }),
    arrangement: null,
    arrange: (positions, name) => set((s) => ({ arrangement: { positions, name, seq: (s.arrangement?.seq ?? 0) + 1 } })),
    focusOn: (nodeIds) => set((s) => ({ focus: { nodeIds, seq: (s.focus?.seq ?? 0) + 1 } })),
    setLens: (lens) => set({ lens }),
    setTouchMode: (touchModeExperimentId) => set({ touchModeExperimentId }),
    // Asking for a panel brings the side panel out (but not in projector mode, which keeps the wall clear).
    showPanel: (panel) => set((s) => ({ panel, panelOpen: s.projector ? s.panelOpen : true })),
    openExperiment: (openExperimentId) => set((s) => ({ openExperimentId, panel: 'experiments', panelOpen: s.projector ? s.panelOpen : true })),
    // Another map opened: its themes, tags and nodes are not this one's, so its filter starts off too.
    reset: () => set({ lens: NO_LENS, touchModeExperimentId: null, openExperimentId: null, emphasis: null, filter: NO_FILTER }),
  }));
}
