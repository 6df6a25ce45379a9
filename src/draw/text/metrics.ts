/**
 * Text measurement without a browser or a loaded font: DejaVu Sans widths
 * from a table, so node heights, wrapped lines and the tiling of a poster are
 * pure functions of the map and come out the same in the PDF, the SVG and
 * in Node.
 */
import { BOLD_WIDTHS, REGULAR_WIDTHS } from './metrics-data.ts';
import { METRIC_RANGES } from './ranges.ts';

/** Used for characters outside the table: about DejaVu Sans's average letter. */
const AVERAGE = 0.62;
/** CJK and other wide scripts take about a full em. */
const WIDE = 1;

type Table = (readonly number[])[];
let regular: Table | null = null;
let bold: Table | null = null;

const parse = (rows: readonly string[]): Table => rows.map((r) => r.split(',').map(Number));

function table(isBold: boolean): Table {
  if (isBold) return (bold ??= parse(BOLD_WIDTHS));
  return (regular ??= parse(REGULAR_WIDTHS));
}

/** Width of one character in ems. */
function charWidth(cp: number, isBold = false): number {
  const rows = table(isBold);
  for (let i = 0; i < METRIC_RANGES.length; i++) {
    const [from, to] = METRIC_RANGES[i]!;
    if (cp < from) break;
    if (cp <= to) {
      const w = rows[i]![cp - from]!;
      return w < 0 ? AVERAGE : w / 1000;
    }
  }
  return cp >= 0x2e80 ? WIDE : AVERAGE;
}

/** Width of a line of text at a font size, in the same unit as the size. */
export function textWidth(text: string, size: number, isBold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch.codePointAt(0)!, isBold);
  return ems * size;
}

/** After these a word may break without a hyphen being added: "Indulgence/" "compensation", "cost-" "of-living". */
const BREAK_AFTER = /[^-/\u2010-\u2014]*[-/\u2010-\u2014]+|[^-/\u2010-\u2014]+$/gu;

/** A word's pieces: it may break only between them (after a hyphen, slash or dash). */
export function wordPieces(word: string): string[] {
  return word.match(BREAK_AFTER) ?? [word];
}

/**
 * Breaks text into lines no wider than maxWidth, as the canvas does: at
 * spaces where possible, else after a hyphen, slash or dash inside a word,
 * inside a piece only when that piece alone is too long (labelSize shrinks
 * the text first so that this is rare), and at every newline.
 */
export function wrapText(text: string, maxWidth: number, size: number, isBold = false): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', size, isBold);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/[ \t]+/)) {
      if (word === '') continue;
      let first = true;
      for (const piece of wordPieces(word)) {
        const pieceWidth = textWidth(piece, size, isBold);
        const gap = line && first ? space : 0;
        const joined = line ? `${line}${first ? ' ' : ''}${piece}` : piece;
        first = false;
        if (lineWidth + gap + pieceWidth <= maxWidth) {
          line = joined;
          lineWidth += gap + pieceWidth;
          continue;
        }
        if (line) lines.push(line);
        // A piece longer than the line is cut where it overflows, as the canvas does.
        let rest = piece;
        let restWidth = pieceWidth;
        while (restWidth > maxWidth) {
          const chars = [...rest];
          let take = 1;
          let w = charWidth(chars[0]!.codePointAt(0)!, isBold) * size;
          while (take < chars.length) {
            const next = charWidth(chars[take]!.codePointAt(0)!, isBold) * size;
            if (w + next > maxWidth) break;
            w += next;
            take++;
          }
          // One character wider than the line: nothing more can be done.
          if (take >= chars.length) break;
          lines.push(chars.slice(0, take).join(''));
          rest = chars.slice(take).join('');
          restWidth = textWidth(rest, size, isBold);
        }
        line = rest;
        lineWidth = restWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The font size for a label in a box maxWidth wide: the usual size, or
 * smaller (to `min`, in half points) when a word that cannot break (no space,
 * hyphen or slash in it) would not fit on one line, so words are not cut in
 * the middle ("Conceptualisati on"). Below `min` the word is cut after all.
 */
export function labelSize(text: string, maxWidth: number, size: number, isBold = false, min = 10): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) for (const piece of wordPieces(word)) widest = Math.max(widest, textWidth(piece, 1, isBold));
  if (widest * size <= maxWidth) return size;
  return Math.max(min, Math.floor((maxWidth / widest) * 2) / 2);
}

/** Shortens text to fit maxWidth, ending it with an ellipsis when cut. */
export function truncate(text: string, maxWidth: number, size: number, isBold = false): string {
  if (textWidth(text, size, isBold) <= maxWidth) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, size, isBold) > maxWidth) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}
