import { describe, expect, it } from 'vitest';
import { ObstacleIndex, segmentHitsBox } from './obstacles.ts';

/** A small deterministic random sequence, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('the obstacle index', () => {
  it('finds, near a segment, every box the segment passes within the clearance, as testing every box would', () => {
    const rnd = random(3);
    const items = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, box: { x: rnd() * 6000 - 1000, y: rnd() * 4000 - 800, width: 180, height: 56 } }));
    const index = new ObstacleIndex(items);
    for (let k = 0; k < 500; k++) {
      // Short and long, steep and flat, some exactly level or upright.
      const a = { x: rnd() * 6000 - 1000, y: rnd() * 4000 - 800 };
      const b = k % 10 === 0 ? { x: a.x, y: rnd() * 4000 } : k % 10 === 1 ? { x: rnd() * 6000, y: a.y } : { x: a.x + (rnd() - 0.5) * 3000 * rnd(), y: a.y + (rnd() - 0.5) * 3000 * rnd() };
      const pad = k % 3 === 0 ? 0 : 4;
      const seen: number[] = [];
      index.walk(a, b, pad, (i) => (seen.push(i), Infinity));
      const near = new Set(seen);
      expect(near.size).toBe(seen.length); // each once
      items.forEach((o, i) => {
        if (segmentHitsBox(a, b, o.box, pad)) expect(near.has(i), `box ${i} for segment ${k}`).toBe(true);
      });
    }
  });

  it('stopped early once a box is met, still finds the box nearest the start that the segment meets', () => {
    const rnd = random(5);
    const items = Array.from({ length: 400 }, (_, i) => ({ id: `n${i}`, box: { x: rnd() * 6000 - 1000, y: rnd() * 4000 - 800, width: (i % 10 ? 60 : 600) + rnd() * 200, height: (i % 7 ? 40 : 500) + rnd() * 60 } }));
    // Some boxes far wider or taller than a cell: listed in a cell far from where they start.
    const index = new ObstacleIndex(items);
    const gap = (p: { x: number; y: number }, box: (typeof items)[number]['box']) =>
      Math.hypot(Math.max(box.x - p.x, 0, p.x - box.x - box.width), Math.max(box.y - p.y, 0, p.y - box.y - box.height));
    let met = 0;
    let visits = 0;
    let all = 0;
    for (let k = 0; k < 500; k++) {
      const a = { x: rnd() * 6000 - 1000, y: rnd() * 4000 - 800 };
      const b = { x: a.x + (rnd() - 0.5) * 6000 * rnd(), y: a.y + (rnd() - 0.5) * 6000 * rnd() };
      let best = Infinity;
      let visited = 0;
      index.walk(a, b, 4, (i) => {
        visited++;
        if (segmentHitsBox(a, b, items[i]!.box, 4)) best = Math.min(best, gap(a, items[i]!.box));
        return best;
      });
      const truth = Math.min(...items.filter((o) => segmentHitsBox(a, b, o.box, 4)).map((o) => gap(a, o.box)));
      expect(best, `segment ${k}`).toBe(truth);
      if (truth < Infinity) met++;
      visits += visited;
      index.walk(a, b, 4, () => (all++, Infinity));
    }
    expect(met).toBeGreaterThan(100);
    // And it does stop early.
    expect(visits).toBeLessThan(all * 0.8);
  });
});
