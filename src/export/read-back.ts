/** Reads a PDF back for tests: its pages' text and its document properties, through pdf.js. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  pages: string[];
  info: Record<string, unknown>;
  /** Page sizes in points. */
  sizes: { width: number; height: number }[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given; pass a copy so callers can reuse theirs.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  const sizes: { width: number; height: number }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    const [x0, y0, x1, y1] = page.view;
    sizes.push({ width: x1! - x0!, height: y1! - y0! });
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: info as Record<string, unknown>, sizes };
}

/** Text with all white space removed, so a label wrapped over lines still matches. */
export const squash = (text: string) => text.replace(/\s+/g, '');
