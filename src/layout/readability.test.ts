import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMapText } from '../model/load.ts';
import { layoutMapSync } from './layoutMap.ts';
import { boxOverlaps, linksThroughBoxes, nodeBoxes, routesFor } from './readability.ts';
import type { MapDocument } from '../model/types.ts';
import { generateMap } from '../analysis/generate.ts';

function example(): MapDocument {
  const parsed = parseMapText(readFileSync('examples/healthy-weight-place.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not load');
  return parsed.doc;
}

describe('readability of the example', () => {
  it('routes no link of the example through a box it does not join, after the organic layout', () => {
    const doc = example();
    for (const [id, p] of Object.entries(layoutMapSync(doc, { algorithm: 'organic' }))) doc.nodes[id] = { ...doc.nodes[id]!, position: p };
    const boxesOf = nodeBoxes(doc);
    // Drawn as plain curves, many links cross boxes; routed, none does.
    expect(linksThroughBoxes(doc, boxesOf, null).length).toBeGreaterThan(50);
    expect(linksThroughBoxes(doc, boxesOf, routesFor(doc, boxesOf))).toEqual([]);
  });

  it('leaves no two drawn boxes overlapping after any layout, tall wrapped labels included', () => {
    for (const algorithm of ['tidy', 'layered', 'clustered', 'radial', 'organic'] as const) {
      const doc = example();
      for (const [id, p] of Object.entries(layoutMapSync(doc, { algorithm }))) doc.nodes[id] = { ...doc.nodes[id]!, position: p };
      expect({ algorithm, overlaps: boxOverlaps(nodeBoxes(doc)) }).toEqual({ algorithm, overlaps: 0 });
    }
  });
});

describe('readability of a big generated map', () => {
  // The readability bench's 500-node map. After the organic layout two links about 2,000 px long found no way on
  // their coarse grid and stayed plain curves through boxes; after tidying, a 16,000 px link's coarse grid freed whole
  // cells round its crowded source and cut through a neighbour. Both now go round (route.ts onGrid and mend).
  it('routes no link through a box it does not join, after the organic layout and after tidying', () => {
    for (const algorithm of ['organic', 'tidy'] as const) {
      const doc = generateMap({ nodes: 500, links: 1500, seed: 7 });
      for (const [id, p] of Object.entries(layoutMapSync(doc, { algorithm }))) doc.nodes[id] = { ...doc.nodes[id]!, position: p };
      const boxesOf = nodeBoxes(doc);
      expect({ algorithm, through: linksThroughBoxes(doc, boxesOf, routesFor(doc, boxesOf)) }).toEqual({ algorithm, through: [] });
    }
  }, 30_000);
});
