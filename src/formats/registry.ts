/**
 * Every other tool's format we write, by FormatId: one line each. Readers are
 * in src/formats/detect.ts, which recognises a file from its content. Each
 * format's code is loaded only when it is used, so the app's first download
 * does not grow.
 */
import type { MapDocument } from '../model/types.ts';
import type { ExportedFile, ExportOptions, FormatId } from './types.ts';

export interface FormatWriter {
  id: FormatId;
  /** What the user picks from, in their words. */
  label: string;
  write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile>;
}

const kumu = () => import('./kumu/index.ts');
const mentalModeler = () => import('./mental-modeler/index.ts');

export const WRITERS: readonly FormatWriter[] = [
  { id: 'kumu-json', label: 'Kumu JSON backup', write: async (d, o) => (await kumu()).writeJson(d, o) },
  { id: 'kumu-xlsx', label: 'Kumu spreadsheet (.xlsx)', write: async (d, o) => (await kumu()).writeXlsxFile(d, o) },
  { id: 'kumu-csv', label: 'Kumu spreadsheet (two CSV files)', write: async (d, o) => (await kumu()).writeCsvFiles(d, o) },
  { id: 'mental-modeler', label: 'Mental Modeler (.mmp)', write: async (d, o) => (await mentalModeler()).write(d, o) },
  { id: 'prsm', label: 'PRSM (.prsm)', write: async (d, o) => (await import('./prsm/index.ts')).write(d, o) },
  { id: 'graphml', label: 'GraphML (Gephi, yEd)', write: async (d, o) => (await import('./graphml/index.ts')).write(d, o) },
  { id: 'gexf', label: 'GEXF (Gephi)', write: async (d, o) => (await import('./gexf/index.ts')).write(d, o) },
  { id: 'dot', label: 'Graphviz DOT', write: async (d, o) => (await import('./dot/index.ts')).write(d, o) },
  { id: 'csv-edges', label: 'CSV list of links', write: async (d, o) => (await import('./csv-edges/index.ts')).write(d, o) },
  { id: 'loopy', label: 'Loopy (a link to play it in Loopy)', write: async (d, o) => (await import('./loopy/index.ts')).write(d, o) },
];

export const writerFor = (id: string): FormatWriter | undefined => WRITERS.find((w) => w.id === id);
