import { describe, expect, it } from 'vitest';
import { readPresenting } from './presenting.ts';

describe("a presenter's step read from the awareness", () => {
  it('reads a step as sent', () => {
    const step = { viewId: 'v_1', step: 2, total: 5, title: 'Stress loop', question: 'What keeps it going?' };
    expect(readPresenting(step)).toEqual(step);
  });

  it('refuses what is not a step, and caps the text', () => {
    for (const bad of [null, 'x', { viewId: 1, step: 1, total: 1 }, { viewId: 'v', step: 0, total: 1 }, { viewId: 'v', step: 3, total: 2 }, { viewId: 'v', step: 1.5, total: 2 }]) {
      expect(readPresenting(bad)).toBeNull();
    }
    expect(readPresenting({ viewId: 'v', step: 1, total: 1, title: 'x'.repeat(900), question: 7 })).toMatchObject({ title: 'x'.repeat(500), question: '' });
  });
});
