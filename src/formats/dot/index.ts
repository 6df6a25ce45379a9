/** Graphviz DOT: read, recognise, write. */
import type { MapDocument } from '../../model/types.ts';
import { extensionOf, headText } from '../shared/text.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile } from '../types.ts';

export const format = 'dot' as const;
export const tool = 'Graphviz DOT';
export const extensions = ['dot', 'gv'];

export function sniff(file: InputFile): boolean {
  // Comments may come first: /* ... */, // ... and # lines.
  const head = headText(file, 4096).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*(\/\/|#).*$/gm, '');
  return /^\s*(strict\s+)?(di)?graph\b[^{]*\{/i.test(head) || (['dot', 'gv'].includes(extensionOf(file.name)) && !head.trimStart().startsWith('<'));
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const { readDOT } = await import('./read.ts');
  return readDOT(file);
}

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writeDOT } = await import('./write.ts');
  return writeDOT(doc, options);
}
