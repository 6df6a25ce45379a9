/**
 * Another tool's file on its way in: what is being read, the report waiting
 * for the user's yes or no, and the what-if set-ups (Mental Modeler
 * scenarios) that came with maps opened in this session.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ImportSummary } from '../../formats/browser/hand-over.ts';
import type { WhatIfSetup } from '../../formats/types.ts';
import type { MapDocument } from '../../model/types.ts';
import type { Id } from '../../model/types.ts';

export interface PendingImport {
  /** The files read, as the user named them. */
  fileNames: string[];
  /** The report, and the map's title and size. */
  result: ImportSummary;
  /** The map itself, read only when the user opens it. */
  doc(): MapDocument;
  /** Files given with it that were not opened, said in the report. */
  notOpened: string[];
}

export interface ImportState {
  /** What is being done right now ("Reading map.graphml"), for a status line; null when idle. */
  busy: string | null;
  pending: PendingImport | null;
  /** Map id -> scenarios read with it. Kept for the session, not in the document (see docs/other-formats.md). */
  scenarios: Record<Id, WhatIfSetup[]>;
}

export type ImportStore = StoreApi<ImportState>;

export const createImportStore = (): ImportStore => createStore<ImportState>()(() => ({ busy: null, pending: null, scenarios: {} }));
