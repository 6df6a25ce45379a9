/**
 * Counts in words: "1 link", "2 links", "1 touch", "3 touches". English
 * plural categories come from Intl.PluralRules, so a later translation only
 * needs its own word table, not a new rule per call site.
 */
const rules = new Intl.PluralRules('en-GB');
/** One formatter for every count: `toLocaleString` builds a new one per call (15 µs each in Chromium), and the canvas counts per node on every lens change. */
const numbers = new Intl.NumberFormat('en-GB');

/** A number as the app writes it: "1,234". */
export const formatNumber = (n: number): string => numbers.format(n);

/** Words whose plural is not the word plus "s". */
const IRREGULAR: Record<string, string> = {
  touch: 'touches',
  is: 'are',
  was: 'were',
  has: 'have',
  moves: 'move',
  goes: 'go',
  it: 'they',
  person: 'people',
  analysis: 'analyses',
  'refers to': 'refer to',
};

/** The word for `n` of it: plural("link", 2) → "links". */
export function plural(n: number, word: string, many?: string): string {
  if (rules.select(n) === 'one') return word;
  return many ?? IRREGULAR[word] ?? `${word}s`;
}

/** The number and the word: count(1, 'link') → "1 link", count(3, 'path') → "3 paths". */
export function count(n: number, word: string, many?: string): string {
  return `${numbers.format(n)} ${plural(n, word, many)}`;
}
