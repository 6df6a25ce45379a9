/**
 * What the export dialog and the CLI can ask for. Every option has a default,
 * so `exportPdf(doc, {})` gives a one-page A4 map with its legend and index.
 */
import type { Box } from '../draw/geometry.ts';
import type { Id, MapFilter } from '../model/types.ts';
import type { ExportLens } from '../views/lens.ts';
import type { SizeMeasure } from '../views/sizeBy.ts';

export type PageSizeName = 'a4' | 'a3' | 'a2' | 'a1' | 'a0' | 'letter' | 'tabloid';
export type Orientation = 'portrait' | 'landscape';

/**
 * Which part of the map the export is about. "selection" prints only those
 * nodes and the links between them; "experiments" highlights the nodes the
 * chosen experiments touch and fades the rest; "coverage" shows on every
 * factor how many experiments touch it. The canvas's lens can be passed as
 * it is, except the what-if lens, which has no printed form yet.
 */
/** The analysis appendix's tables, as pdf/appendix.ts builds them. Betweenness is normalised to 0..1. */
export interface AnalysisInput {
  /** Named loops first (with their tag, R1 or B2, as the canvas marks them), then the shortest. */
  loops?: { kind: 'R' | 'B' | 'unclear'; labels: string[]; strength?: number; name?: string | undefined; tag?: string | undefined }[];
  /** How many loops were found of each kind, when more were found than are listed. */
  loopTotals?: { R: number; B: number; unclear: number };
  keyFactors?: { label: string; betweenness: number; role: string; inDegree: number; outDegree: number }[];
}

export type ProgressCallback = (fraction: number, message: string) => void;

export interface PdfExportOptions {
  /** Default 'a4'. */
  page?: PageSizeName;
  /** Default: landscape when the map is wider than tall. */
  orientation?: Orientation;
  /** 'fit': the whole map on one page (default). 'poster': tiled over several pages at `posterScale`. */
  layout?: 'fit' | 'poster';
  /** Poster only. 1 prints the map at its on-screen size (one screen pixel = 0.75 pt); 2 twice as big. Default 1. */
  posterScale?: number;
  /** Poster only: how much neighbouring pages repeat, in mm, for trimming and gluing. Default 10. */
  overlapMm?: number;
  lens?: ExportLens;
  /** Focus and filter as on the canvas (views/filter.ts): what it leaves out is faded or left off the page, and the title block states it. */
  filter?: MapFilter;
  /** Nodes sized by a key-factor measure, as on the canvas (default the same size); the key says what larger means. */
  sizeBy?: SizeMeasure;
  /** Theme regions drawn round each theme's nodes, as on the canvas. Default true; false when the user switched them off. */
  themeRegions?: boolean;
  /** Pages describing experiments after the map: true for all, or the ids of those to include. Default false. */
  experiments?: boolean | Id[];
  /** Add "What we noticed": the map's reflection points with their dates and the nodes they are about. Default false. */
  reflections?: boolean;
  /** Add the analysis appendix: feedback loops and key factors (built by pdf/appendix.ts). Default false. */
  analysis?: boolean;
  /** An index of node labels with where to find each on the map. Default true. */
  index?: boolean;
  /** An appendix of the notes on nodes. Default false; true when includePrivateNotes is true. */
  notes?: boolean;
  /** Private notes are left out unless this is true. */
  includePrivateNotes?: boolean;
  /** Printed in the title block instead of the map's own title. */
  title?: string;
  /** The date in the title block; default today. */
  date?: Date;
  onProgress?: ProgressCallback;
  /** Stops the export between pages; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface SvgExportOptions {
  lens?: ExportLens;
  /** Focus and filter as on the canvas: what it leaves out is faded or left out, and the title says so. */
  filter?: MapFilter;
  /** Nodes sized by a key-factor measure, as on the canvas (default the same size); the key says what larger means. */
  sizeBy?: SizeMeasure;
  /** Theme regions drawn round each theme's nodes, as on the canvas. Default true; false when the user switched them off. */
  themeRegions?: boolean;
  /** A rectangle of the map in map coordinates (as the canvas viewport reports it); default the whole map. */
  viewport?: Box;
  /** Default true. */
  legend?: boolean;
  /** The map's title above it. Default true. */
  title?: boolean;
}

export type PngScale = 1 | 2 | 4;

export interface PngExportOptions extends SvgExportOptions {
  /** Pixels per SVG unit: the PNG is scale × the SVG's width and height. Default 2. */
  scale?: PngScale;
}
