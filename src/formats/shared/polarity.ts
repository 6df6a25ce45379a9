/**
 * Reading a link's direction of influence from the words and numbers other
 * tools use for it. Anything not clearly same or opposite stays unknown, so
 * the import report can say how many links the team should check.
 */
import type { Polarity } from '../../model/types.ts';

const SAME = new Set(['+', '++', '+1', '1', 'plus', 'positive', 'pos', 'p', 's', 'same', 'same direction', 'increase', 'increases', 'more', 'reinforcing', 'supports', 'up']);
const OPPOSITE = new Set(['-', '--', '−', '–', '-1', 'minus', 'negative', 'neg', 'n', 'o', 'opposite', 'opposite direction', 'decrease', 'decreases', 'less', 'reduces', 'inhibits', 'down']);
const UNKNOWN = new Set(['?', '0', 'unknown', 'mixed', 'unclear', 'neutral', '+-', '-+', '±']);

/** '+' or '-' when the words say so; '?' when they say unknown; null when they say nothing about polarity. */
export function polarityFromText(text: string | null | undefined): Polarity | null {
  if (text == null) return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*\(.*\)$/, '');
  if (!t) return null;
  if (SAME.has(t)) return '+';
  if (OPPOSITE.has(t)) return '-';
  if (UNKNOWN.has(t)) return '?';
  // "+ same direction", "− opposite direction": a sign followed by words.
  if (/^\+(\s|$)/.test(t)) return '+';
  if (/^[-−–](\s|$)/.test(t)) return '-';
  const n = Number(t);
  if (Number.isFinite(n)) return n > 0 ? '+' : n < 0 ? '-' : '?';
  return null;
}

/** How each polarity is written in a sign attribute: +1, -1, 0. */
export const SIGN_NUMBER: Record<Polarity, number> = { '+': 1, '-': -1, '?': 0 };
