import { describe, expect, it } from 'vitest';
import { parseMapValue } from '../model/load.ts';
import { generateMap } from './generate.ts';
import { findLoops } from './loops.ts';

describe('generateMap', () => {
  it('builds a valid map with exactly the nodes, links and themes asked for', () => {
    for (const options of [
      { nodes: 120, links: 300, clusters: 7, seed: 1 },
      { nodes: 2000, links: 6000, clusters: 12, seed: 2, experiments: 20 },
      { nodes: 30, links: 60, clusters: 0, seed: 3 },
      { nodes: 1, links: 0 },
      { nodes: 2, links: 2 },
    ]) {
      const doc = generateMap(options);
      const result = parseMapValue(JSON.parse(JSON.stringify(doc)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(Object.keys(doc.nodes)).toHaveLength(options.nodes);
      expect(Object.keys(doc.links)).toHaveLength(options.links);
      if (options.clusters !== undefined) expect(Object.keys(doc.clusters)).toHaveLength(options.clusters);
    }
  });

  it('gives the same map for the same seed and a different one for another seed', () => {
    const a = generateMap({ nodes: 200, links: 600, clusters: 8, seed: 9, experiments: 3 });
    expect(JSON.stringify(generateMap({ nodes: 200, links: 600, clusters: 8, seed: 9, experiments: 3 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateMap({ nodes: 200, links: 600, clusters: 8, seed: 10, experiments: 3 }))).not.toBe(JSON.stringify(a));
  });

  it('never links a node to itself or the same pair twice', () => {
    const doc = generateMap({ nodes: 300, links: 1500, clusters: 10, seed: 4 });
    const pairs = Object.values(doc.links).map((l) => `${l.source}>${l.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(Object.values(doc.links).some((l) => l.source === l.target)).toBe(false);
  });

  it('fills a map right up to every possible link', () => {
    const doc = generateMap({ nodes: 6, links: 30, clusters: 2, seed: 5 });
    expect(new Set(Object.values(doc.links).map((l) => `${l.source}>${l.target}`)).size).toBe(30);
  });

  it('keeps most links inside a theme and links every theme to the focal outcome', () => {
    const doc = generateMap({ nodes: 500, links: 1500, clusters: 10, seed: 6 });
    const theme = (id: string) => doc.nodes[id]!.clusterId;
    const links = Object.values(doc.links);
    const inside = links.filter((l) => theme(l.source) !== null && theme(l.source) === theme(l.target)).length;
    expect(inside / links.length).toBeGreaterThan(0.6);
    const focal = doc.meta.focalNodeId!;
    expect(doc.nodes[focal]!.kind).toBe('outcome');
    const feeding = new Set(links.filter((l) => l.target === focal).map((l) => theme(l.source)));
    expect(feeding.size).toBe(10);
  });

  it('mixes polarities and strengths like a drawn map', () => {
    const links = Object.values(generateMap({ nodes: 400, links: 2000, seed: 7 }).links);
    const share = (p: string) => links.filter((l) => l.polarity === p).length / links.length;
    expect(share('-')).toBeGreaterThan(0.2);
    expect(share('-')).toBeLessThan(0.4);
    expect(share('?')).toBeGreaterThan(0);
    expect(new Set(links.map((l) => l.strength))).toEqual(new Set([1, 2, 3]));
  });

  it('plants short feedback loops', () => {
    const doc = generateMap({ nodes: 200, links: 300, clusters: 5, seed: 8, plantedLoops: 10 });
    expect(findLoops(doc, { maxLength: 5 }).loops.length).toBeGreaterThanOrEqual(10);
    const none = generateMap({ nodes: 10, links: 0, plantedLoops: 10 });
    expect(Object.keys(none.links)).toHaveLength(0);
  });

  it('touches existing nodes from its experiments', () => {
    const doc = generateMap({ nodes: 50, links: 100, seed: 1, experiments: 4 });
    const experiments = Object.values(doc.experiments);
    expect(experiments).toHaveLength(4);
    for (const e of experiments) {
      const touched = Object.keys(e.touches);
      expect(touched.length).toBeGreaterThanOrEqual(2);
      for (const id of touched) expect(doc.nodes[id]).toBeDefined();
    }
  });

  it('refuses sizes it cannot build', () => {
    expect(() => generateMap({ nodes: 0, links: 0 })).toThrow(RangeError);
    expect(() => generateMap({ nodes: 3, links: 7 })).toThrow(/at most 6 links/);
    expect(() => generateMap({ nodes: 3, links: 2, clusters: 5 })).toThrow(RangeError);
    expect(() => generateMap({ nodes: 3.5, links: 2 })).toThrow(RangeError);
  });
});
