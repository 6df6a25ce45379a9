import { describe, expect, it } from 'vitest';
import { newNode } from '../../model/operations.ts';
import { loadExample, twoThemeFactorMap } from '../test-maps.ts';
import type { ExportLens } from '../../views/lens.ts';
import { legendModel } from '../../views/legend.ts';
import { buildMapScene } from './map-scene.ts';
import { layoutNode } from '../../draw/nodes.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../../draw/nodeSize.ts';
import { fadePrims, itemShows } from '../../draw/prims.ts';

describe('node layout', () => {
  it('is 180 wide and at least 56 high, growing with the label', () => {
    const short = layoutNode(newNode('factor', { x: 10, y: 20 }, { label: 'Stress' }), false, undefined);
    expect(short.box).toEqual({ x: 10, y: 20, width: NODE_WIDTH, height: NODE_MIN_HEIGHT });
    expect(short.lines).toEqual(['Stress']);
    const long = layoutNode(newNode('factor', { x: 0, y: 0 }, { label: 'A label long enough to need three or more lines of text' }), false, undefined);
    expect(long.lines.length).toBeGreaterThanOrEqual(3);
    expect(long.box.height).toBeGreaterThan(NODE_MIN_HEIGHT);
  });

  it('never breaks a word in the middle: after a slash or hyphen, or at a smaller size when one word is too long', () => {
    const slash = layoutNode(newNode('factor', { x: 0, y: 0 }, { label: 'Indulgence/Compensation' }), false, undefined);
    expect(slash.lines).toEqual(['Indulgence/', 'Compensation']);
    expect(slash.fontSize).toBe(14);
    const long = layoutNode(newNode('factor', { x: 0, y: 0 }, { label: 'Internationalisation of food' }), false, undefined);
    expect(long.fontSize).toBeLessThan(14);
    expect(long.lines[0]).toBe('Internationalisation');
  });

  it('gives the focal outcome bigger, bold text and room for its caption', () => {
    const node = newNode('outcome', { x: 0, y: 0 }, { label: 'Healthy weight across the population' });
    const plain = layoutNode(node, false, undefined);
    const focal = layoutNode(node, true, undefined);
    expect(focal.fontSize).toBeGreaterThan(plain.fontSize);
    expect(focal.bold && plain.bold).toBe(true);
    expect(focal.box.height).toBeGreaterThan(plain.box.height);
  });
});

describe('legendModel', () => {
  it('lists only the kinds, themes and link styles the map uses', () => {
    const m = legendModel(twoThemeFactorMap(), { kind: 'none' });
    expect(m.kinds).toEqual(['factor']);
    expect(m.focal).toBe(false);
    expect(m.clusters.map((c) => [c.theme.name, c.count])).toEqual([
      ['Housing quality', 1],
      ['Money worries', 2],
    ]);
    expect(m.polarities).toEqual(['+']);
    expect(m.lowConfidence || m.delay).toBe(false);
    expect(m.statuses).toEqual([]);
  });

  it('names the highlighted experiments and counts a selection', () => {
    const doc = loadExample();
    const [id, e] = Object.entries(doc.experiments)[0]!;
    expect(legendModel(doc, { kind: 'experiments', experimentIds: [id] }).highlighted).toEqual([e.title]);
    const lens = { kind: 'selection', nodeIds: Object.keys(doc.nodes).slice(0, 4) } as const;
    const scene = buildMapScene(doc, lens);
    expect(legendModel(scene.doc, lens, doc).selection).toEqual({ shown: 4, total: Object.keys(doc.nodes).length });
  });
});

describe('buildMapScene', () => {
  it('keeps a selection and the links between its nodes only', () => {
    const doc = loadExample();
    const link = Object.values(doc.links)[0]!;
    const scene = buildMapScene(doc, { kind: 'selection', nodeIds: [link.source, link.target] });
    expect(scene.nodes.map((n) => n.node.id).sort()).toEqual([link.source, link.target].sort());
    expect(Object.keys(scene.doc.links).length).toBeGreaterThanOrEqual(1);
    for (const l of Object.values(scene.doc.links)) expect([link.source, link.target]).toContain(l.source);
  });

  it('fades what an experiment lens leaves out and draws the highlighted nodes last', () => {
    const doc = loadExample();
    const id = Object.keys(doc.experiments)[0]!;
    const scene = buildMapScene(doc, { kind: 'experiments', experimentIds: [id] });
    const touched = Object.keys(doc.experiments[id]!.touches).sort();
    expect(scene.items.slice(-touched.length).map((i) => i.id).sort()).toEqual(touched);
    const other = scene.items.find((i) => i.id && doc.nodes[i.id] && !touched.includes(i.id))!;
    const plain = buildMapScene(doc).items.find((i) => i.id === other.id)!;
    const fill = (item: typeof other) => item.prims.find((p) => p.t === 'text')!;
    expect(fill(other)).not.toEqual(fill(plain));
  });

  it('lights what a highlight lens (a loop, a path) names and says so in the key', () => {
    const doc = loadExample();
    const link = Object.values(doc.links)[0]!;
    const lens: ExportLens = { kind: 'highlight', nodeIds: [link.source, link.target], linkIds: [link.id], caption: 'Loop R1' };
    const scene = buildMapScene(doc, lens);
    expect(scene.items.slice(-2).map((i) => i.id).sort()).toEqual([link.source, link.target].sort());
    expect(legendModel(scene.doc, lens).caption).toBe('Loop R1');
  });

  it('bounds every item', () => {
    const scene = buildMapScene(loadExample());
    const b = scene.bounds;
    for (const item of scene.items) {
      expect(item.bbox.x).toBeGreaterThanOrEqual(b.x);
      expect(item.bbox.y + item.bbox.height).toBeLessThanOrEqual(b.y + b.height + 0.001);
    }
  });
});

describe('shapes', () => {
  it('fade towards white like opacity on paper', () => {
    const [p] = fadePrims([{ t: 'rect', x: 0, y: 0, w: 1, h: 1, fill: '#000000', stroke: '#ff0000' }], 0.5);
    expect(p).toMatchObject({ fill: '#808080', stroke: '#ff8080' });
  });

  it('cull a long link by the line it draws, not its box', () => {
    const item = { bbox: { x: 0, y: 0, width: 1000, height: 1000 }, prims: [], trace: [{ x: 0, y: 0 }, { x: 1000, y: 1000 }] };
    expect(itemShows(item, { x: 450, y: 450, width: 100, height: 100 })).toBe(true);
    expect(itemShows(item, { x: 800, y: 0, width: 100, height: 100 })).toBe(false);
  });
});

describe('sized by a key-factor measure', () => {
  it('draws the node with most links in and out 1.6× as large, text and all, and leaves the rest of the scene at their sizes', async () => {
    const { keyFactors } = await import('../../analysis/measures.ts');
    const { NODE_SCALE_MAX } = await import('../../draw/nodeSize.ts');
    const doc = loadExample();
    const rows = keyFactors(doc);
    const most = rows.reduce((a, b) => (b.inDegree + b.outDegree > a.inDegree + a.outDegree ? b : a));
    const plain = buildMapScene(doc);
    const sized = buildMapScene(doc, { kind: 'none' }, { sizeBy: 'links' });
    const before = plain.nodes.find((n) => n.node.id === most.id)!;
    const after = sized.nodes.find((n) => n.node.id === most.id)!;
    expect(after.box.width).toBeCloseTo(NODE_WIDTH * NODE_SCALE_MAX);
    expect(after.box.height).toBeCloseTo(before.box.height * NODE_SCALE_MAX);
    const label = (scene: typeof plain) => scene.items.find((i) => i.id === most.id)!.prims.find((p) => p.t === 'text' && before.lines.includes(p.text));
    expect(label(sized)).toMatchObject({ size: (label(plain) as { size: number }).size * NODE_SCALE_MAX });
    // Every box still starts where the document puts it, and none is smaller than the one node size.
    for (const n of sized.nodes) {
      expect(n.box.x).toBe(n.node.position.x);
      expect(n.box.width).toBeGreaterThanOrEqual(NODE_WIDTH);
      expect(n.box.width).toBeLessThanOrEqual(NODE_WIDTH * NODE_SCALE_MAX + 1e-9);
    }
  }, 30_000);

  it('says in the exported key what a larger box means', async () => {
    const { renderSvg } = await import('../svg.ts');
    const doc = loadExample();
    // The key wraps its words to its column: the sentence may span two lines of text.
    const words = renderSvg(doc, { sizeBy: 'links' }).svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Larger boxes: more links in and out');
    expect(renderSvg(doc).svg).not.toContain('Larger boxes');
  }, 30_000);
});
