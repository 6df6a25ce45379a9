/** GEXF (Gephi, PRSM exports): read, recognise, write. */
import type { MapDocument } from '../../model/types.ts';
import { extensionOf, headText } from '../shared/text.ts';
import { xmlRootIs } from '../shared/xml.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile } from '../types.ts';

export const format = 'gexf' as const;
export const tool = 'GEXF';
export const extensions = ['gexf'];

export function sniff(file: InputFile): boolean {
  const head = headText(file, 8192);
  return xmlRootIs(head, 'gexf') || (extensionOf(file.name) === 'gexf' && head.trimStart().startsWith('<'));
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const { readGEXF } = await import('./read.ts');
  return readGEXF(file);
}

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writeGEXF } = await import('./write.ts');
  return writeGEXF(doc, options);
}
