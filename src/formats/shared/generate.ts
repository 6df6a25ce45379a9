/**
 * A big map made up for performance checks (the GraphML unit test and
 * bench/imports.ts): n nodes in a grid, m links between pseudo-random pairs,
 * eight themes, every polarity and strength. Deterministic for a given seed.
 */
import { createMap, newLink, newNode } from '../../model/operations.ts';
import { CLUSTER_PALETTE } from '../../model/palette.ts';
import type { MapDocument, Polarity } from '../../model/types.ts';

export function generatedMap(nodeCount: number, linkCount: number, seed = 1): MapDocument {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const doc = createMap({ title: `Generated ${nodeCount} / ${linkCount}` });
  CLUSTER_PALETTE.forEach((colour, i) => (doc.clusters[`c${i}`] = { id: `c${i}`, name: `Theme ${i + 1}`, colour, description: '' }));
  const ids: string[] = [];
  const side = Math.ceil(Math.sqrt(nodeCount));
  for (let i = 0; i < nodeCount; i++) {
    const node = newNode('factor', { x: (i % side) * 220, y: Math.floor(i / side) * 120 }, { id: `n${i}`, label: `Factor ${i} & co`, clusterId: `c${i % 8}` });
    doc.nodes[node.id] = node;
    ids.push(node.id);
  }
  const polarities: Polarity[] = ['+', '-', '?'];
  for (let i = 0; i < linkCount; i++) {
    const a = Math.floor(rand() * nodeCount);
    let b = Math.floor(rand() * nodeCount);
    if (b === a) b = (a + 1) % nodeCount;
    const link = newLink(ids[a]!, ids[b]!, { id: `l${i}`, polarity: polarities[i % 3]!, strength: 1 + (i % 3) });
    doc.links[link.id] = link;
  }
  return doc;
}
