/**
 * The stack report in the browser: built on the main thread, handing back
 * control between pages (a stack is a few map pages plus tables, so a worker
 * would cost more in copying the maps than it saves). Load lazily.
 */
import type { StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import type { StackReportOptions } from '../pdf/stack-report.ts';

export async function exportStackReport(stack: StackDocument, maps: Record<Id, MapDocument>, options: StackReportOptions = {}): Promise<Blob> {
  const [{ buildStackReport }, { loadBrowserFonts }] = await Promise.all([import('../pdf/stack-report.ts'), import('./fonts.ts')]);
  const pdf = await buildStackReport(stack, maps, await loadBrowserFonts(), options);
  return pdf.output('blob');
}
