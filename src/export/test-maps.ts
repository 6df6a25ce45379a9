/** Small maps for the export tests: each shows one thing the exports must get right. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMapText } from '../model/load.ts';
import { createMap, newLink, newNode } from '../model/operations.ts';
import type { Theme, MapDocument, MapNode } from '../model/types.ts';

const STAMP = '2026-11-01T09:00:00.000Z';

export function loadExample(name = 'healthy-weight-place.json'): MapDocument {
  const result = parseMapText(readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8'));
  if (!result.ok) throw new Error(`example ${name} does not load`);
  return result.doc;
}

function build(title: string, nodes: MapNode[], clusters: Theme[] = [], links: [string, string][] = []): MapDocument {
  const doc = createMap({ title, authors: ['Test team'] }, STAMP);
  return {
    ...doc,
    id: 'map_test',
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    clusters: Object.fromEntries(clusters.map((c) => [c.id, c])),
    links: Object.fromEntries(links.map(([s, t], i) => [`l${i}`, newLink(s, t, { id: `l${i}` })])),
  };
}

/** Labels in Welsh, German, Greek and Cyrillic, plus characters DejaVu Sans cannot draw. */
export function unicodeMap(): MapDocument {
  const nodes = [
    newNode('factor', { x: 0, y: 0 }, { id: 'n1', label: 'Ŵyddgrug ŷ' }),
    newNode('factor', { x: 260, y: 0 }, { id: 'n2', label: 'Zoë' }),
    newNode('factor', { x: 0, y: 140 }, { id: 'n3', label: 'Ψυχική υγεία' }),
    newNode('actor', { x: 260, y: 140 }, { id: 'n4', label: 'Здоровье' }),
    newNode('outcome', { x: 520, y: 70 }, { id: 'n5', label: 'Smile 😀 and 中文' }),
  ];
  const doc = build('Iechyd · Υγεία · Здоровье', nodes, [], [
    ['n1', 'n2'],
    ['n3', 'n4'],
    ['n4', 'n5'],
  ]);
  return { ...doc, meta: { ...doc.meta, focalNodeId: 'n5' } };
}

/** Only factors, in two of three themes: the key must name exactly those two. */
export function twoThemeFactorMap(): MapDocument {
  const clusters: Theme[] = [
    { id: 'c1', name: 'Housing quality', colour: '#E69F00', description: '' },
    { id: 'c2', name: 'Money worries', colour: '#56B4E9', description: '' },
    { id: 'c3', name: 'Unused theme', colour: '#009E73', description: '' },
  ];
  const nodes = [
    newNode('factor', { x: 0, y: 0 }, { id: 'n1', label: 'Damp homes', clusterId: 'c1' }),
    newNode('factor', { x: 260, y: 0 }, { id: 'n2', label: 'Heating costs', clusterId: 'c2' }),
    newNode('factor', { x: 130, y: 140 }, { id: 'n3', label: 'Rent arrears', clusterId: 'c2' }),
  ];
  return build('Two themes', nodes, clusters, [
    ['n1', 'n2'],
    ['n2', 'n3'],
  ]);
}

/** A label that looks like markup, in a node, a theme and the title. */
export function scriptMap(): MapDocument {
  const clusters: Theme[] = [{ id: 'c1', name: 'Theme <b>"bold"</b> & more', colour: '#E69F00', description: '' }];
  const nodes = [
    newNode('factor', { x: 0, y: 0 }, { id: 'n1', label: '<script>', clusterId: 'c1' }),
    newNode('factor', { x: 260, y: 0 }, { id: 'n2', label: `"a" & 'b'`, clusterId: 'c1' }),
  ];
  return build("Tom & Jerry's <map>", nodes, clusters);
}
