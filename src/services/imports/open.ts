/**
 * The doors the toolbar, the canvas and the library use to open files. The
 * code that reads and reports loads on the first open, so the app's first
 * download stays as it was.
 */
import type { Session } from '../session.ts';

/** For the file inputs: our maps and every other tool's file the readers know (the content decides in the end). */
export const OPENABLE_FILES = [
  '.json', '.xlsx', '.csv', '.tsv', '.txt', '.prsm', '.mmp', '.graphml', '.gexf', '.xml', '.dot', '.gv',
  'application/json', 'text/csv', 'application/xml', 'text/xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** Opens what the user chose or dropped (see openFiles.ts). */
export async function openChosenFiles(s: Session, files: File[]): Promise<void> {
  if (!files.length) return;
  const { openFiles } = await import('./openFiles.ts');
  await openFiles(s, files);
}

let warming: Promise<void> | null = null;

/**
 * The user is about to choose a file (clicked Open…, pressed Ctrl+O, opened
 * the library's Import a file…, or is dragging one over the canvas): load the
 * reading code and start the import worker with its parsers now, so the first
 * import does not wait for them. Nothing loads before such a sign.
 */
export function warmImports(): void {
  warming ??= import('./openFiles.ts').then((m) => m.warmImportWorker(), () => undefined);
}
