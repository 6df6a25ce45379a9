/**
 * Exports for the browser. Load lazily so jsPDF and the font stay out of the
 * first download:
 *
 *   const { exportPdf } = await import('./browser/index.ts');
 *   const blob = await exportPdf(doc, { page: 'a3', layout: 'poster', onProgress });
 */
import type { MapDocument, SavedView } from '../../model/types.ts';
import type { PresentationPdfOptions } from '../pdf/presentation.ts';
import { svgToPngBrowser } from './png.ts';
import type { WorkerReply, WorkerRequest } from './pdf.worker.ts';
import { renderSvg } from '../svg.ts';
import type { PdfExportOptions, PngExportOptions, SvgExportOptions } from '../types.ts';

/**
 * The PDF, built in a worker so the canvas stays responsive; on the main
 * thread (yielding between pages) where workers are unavailable.
 */
export async function exportPdf(doc: MapDocument, options: PdfExportOptions = {}): Promise<Blob> {
  options.signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return exportPdfHere(doc, options);
  const { onProgress, signal, ...rest } = options;
  return inWorker({ doc, options: rest }, onProgress, signal);
}

/** A presentation as a PDF, one saved view per page (pdf/presentation.ts), built in a worker like the map. */
export async function exportPresentationPdf(doc: MapDocument, views: SavedView[], options: PresentationPdfOptions): Promise<Blob> {
  options.signal?.throwIfAborted();
  const { onProgress, signal, ...rest } = options;
  if (typeof Worker === 'undefined') {
    const [{ buildPresentationPdf }, { loadBrowserFonts }] = await Promise.all([import('../pdf/presentation.ts'), import('./fonts.ts')]);
    return (await buildPresentationPdf(doc, views, options, await loadBrowserFonts())).output('blob');
  }
  return inWorker({ doc, views, presentation: rest }, onProgress, signal);
}

function inWorker(request: WorkerRequest, onProgress: PdfExportOptions['onProgress'], signal: AbortSignal | undefined): Promise<Blob> {
  const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.fraction, reply.message);
      else {
        finish();
        if (reply.type === 'done') resolve(reply.blob);
        else reject(reply.range ? new RangeError(reply.message) : new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The PDF could not be made: ${event.message || 'the export worker failed'}`));
    };
    onProgress?.(0, 'Loading the font');
    worker.postMessage(request);
  });
}

/** The PDF built on the calling thread, handing back control between pages. */
async function exportPdfHere(doc: MapDocument, options: PdfExportOptions = {}): Promise<Blob> {
  options.onProgress?.(0, 'Loading the font');
  // Loaded only here: with workers (every current browser) jsPDF is fetched once, by the worker.
  const [{ buildPdf }, { loadBrowserFonts }] = await Promise.all([import('../pdf/document.ts'), import('./fonts.ts')]);
  const pdf = await buildPdf(doc, options, await loadBrowserFonts());
  return pdf.output('blob');
}

export async function exportSvg(doc: MapDocument, options: SvgExportOptions = {}): Promise<Blob> {
  return new Blob([renderSvg(doc, options).svg], { type: 'image/svg+xml' });
}

export async function exportPng(doc: MapDocument, options: PngExportOptions = {}): Promise<Blob> {
  return svgToPngBrowser(renderSvg(doc, options), options.scale ?? 2);
}

export { renderSvg } from '../svg.ts';
export { checkCanvasSize } from './png.ts';
export { planFit, planPoster, nodeRefs, printScaleText } from '../pdf/layout.ts';
export { PAGE_SIZE_NAMES, PAGE_LABELS, PAGE_SIZES_MM } from '../pdf/pages.ts';
export { exportFileName } from '../file-name.ts';
export type * from '../types.ts';
