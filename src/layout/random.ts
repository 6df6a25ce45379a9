/** A small seeded random generator, so every layout is the same for the same map. */
import { mulberry32 } from '../model/random.ts';

/** mulberry32 (src/model/random.ts): fast, 32-bit state, good enough for jitter and test maps. */
export const seededRandom = mulberry32;

/** A seed derived from text (the map's node ids), so different maps get different but stable seeds. */
export function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
