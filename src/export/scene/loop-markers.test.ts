import { describe, expect, it } from 'vitest';
import { findLoops } from '../../analysis/index.ts';
import { renderSvg } from '../svg.ts';
import { loadExample } from '../test-maps.ts';
import { buildMapScene } from './map-scene.ts';

const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('loop markers in the exports', () => {
  const base = loadExample();
  const loops = findLoops(base).loops.filter((l) => l.kind !== 'unclear');
  const r = loops.find((l) => l.kind === 'R')!;
  const b = loops.find((l) => l.kind === 'B')!;
  const doc = { ...base, loopNames: { [r.key]: 'Habits spread', [b.key]: 'Cost <holds> back' } };

  it('draws each named loop as R1 / B1 with its name, clear of every node box', () => {
    const scene = buildMapScene(doc);
    const markers = scene.items.filter((i) => i.id?.startsWith('loop:'));
    expect(markers).toHaveLength(2);
    for (const m of markers) for (const n of scene.nodes) expect(apart(m.bbox, n.box)).toBe(true);
    const { svg } = renderSvg(doc);
    expect(svg).toContain('>R1</text>');
    expect(svg).toContain('>B1</text>');
    expect(svg).toContain('>Habits spread</text>');
    expect(svg).toContain('>Cost &lt;holds&gt; back</text>');
  });

  it('draws none when switched off, and none for a map without named loops', () => {
    expect(buildMapScene(doc, { kind: 'none' }, { loopMarkers: false }).items.some((i) => i.id?.startsWith('loop:'))).toBe(false);
    expect(buildMapScene(base).items.some((i) => i.id?.startsWith('loop:'))).toBe(false);
  });

  it('marks a highlighted loop by its kind even when unnamed', () => {
    const other = loops.find((l) => l.kind === 'R' && l.key !== r.key)!;
    const scene = buildMapScene(doc, { kind: 'highlight', nodeIds: other.nodeIds, linkIds: other.linkIds, caption: 'Reinforcing loop' });
    expect(scene.items.filter((i) => i.id?.startsWith('loop:')).map((i) => i.id)).toContain(`loop:${other.key}`);
  });
});
