/** PRSM (.prsm): read, recognise, write. */
import type { MapDocument } from '../../model/types.ts';
import { extensionOf, headText } from '../shared/text.ts';
import type { ExportedFile, ExportOptions, ImportOutcome, InputFile } from '../types.ts';

export const format = 'prsm' as const;
export const tool = 'PRSM';
export const extensions = ['prsm'];

/** Text that looks like compressToUTF16 output: no control characters, mostly far outside ASCII. */
function looksPacked(head: string): boolean {
  const sample = head.slice(0, 256);
  if (sample.length < 8) return false;
  let high = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 || c > 32800) return false;
    if (c > 0x7f) high++;
  }
  return high / sample.length > 0.6;
}

export function sniff(file: InputFile): boolean {
  const head = headText(file, 4096).trimStart();
  if (head.startsWith('{')) {
    // PRSM's plain JSON: factor and link styles, and links joined by from/to.
    return /"(lastNodeSample|lastLinkSample)"\s*:/.test(head) || (/"nodes"\s*:\s*\[/.test(head) && /"grp"\s*:/.test(head) && /"from"\s*:/.test(head));
  }
  // Packed text is mostly characters above 0x7f; a '<' or '{' may turn up anywhere in it (1 run in 100 here), so only the first character rules out XML or JSON.
  return looksPacked(head) && (extensionOf(file.name) === 'prsm' || !/^[<{[]/.test(head));
}

export async function read(file: InputFile): Promise<ImportOutcome> {
  const { readPRSM } = await import('./read.ts');
  return readPRSM(file);
}

export async function write(doc: MapDocument, options: ExportOptions): Promise<ExportedFile> {
  const { writePRSM } = await import('./write.ts');
  return writePRSM(doc, options);
}
