/**
 * Other tools' files (Kumu, PRSM, Mental Modeler, spreadsheets, GraphML,
 * GEXF, DOT, CSV, Loopy): the shape every reader and writer shares, so the
 * app, the CLI and the import report treat them all alike.
 * Pure TypeScript: no React, no DOM; heavy parsers are imported lazily by
 * each format's module.
 */
import type { MapDocument } from '../model/types.ts';

export type FormatId =
  | 'system-canvas'
  | 'kumu-json'
  | 'kumu-xlsx'
  | 'kumu-csv'
  | 'prsm'
  | 'mental-modeler'
  | 'graphml'
  | 'gexf'
  | 'dot'
  | 'csv-edges'
  | 'loopy';

/** What a file holds, as bytes and a name; text formats decode the bytes themselves. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** One line of the import report: something read, or something that could not be. */
export interface ReportLine {
  /** "elements", "connections", "loops", "perspectives", "links with unknown polarity"... */
  what: string;
  count: number;
  /** read: became part of the map; skipped: in the file but not imported; guessed: imported with a default the user should check. */
  status: 'read' | 'skipped' | 'guessed';
  /** Why, in plain words, for skipped and guessed lines ("Kumu perspective styles"). */
  detail?: string;
}

/** Where a what-if set-up came from: Mental Modeler scenarios become these. */
export interface WhatIfSetup {
  name: string;
  /** Node id -> clamped input from -1 to 1. */
  inputs: Record<string, number>;
}

export interface ImportResult {
  doc: MapDocument;
  format: FormatId;
  /** The other tool's name, for messages: "Kumu", "PRSM", "Mental Modeler". */
  tool: string;
  report: ReportLine[];
  /** True when the file carried node positions; false means lay it out (clustered) on import. */
  hasPositions: boolean;
  scenarios?: WhatIfSetup[];
}

/** A file that cannot be read at all: what and where, in plain words. */
export interface ImportProblem {
  where: string;
  message: string;
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; format: FormatId | null; problems: ImportProblem[] };

export interface ExportOptions {
  includePrivateNotes: boolean;
}

/** A format's writer: text for text formats, bytes for xlsx. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string | Uint8Array;
  /** Further files written with this one, e.g. the connections CSV beside the elements CSV (kumu-csv). */
  companions?: ExportedFile[];
  /**
   * What the other format could not hold or changed, in plain words ("3 themes
   * left out: ...", "2 links of unknown polarity written as +: ..."). The export
   * dialog lists them and `convert` prints them as warnings.
   */
  warnings?: string[];
}
