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

const VOWEL = /[aeiouyàáâäãåæèéêëìíîïòóôöõøœùúûüý]/i;
const LETTER = /\p{L}/u;
/** Consonant pairs read as one sound: a word is not broken between them ("mot-her"). */
const TOGETHER = new Set(['ch', 'ck', 'gh', 'ph', 'sh', 'th', 'wh', 'qu', 'ng']);
/** A syllable-like break leaves at least this many letters on each side. */
const MIN_SIDE = 3;

/**
 * Where a long word may be hyphenated, as places before which it breaks:
 * between a vowel and a consonant followed by a vowel ("sa-tion"), or between
 * two consonants with vowels either side ("Con-ceptual"). Only among letters,
 * never inside a pair read as one sound. Not a dictionary's hyphenation, but
 * it never leaves "Conceptualisati on".
 */
export function hyphenPoints(word: string): number[] {
  const c = [...word];
  const lower = c.map((ch) => ch.toLowerCase());
  const isVowel = (i: number) => VOWEL.test(lower[i] ?? '');
  const isConsonant = (i: number) => LETTER.test(c[i] ?? '') && !isVowel(i);
  const out: number[] = [];
  for (let i = MIN_SIDE; i <= c.length - MIN_SIDE; i++) {
    if (!c.slice(i - MIN_SIDE, i + MIN_SIDE).every((ch) => LETTER.test(ch))) continue;
    const vcv = isVowel(i - 1) && isConsonant(i) && isVowel(i + 1) && !TOGETHER.has(lower[i]! + lower[i + 1]!);
    const vccv = isVowel(i - 2) && isConsonant(i - 1) && isConsonant(i) && isVowel(i + 1) && !TOGETHER.has(lower[i - 1]! + lower[i]!);
    if (vcv || vccv) out.push(i);
  }
  return out;
}

/**
 * Breaks text into lines no wider than maxWidth, as the canvas does: at
 * spaces where possible, else after a hyphen, slash or dash inside a word,
 * inside a piece only when that piece alone is too long (labelSize shrinks
 * the text first so that this is rare): then at a syllable-like point with a
 * hyphen added, or where it overflows if no such point fits. And at every
 * newline.
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
          // The last syllable-like point that leaves room for the hyphen, else the overflow point.
          const hyphenWidth = charWidth(0x2d, isBold) * size;
          const at = hyphenPoints(rest)
            .filter((i) => i <= take && textWidth(chars.slice(0, i).join(''), size, isBold) + hyphenWidth <= maxWidth)
            .pop();
          lines.push(at ? `${chars.slice(0, at).join('')}-` : chars.slice(0, take).join(''));
          if (at) take = at;
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
