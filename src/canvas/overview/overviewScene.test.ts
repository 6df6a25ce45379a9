import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../analysis/fixtures.ts';
import { nodeAt, overviewScene } from './overviewScene.ts';

const doc = tinyMap([
  ['a', 'b', '+'],
  ['b', 'c', '-'],
  ['c', 'a', '-'],
]);
const size = () => ({ width: 180, height: 56 });

describe('overviewScene', () => {
  it('groups links by colour and width, one segment per link, centre to centre', () => {
    const scene = overviewScene({ doc, size });
    expect(scene.lines.reduce((n, g) => n + g.segments.length / 4, 0)).toBe(3);
    expect(scene.lines.length).toBe(2);
    const plus = scene.lines.find((g) => g.segments.length === 4)!;
    expect(plus.segments).toEqual([90, 28, 290, 28]);
  });

  it('draws every node once, rings the selected and puts faded groups first', () => {
    const scene = overviewScene({ doc, size, selectedIds: new Set(['b']), dimmedNodes: new Set(['c']), dimmedLinks: new Set(['l3']) });
    expect(scene.boxes.flatMap((g) => g.boxes.map((b) => b.id)).sort()).toEqual(['a', 'b', 'c']);
    expect(scene.selected.map((b) => b.id)).toEqual(['b']);
    expect(scene.boxes[0]!.dimmed).toBe(true);
    expect(scene.lines[0]!.dimmed).toBe(true);
  });

  it('finds the node under a point', () => {
    const scene = overviewScene({ doc, size });
    expect(nodeAt(scene, 210, 10)).toBe('b');
    expect(nodeAt(scene, 190, 10)).toBeNull();
    expect(nodeAt(scene, 190, 10, 12)).not.toBeNull();
  });
});
