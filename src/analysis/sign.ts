/**
 * The direction a chain of links carries. Each "−" link turns the direction
 * round, so an even number of them keeps it and an odd number reverses it. A
 * single "?" link means nobody can say, whatever the others are.
 */
import type { Polarity } from '../model/types.ts';

export function combineSigns(polarities: Iterable<Polarity>): Polarity {
  let negatives = 0;
  for (const p of polarities) {
    if (p === '?') return '?';
    if (p === '-') negatives++;
  }
  return negatives % 2 === 0 ? '+' : '-';
}

/** R reinforces (amplifies), B balances (stabilises), unclear when a link's direction is unknown. */
export type LoopKind = 'R' | 'B' | 'unclear';

export function loopKindOf(polarities: Iterable<Polarity>): LoopKind {
  const sign = combineSigns(polarities);
  return sign === '?' ? 'unclear' : sign === '+' ? 'R' : 'B';
}
