/// <reference lib="webworker" />
/**
 * Reads opened files off the main thread: parsing a big GraphML or a
 * workbook takes hundreds of milliseconds, and the canvas must keep
 * answering meanwhile. The parsers load here, never in the page.
 */
import { openFiles } from '../open-files.ts';
import type { InputFile } from '../types.ts';
import { forThePage, type OpenedForThePage } from './hand-over.ts';

export type ImportRequest = { id: number; files: InputFile[] } | { warm: true };

export type ImportReply = { id: number; ok: true; opened: OpenedForThePage } | { id: number; ok: false; error: string };

self.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  if ('warm' in data) {
    // The user has clicked Open… or is dragging a file in: load the parsers and run
    // the readers once on tiny files of our own (warm-up.ts) while they choose.
    await import('./warm-up.ts').then((m) => m.warmUpReaders()).catch(() => undefined);
    return;
  }
  let reply: ImportReply;
  try {
    reply = { id: data.id, ok: true, opened: forThePage(await openFiles(data.files)) };
  } catch (err) {
    reply = { id: data.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
