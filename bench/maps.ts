/** Maps the Node-side measurements share: the healthy-weight example and generated maps (seeded, so every run gets the same map). */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMap } from '../src/analysis/index.ts';
import { layoutMapSync } from '../src/layout/index.ts';
import { parseMapText } from '../src/model/load.ts';
import type { MapDocument } from '../src/model/types.ts';

export const EXAMPLE_PATH = 'examples/healthy-weight-place.json';

export function loadExample(path = EXAMPLE_PATH): MapDocument {
  const result = parseMapText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.doc;
}

export const generated = (nodes: number, links: number, seed = 1) => generateMap({ nodes, links, seed });

/** A generated map with every node moved to where the clustered layout puts it, as a person would have it before working on it. */
export function laidOutGenerated(nodes: number, links: number, seed = 1): MapDocument {
  const doc = generated(nodes, links, seed);
  const positions = layoutMapSync(doc, { algorithm: 'clustered' });
  const out: MapDocument = { ...doc, nodes: { ...doc.nodes } };
  for (const [id, p] of Object.entries(positions)) {
    const node = out.nodes[id];
    if (node) out.nodes[id] = { ...node, position: p };
  }
  return out;
}

/** Writes the map to a new temporary folder and returns the file's path. */
export function writeTempMap(doc: MapDocument, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'system-canvas-bench-')), name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

export const linksOf = (doc: MapDocument) => Object.values(doc.links);

/** Wall time of one call, in milliseconds. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}
