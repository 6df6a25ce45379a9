/** Loopy (ncase): export only; Loopy keeps its models in links, not files. */
import type { MapDocument } from '../../model/types.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

export const format = 'loopy' as const;
export const tool = 'Loopy';

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writeLoopy } = await import('./write.ts');
  return writeLoopy(doc, options);
}

export async function url(doc: MapDocument): Promise<string> {
  const { loopyURL } = await import('./write.ts');
  return loopyURL(doc);
}
