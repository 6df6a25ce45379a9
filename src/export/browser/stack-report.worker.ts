/**
 * Builds the stack report off the main thread. Measured on the main thread
 * (the example stack, 4 maps, 2-core machine), each report held the page for
 * 100–290 ms at a time, jsPDF's final compression among it; here the stack
 * view stays responsive and only the download waits.
 */
import type { StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { buildStackReport } from '../pdf/stack-report.ts';
import { loadBrowserFonts } from './fonts.ts';

export type StackReportRequest = { stack: StackDocument; maps: Record<Id, MapDocument> };
export type StackReportReply = { type: 'progress'; fraction: number; message: string } | { type: 'done'; blob: Blob } | { type: 'failed'; message: string };

const post = (reply: StackReportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<StackReportRequest>) => {
  try {
    const { stack, maps } = event.data;
    const pdf = await buildStackReport(stack, maps, await loadBrowserFonts(), { onProgress: (fraction, message) => post({ type: 'progress', fraction, message }) });
    post({ type: 'done', blob: pdf.output('blob') });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
