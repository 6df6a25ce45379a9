/**
 * The export functions for Node (the CLI and tests): the same drawing code
 * as the browser, with fonts read from node_modules and PNGs made by resvg.
 */
import type { MapDocument } from '../model/types.ts';
import { readNodeFonts } from './fonts-node.ts';
import { buildPdf } from './pdf/document.ts';
import type { PdfExportOptions } from './types.ts';
import type { StackDocument } from '../model/stack/types.ts';
import type { Id } from '../model/types.ts';
import { buildStackReport, type StackReportOptions } from './pdf/stack-report.ts';

export async function renderPdf(doc: MapDocument, options: PdfExportOptions = {}): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdf = await buildPdf(doc, options, readNodeFonts());
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), pages: pdf.getNumberOfPages() };
}

export async function renderStackReport(stack: StackDocument, maps: Record<Id, MapDocument>, options: StackReportOptions = {}): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdf = await buildStackReport(stack, maps, readNodeFonts(), options);
  return { bytes: new Uint8Array(pdf.output('arraybuffer')), pages: pdf.getNumberOfPages() };
}

export async function exportPdfBytes(doc: MapDocument, options: PdfExportOptions = {}): Promise<Uint8Array> {
  return (await renderPdf(doc, options)).bytes;
}

export { renderSvg } from './svg.ts';
export { svgToPngNode } from './png-node.ts';
export { planFit, planPoster, nodeRefs } from './pdf/layout.ts';
export { PAGE_SIZE_NAMES } from './pdf/pages.ts';
export type * from './types.ts';
