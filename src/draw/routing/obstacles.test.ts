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
      const near = new Set(index.near(a, b, pad));
      expect(near.size).toBe(index.near(a, b, pad).length); // each once
      items.forEach((o, i) => {
        if (segmentHitsBox(a, b, o.box, pad)) expect(near.has(i), `box ${i} for segment ${k}`).toBe(true);
      });
    }
  });
});
