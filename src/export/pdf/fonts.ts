/**
 * The PDF's one typeface: DejaVu Sans, embedded so that Welsh, Greek and
 * Cyrillic labels print as themselves. jsPDF keeps only the glyphs a
 * document uses, so a PDF carries a few tens of KB of font, not 1.4 MB.
 */
import type { jsPDF } from 'jspdf';

/** The two TTF files, base64-encoded, as jsPDF's virtual file system wants them. */
export interface FontSet {
  regular: string;
  bold: string;
}

export const FONT_FAMILY = 'DejaVuSans';
const REPLACEMENT = '\uFFFD';

export function registerFonts(pdf: jsPDF, fonts: FontSet): void {
  pdf.addFileToVFS('DejaVuSans.ttf', fonts.regular);
  pdf.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
  pdf.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  pdf.setFont(FONT_FAMILY, 'normal');
}

type FontWithCmap = { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } };

/**
 * Characters the font cannot draw (emoji, CJK) would silently vanish from the
 * page; a visible replacement mark tells the reader something is missing.
 */
export function glyphFilter(pdf: jsPDF): (text: string) => string {
  const codeMap = (pdf.getFont() as unknown as FontWithCmap).metadata?.cmap?.unicode?.codeMap;
  if (!codeMap) return (text) => text;
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out !== undefined) return out;
    out = '';
    for (const ch of text.normalize('NFC')) {
      const cp = ch.codePointAt(0)!;
      out += cp < 0x20 ? ' ' : codeMap[cp] === undefined ? REPLACEMENT : ch;
    }
    if (cache.size < 5000) cache.set(text, out);
    return out;
  };
}
