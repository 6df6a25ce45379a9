/** CSV edge lists (source, target, polarity/sign, strength): read, recognise, write. */
import type { MapDocument } from '../../model/types.ts';
import { normaliseName } from '../shared/attributes.ts';
import { extensionOf, headText } from '../shared/text.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile } from '../types.ts';
import { SOURCE_HEADERS, TARGET_HEADERS } from './names.ts';

export const format = 'csv-edges' as const;
export const tool = 'CSV edge list';
export const extensions = ['csv', 'tsv'];

/** A first line naming a source and a target column; or a .csv/.tsv whose first line has two or more cells. */
export function sniff(file: InputFile): boolean {
  const first = headText(file, 2048).split(/\r?\n/)[0] ?? '';
  if (first.trimStart().startsWith('{') || first.trimStart().startsWith('<')) return false;
  const cells = first.split(/[,;\t|]/).map((c) => normaliseName(c.replace(/^"|"$/g, '')));
  if (cells.some((c) => SOURCE_HEADERS.includes(c)) && cells.some((c) => TARGET_HEADERS.includes(c))) return true;
  return ['csv', 'tsv'].includes(extensionOf(file.name)) && cells.length >= 2;
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const { readCSVEdges } = await import('./read.ts');
  return readCSVEdges(file);
}

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writeCSVEdges } = await import('./write.ts');
  return writeCSVEdges(doc, options);
}
