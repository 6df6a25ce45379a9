import { mulberry32 } from '../../model/random.ts';
/** A small seeded random source (mulberry32), so a failing simulation replays exactly. */
export class Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T | undefined {
    return items.length ? items[this.int(items.length)] : undefined;
  }
  /** Up to `max` distinct items. */
  some<T>(items: readonly T[], max: number): T[] {
    const out = new Set<T>();
    const n = 1 + this.int(max);
    for (let i = 0; i < n && items.length; i++) out.add(items[this.int(items.length)]!);
    return [...out];
  }
  word(): string {
    return this.pick(WORDS)!;
  }
}

const WORDS = ['stress', 'food prices', 'walkability', 'sleep', 'income', 'GP', 'school meals', 'debt', 'bailiffs', 'housing', 'trust', 'Cymraeg: iechyd', 'αγορά', 'ёлка'];
