/**
 * Builds a PDF off the main thread. jsPDF compresses the whole file in one
 * go at the end (about a second for a 1,000-node poster), which would freeze
 * the canvas if done on the main thread; here it only delays the download.
 */
import type { MapDocument } from '../../model/types.ts';
import { loadBrowserFonts } from './fonts.ts';
import { buildPdf } from '../pdf/document.ts';
import { buildPresentationPdf, type PresentationPdfOptions } from '../pdf/presentation.ts';
import type { PdfExportOptions } from '../types.ts';
import type { SavedView } from '../../model/types.ts';

/** The map as printed, or (with `views`) a presentation: one view per page. */
export type WorkerRequest =
  | { doc: MapDocument; options: Omit<PdfExportOptions, 'onProgress' | 'signal'>; views?: undefined }
  | { doc: MapDocument; views: SavedView[]; presentation: Omit<PresentationPdfOptions, 'onProgress' | 'signal'> };
export type WorkerReply =
  | { type: 'progress'; fraction: number; message: string }
  | { type: 'done'; blob: Blob }
  | { type: 'failed'; message: string; range: boolean };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const request = event.data;
    const onProgress = (fraction: number, message: string) => post({ type: 'progress', fraction, message });
    const pdf = request.views
      ? await buildPresentationPdf(request.doc, request.views, { ...request.presentation, onProgress }, await loadBrowserFonts())
      : await buildPdf(request.doc, { ...request.options, onProgress }, await loadBrowserFonts());
    post({ type: 'done', blob: pdf.output('blob') });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err), range: err instanceof RangeError });
  }
};
