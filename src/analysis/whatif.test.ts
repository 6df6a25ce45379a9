import { describe, expect, it } from 'vitest';
import { tinyMap } from './fixtures.ts';
import { generateMap } from './generate.ts';
import { whatIf, type WhatIfResult } from './whatif.ts';

const effect = (r: WhatIfResult, id: string) => r.effects.find((e) => e.id === id)!;

describe('whatIf', () => {
  // a → b strong +, b → c strong −.
  const chain = tinyMap([['a', 'b', '+', 3], ['b', 'c', '-', 3]]);

  it('settles where each node is tanh of what flows in', () => {
    const r = whatIf(chain, { a: 1 });
    expect(r.converged).toBe(true);
    expect(effect(r, 'a')).toMatchObject({ value: 1, direction: 'up', nudged: true, relative: 1 });
    // b = tanh(1 × 1) ≈ 0.762; c = tanh(−1 × 0.762) ≈ −0.642.
    expect(effect(r, 'b').value).toBeCloseTo(Math.tanh(1), 4);
    expect(effect(r, 'c').value).toBeCloseTo(Math.tanh(-Math.tanh(1)), 4);
    expect(effect(r, 'b').direction).toBe('up');
    expect(effect(r, 'c').direction).toBe('down');
  });

  it('gives each knock-on effect relative to the largest', () => {
    const r = whatIf(chain, { a: 1 });
    expect(effect(r, 'b').relative).toBeCloseTo(1, 6);
    expect(effect(r, 'c').relative).toBeCloseTo(Math.tanh(-Math.tanh(1)) / Math.tanh(1), 4);
  });

  it('weakens the push through weak links and reverses it with a push down', () => {
    const weak = tinyMap([['a', 'b', '+', 1]]);
    expect(effect(whatIf(weak, { a: 1 }), 'b').value).toBeCloseTo(Math.tanh(1 / 3), 4);
    expect(effect(whatIf(weak, { a: -1 }), 'b').value).toBeCloseTo(-Math.tanh(1 / 3), 4);
    expect(effect(whatIf(weak, { a: 0.5 }), 'b').value).toBeCloseTo(Math.tanh(0.5 / 3), 4);
  });

  it('adds what arrives from several links before squashing it', () => {
    const r = whatIf(tinyMap([['a', 'c', '+', 3], ['b', 'c', '+', 3]]), { a: 1, b: 1 });
    expect(effect(r, 'c').value).toBeCloseTo(Math.tanh(2), 4);
    const opposed = whatIf(tinyMap([['a', 'c', '+', 3], ['b', 'c', '-', 3]]), { a: 1, b: 1 });
    expect(effect(opposed, 'c')).toMatchObject({ value: 0, direction: 'none' });
  });

  it('carries nothing through a ? link but marks what lies beyond it uncertain', () => {
    const doc = tinyMap([['a', 'b', '?', 3], ['b', 'c', '+', 3], ['a', 'd', '+', 3], ['x', 'y', '?', 3]]);
    const r = whatIf(doc, { a: 1 });
    expect(effect(r, 'b')).toMatchObject({ value: 0, direction: 'none', uncertain: true });
    expect(effect(r, 'c').uncertain).toBe(true);
    expect(effect(r, 'd')).toMatchObject({ direction: 'up', uncertain: false });
    expect(effect(r, 'a').uncertain).toBe(false);
    // Nothing moves x, so what lies beyond its ? link is not uncertain, just still.
    expect(effect(r, 'y').uncertain).toBe(false);
  });

  it('holds nudged nodes even when the map pushes back', () => {
    const loop = tinyMap([['a', 'b', '+', 3], ['b', 'a', '-', 3]]);
    const r = whatIf(loop, { a: 1 });
    expect(effect(r, 'a').value).toBe(1);
    expect(effect(r, 'b').value).toBeCloseTo(Math.tanh(1), 4);
  });

  it('settles a balancing loop that is not held', () => {
    // c pushes a; a and b form a balancing loop.
    const r = whatIf(tinyMap([['c', 'a', '+', 3], ['a', 'b', '+', 3], ['b', 'a', '-', 3]]), { c: 1 });
    expect(r.converged).toBe(true);
    const a = effect(r, 'a').value;
    const b = effect(r, 'b').value;
    expect(a).toBeCloseTo(Math.tanh(1 - b), 4);
    expect(b).toBeCloseTo(Math.tanh(a), 4);
  });

  it('clamps nudges to [−1, 1] and lists the ones it could not use', () => {
    const r = whatIf(chain, { a: 5, gone: 1, b: Number.NaN });
    expect(effect(r, 'a').value).toBe(1);
    expect(r.ignored).toEqual(['gone', 'b']);
  });

  it('moves nothing without nudges', () => {
    const r = whatIf(chain, {});
    expect(r).toMatchObject({ iterations: 1, converged: true, lastChange: 0 });
    expect(r.effects.every((e) => e.value === 0 && e.direction === 'none' && e.relative === 0)).toBe(true);
  });

  it('always stops, and says when it has not settled', () => {
    const r = whatIf(chain, { a: 1 }, { maxIterations: 3 });
    expect(r).toMatchObject({ iterations: 3, converged: false });
    expect(r.lastChange).toBeGreaterThan(1e-5);
    const big = whatIf(generateMap({ nodes: 400, links: 2000, seed: 4 }), { n001: 1, n002: -1 }, { maxIterations: 20 });
    expect(big.iterations).toBeLessThanOrEqual(20);
    expect(big.effects.every((e) => Math.abs(e.value) <= 1)).toBe(true);
  });
});
