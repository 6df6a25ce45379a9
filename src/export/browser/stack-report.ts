/**
 * The stack report in the browser, built in a worker (see
 * stack-report.worker.ts for why); on the main thread, handing back control
 * between pages, where workers are unavailable. Load lazily.
 */
import type { StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import type { StackReportOptions } from '../pdf/stack-report.ts';
import type { StackReportReply, StackReportRequest } from './stack-report.worker.ts';

export async function exportStackReport(stack: StackDocument, maps: Record<Id, MapDocument>, options: StackReportOptions = {}): Promise<Blob> {
  if (typeof Worker === 'undefined') return exportHere(stack, maps, options);
  const worker = new Worker(new URL('./stack-report.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<StackReportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return options.onProgress?.(reply.fraction, reply.message);
      worker.terminate();
      if (reply.type === 'done') resolve(reply.blob);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the report worker failed'));
    };
    options.onProgress?.(0, 'Loading the font');
    const request: StackReportRequest = { stack, maps };
    worker.postMessage(request);
  });
}

async function exportHere(stack: StackDocument, maps: Record<Id, MapDocument>, options: StackReportOptions): Promise<Blob> {
  const [{ buildStackReport }, { loadBrowserFonts }] = await Promise.all([import('../pdf/stack-report.ts'), import('./fonts.ts')]);
  const pdf = await buildStackReport(stack, maps, await loadBrowserFonts(), options);
  return pdf.output('blob');
}
