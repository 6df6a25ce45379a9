import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../analysis/fixtures.ts';
import type { Box } from '../../draw/geometry.ts';
import { LinkLayer, linkAt } from './linkLayer.ts';

// a → b → c in a row, 200 apart; c → a comes back under them.
const doc = tinyMap([
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a', '-'],
]);
const links = Object.values(doc.links);
const boxes: Record<string, Box> = Object.fromEntries(Object.values(doc.nodes).map((n) => [n.id, { ...n.position, width: 180, height: 56 }]));
const boxOf = (id: string) => boxes[id] ?? null;
const none = { selected: new Set<string>(), dimmed: new Set<string>() };
const everything: Box = { x: -1000, y: -1000, width: 3000, height: 2000 };

describe('LinkLayer', () => {
  it('draws every link in view, and only those', () => {
    const layer = new LinkLayer();
    expect(layer.visible(links, boxOf, everything, none).map((d) => d.id).sort()).toEqual(['l1', 'l2', 'l3']);
    // Far below the row, nothing shows.
    expect(layer.visible(links, boxOf, { x: 0, y: 5000, width: 100, height: 100 }, none)).toEqual([]);
  });

  it('keeps the shapes of unchanged links and rebuilds a link whose end moved', () => {
    const layer = new LinkLayer();
    const first = layer.visible(links, boxOf, everything, none);
    const l1 = first.find((d) => d.id === 'l1')!.line;
    const l2 = first.find((d) => d.id === 'l2')!.line;
    const moved: Record<string, Box> = { ...boxes, a: { x: 0, y: 300, width: 180, height: 56 } };
    const second = layer.visible(links, (id) => moved[id] ?? null, everything, none);
    expect(second.find((d) => d.id === 'l2')!.line).toBe(l2);
    expect(second.find((d) => d.id === 'l1')!.line).not.toBe(l1);
  });

  it('tags a link people disagree on, and redraws it when the verdict changes', () => {
    const layer = new LinkLayer();
    const plain = layer.visible(links, boxOf, everything, none).find((d) => d.id === 'l1')!.line;
    const texts = (line: typeof plain) => line.prims.flatMap((p) => (p.t === 'text' ? [p.text] : []));
    expect(texts(plain)).not.toContain('≠ 3');
    const contested = layer.visible(links, boxOf, everything, { ...none, agreement: new Map([['l1', { verdict: 'contested' as const, count: 3 }]]) });
    expect(texts(contested.find((d) => d.id === 'l1')!.line)).toContain('≠ 3');
    const agreed = layer.visible(links, boxOf, everything, { ...none, agreement: new Map([['l1', { verdict: 'agreed' as const, count: 3 }]]) });
    expect(texts(agreed.find((d) => d.id === 'l1')!.line)).toContain('= 3');
    // Open comments: their count in a bubble; gone when they are resolved.
    const commented = layer.visible(links, boxOf, everything, { ...none, comments: new Map([['l2', 2]]) });
    expect(texts(commented.find((d) => d.id === 'l2')!.line)).toContain('2');
    expect(texts(layer.visible(links, boxOf, everything, none).find((d) => d.id === 'l2')!.line)).not.toContain('2');
  });

  it('leaves out links whose ends are unknown and forgets deleted links', () => {
    const layer = new LinkLayer();
    expect(layer.visible(links, (id) => (id === 'c' ? null : boxOf(id)), everything, none).map((d) => d.id)).toEqual(['l1']);
    expect(layer.visible(links.slice(0, 1), boxOf, everything, none).map((d) => d.id)).toEqual(['l1']);
  });

  it('marks selected links and fades dimmed ones', () => {
    const layer = new LinkLayer();
    const drawn = layer.visible(links, boxOf, everything, { selected: new Set(['l2']), dimmed: new Set(['l3']) });
    expect(drawn.filter((d) => d.selected).map((d) => d.id)).toEqual(['l2']);
    const stroke = (id: string) => {
      const line = drawn.find((d) => d.id === id)!.line.prims[0]!;
      return line.t === 'path' ? line.stroke : undefined;
    };
    // l3 is a − link (#b34700); faded, it is drawn paler.
    expect(stroke('l3')).toMatch(/^#[0-9a-f]{6}$/);
    expect(stroke('l3')).not.toBe('#b34700');
  });
});

describe('linkAt', () => {
  const drawn = new LinkLayer().visible(links, boxOf, everything, none);
  it('finds the link under a point, within the reach', () => {
    const trace = drawn.find((d) => d.id === 'l1')!.line.trace!;
    const middle = trace[Math.floor(trace.length / 2)]!;
    expect(linkAt(drawn, { x: middle.x, y: middle.y + 5 }, 8)).toBe('l1');
    expect(linkAt(drawn, { x: middle.x, y: middle.y + 30 }, 8)).not.toBe('l1');
    expect(linkAt(drawn, { x: 190, y: -400 }, 8)).toBeNull();
  });
});
