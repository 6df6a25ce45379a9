/** GraphML (Gephi, yEd, PRSM exports): read, recognise, write. */
import { extensionOf, headText } from '../shared/text.ts';
import { xmlRootIs } from '../shared/xml.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile } from '../types.ts';
import type { MapDocument } from '../../model/types.ts';

export const format = 'graphml' as const;
export const tool = 'GraphML';
export const extensions = ['graphml'];

export function sniff(file: InputFile): boolean {
  const head = headText(file, 8192);
  return xmlRootIs(head, 'graphml') || (extensionOf(file.name) === 'graphml' && head.trimStart().startsWith('<'));
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const { readGraphML } = await import('./read.ts');
  return readGraphML(file);
}

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writeGraphML } = await import('./write.ts');
  return writeGraphML(doc, options);
}
