/**
 * The app's door to the import worker. One worker is started on the first
 * import and kept; the bytes are handed over (transferred, not copied).
 * Only the app uses it: Node (the CLI, tests) calls openFiles (../open-files.ts) directly.
 */
import type { InputFile } from '../types.ts';
import { inThePage, type OpenedInThePage } from './hand-over.ts';
import type { ImportReply, ImportRequest } from './import.worker.ts';

type Pending = { resolve(value: OpenedInThePage): void; reject(err: Error): void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string) {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
}

function getWorker(): Worker {
  if (!worker) {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    w.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      const p = pending.get(data.id);
      pending.delete(data.id);
      if (!p) return;
      if (data.ok) p.resolve(inThePage(data.opened));
      else p.reject(new Error(data.error));
    };
    w.onerror = (event) => {
      // A worker that died (out of memory on a hostile file) is replaced on the next import.
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      failAll(`reading the file stopped: ${event.message || 'the reader ran out of memory or crashed'}`);
    };
    worker = w;
  }
  return worker;
}

/**
 * Starts the import worker and has it load the parsers, before any file is
 * chosen: the first import then pays only for reading. Called when the user
 * clicks Open… or drags a file in; once is enough.
 */
export function warmImportWorker(): void {
  if (worker) return;
  const request: ImportRequest = { warm: true };
  getWorker().postMessage(request);
}

/** Reads the files in the import worker: our own map or another tool's, with its report. */
export async function openFilesOffThread(files: InputFile[]): Promise<OpenedInThePage> {
  const w = getWorker();
  const id = nextId++;
  const request: ImportRequest = { id, files };
  return new Promise<OpenedInThePage>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage(request, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}
