/** A small seeded random source (mulberry32), so a failing simulation replays exactly. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
