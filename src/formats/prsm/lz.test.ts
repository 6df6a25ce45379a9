import { compressToUTF16, decompressFromUTF16 } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUTF16Bounded, TooLarge } from './lz.ts';

describe('bounded lz-string decoder', () => {
  it('unpacks what lz-string packs, as lz-string does', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples = ['', 'a', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa', '{"nodes":[],"edges":[]}', 'héllo wörld — ✓ 😀'];
    for (let i = 0; i < 40; i++) {
      const len = Math.floor(rand() * 3000);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(rand() < 0.8 ? 97 + Math.floor(rand() * 6) : Math.floor(rand() * 0xd7ff));
      samples.push(s);
    }
    for (const s of samples) {
      const packed = compressToUTF16(s);
      expect(decompressUTF16Bounded(packed, 1e7)).toBe(decompressFromUTF16(packed));
      expect(decompressUTF16Bounded(packed, 1e7)).toBe(s);
    }
  });

  it('stops once the output passes the limit', () => {
    const packed = compressToUTF16('x'.repeat(100_000));
    expect(() => decompressUTF16Bounded(packed, 10_000)).toThrow(TooLarge);
  });

  it('gives null, not garbage or a hang, for data cut short', () => {
    const packed = compressToUTF16(JSON.stringify({ nodes: [{ id: 'a', label: 'A long label here' }], edges: [] }));
    const cut = decompressUTF16Bounded(packed.slice(0, Math.floor(packed.length / 2)), 1e6);
    expect(cut === null || cut.length < 60).toBe(true);
  });
});
