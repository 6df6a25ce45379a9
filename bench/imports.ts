/**
 * Importing other tools' files in Node: the time to open a generated GraphML
 * of 2,000 nodes and 6,000 links (as importFile does it: recognise, parse the
 * XML, build and check the map), and the XML parse alone.
 *
 *   npx tsx bench/imports.ts        prints the section as JSON and a short summary
 *   npx tsx bench/run.ts imports    the same, as part of `npm run bench` (Node only, no browser)
 *
 * The same imports in the app, through the file input, are bench/importsBrowser.ts.
 */
import { pathToFileURL } from 'node:url';
import { importFile } from '../src/formats/detect.ts';
import { writeGraphML } from '../src/formats/graphml/write.ts';
import { generatedMap } from '../src/formats/shared/generate.ts';
import { parseXml } from '../src/formats/shared/xml.ts';
import { atMost, kb, ms, type Section } from './report.ts';
import { median, round } from './stats.ts';

export const GRAPHML_IMPORT_TARGET_MS = 1000;
const BIG = { nodes: 2000, links: 6000, seed: 1 };
const WARM_RUNS = 5;
const GRAPHML_ARRAYS = new Set(['key', 'graph', 'node', 'edge', 'data', 'hyperedge', 'NodeLabel', 'EdgeLabel', 'GroupNode', 'port']);

export interface ImportsResult {
  bytes: number;
  nodes: number;
  links: number;
  firstMs: number;
  warmMs: number[];
  medianMs: number;
  xmlMedianMs: number;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function measureImports(): Promise<ImportsResult> {
  const doc = generatedMap(BIG.nodes, BIG.links, BIG.seed);
  const text = writeGraphML(doc, { includePrivateNotes: false }).data as string;
  const bytes = new TextEncoder().encode(text);
  const file = { name: 'generated.graphml', bytes };
  const open = async () => {
    const out = await importFile(file);
    if (!out.ok) throw new Error(`the generated GraphML did not import: ${out.problems[0]?.message}`);
    return out.result;
  };
  const first = await time(open);
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(round((await time(open)).ms, 1));
  const xml: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) xml.push(round((await time(() => parseXml(text, GRAPHML_ARRAYS))).ms, 1));
  return {
    bytes: bytes.length,
    nodes: Object.keys(first.value.doc.nodes).length,
    links: Object.keys(first.value.doc.links).length,
    firstMs: round(first.ms, 1),
    warmMs: warm,
    medianMs: median(warm),
    xmlMedianMs: median(xml),
  };
}

export function importsSection(r: ImportsResult): Section {
  return {
    title: 'Imports (Node)',
    summary: `Opening a generated GraphML file of ${r.nodes} nodes and ${r.links} links (${kb(r.bytes)}), timed in Node.`,
    rows: [
      { measure: 'GraphML import, first (cold) run', value: ms(r.firstMs), target: `≤ ${ms(GRAPHML_IMPORT_TARGET_MS)}`, status: atMost(r.firstMs, GRAPHML_IMPORT_TARGET_MS) },
      { measure: `GraphML import, median of ${r.warmMs.length} warm runs`, value: ms(r.medianMs) },
      { measure: `Of which XML parsing (saxes and the tree), median of ${r.warmMs.length}`, value: ms(r.xmlMedianMs) },
    ],
    method: [
      `\`generatedMap(${BIG.nodes}, ${BIG.links}, ${BIG.seed})\` is written with the app’s GraphML writer (data keys and yEd graphics), then`,
      '`importFile` opens it as the app does: recognises the format, parses the XML, builds the map and checks it with the map loader.',
      `Timed with \`performance.now()\` once cold (the target applies to that: a user opens a file once) and ${r.warmMs.length} times warm,`,
      'then the XML parse alone. Single-threaded, in the benchmark’s Node process.',
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await measureImports();
  console.log(JSON.stringify(importsSection(r), null, 2));
  console.log(`GraphML ${r.nodes}/${r.links}: first ${r.firstMs} ms, warm median ${r.medianMs} ms, XML ${r.xmlMedianMs} ms`);
}
