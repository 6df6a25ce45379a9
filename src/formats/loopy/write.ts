/**
 * Loopy (ncase.me/loopy, v1.1): a map to play with. Loopy keeps a model in
 * its URL: ?data=[nodes, edges, labels, next id], where a node is
 * [id, x, y, start amount, label, hue], an edge [from, to, arc, strength
 * (+1 or −1), rotation] and a label [x, y, text]; texts are URI-encoded twice,
 * quotes written %22 and the last "]" %5D, as Loopy writes them itself.
 * Loopy cannot carry strength, unknown polarity (written as +, and reported),
 * confidence, delay, descriptions, notes or kinds; themes become Loopy's six hues.
 */
import type { MapDocument } from '../../model/types.ts';
import { hueOf } from '../shared/colour.ts';
import { exportFileName } from '../shared/export.ts';
import type { ExportedFile, ExportOptions } from '../types.ts';

export const LOOPY_BASE = 'https://ncase.me/loopy/v1.1/';
/** Loopy's node colours (hue 0..5) and their hues in degrees: red, orange, yellow, green, blue, purple. */
const LOOPY_HUES = [0, 30, 55, 80, 200, 260];
/** Loopy draws nodes as circles about 120 pixels across, centred where our boxes' centres are. */
const HALF_BOX = { x: 80, y: 30 };
const ARC = 100;

const enc = (text: string) => encodeURIComponent(encodeURIComponent(text));

function nearestHue(hex: string): number | null {
  const h = hueOf(hex);
  if (h === null) return null;
  let best = 0;
  let bestDistance = Infinity;
  LOOPY_HUES.forEach((deg, i) => {
    const d = Math.min(Math.abs(h - deg), 360 - Math.abs(h - deg));
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

export interface LoopyModel {
  data: string;
  /** What Loopy cannot hold, in plain words. */
  warnings: string[];
}

export function loopyModel(doc: MapDocument): LoopyModel {
  const nodes = Object.values(doc.nodes);
  const ids = new Map(nodes.map((n, i) => [n.id, i]));
  const themeHue = new Map(Object.values(doc.clusters).map((c) => [c.id, nearestHue(c.colour)]));
  const usedHues = new Set([...themeHue.values()].filter((h): h is number => h !== null));
  const spare = [5, 4, 3, 2, 1, 0].find((h) => !usedHues.has(h)) ?? 0;
  const minX = Math.min(0, ...nodes.map((n) => n.position.x));
  const minY = Math.min(0, ...nodes.map((n) => n.position.y));
  // Loopy's canvas starts at the top left: shift the map so nothing sits off it.
  const dx = 100 - minX;
  const dy = 150 - minY;
  const loopyNodes = nodes.map((n) => [
    ids.get(n.id)!,
    Math.round(n.position.x + HALF_BOX.x + dx),
    Math.round(n.position.y + HALF_BOX.y + dy),
    0.5,
    enc(n.label),
    (n.clusterId && themeHue.get(n.clusterId)) ?? spare,
  ]);
  let unknown = 0;
  const edges = Object.values(doc.links).map((l) => {
    if (l.polarity === '?') unknown++;
    return [ids.get(l.source)!, ids.get(l.target)!, ARC, l.polarity === '-' ? -1 : 1, 0];
  });
  const labels = doc.meta.title ? [[100, 60, enc(doc.meta.title)]] : [];
  const json = JSON.stringify([loopyNodes, edges, labels, nodes.length]);
  const data = json.replace(/"/g, '%22').slice(0, -1) + '%5D';
  const warnings: string[] = [];
  if (unknown) warnings.push(`${unknown} links of unknown polarity written as +: Loopy links are + or −`);
  if (edges.length) warnings.push(`${edges.length} link strengths left out: every Loopy link has the same strength`);
  return { data, warnings };
}

/** The link that opens the map in Loopy. */
export function loopyURL(doc: MapDocument): string {
  return `${LOOPY_BASE}?data=${loopyModel(doc).data}`;
}

/** A text file holding the Loopy link: opening it in a browser plays the map. */
export function writeLoopy(doc: MapDocument, _options: ExportOptions): ExportedFile {
  const model = loopyModel(doc);
  return {
    fileName: exportFileName(doc, 'loopy.txt'),
    mimeType: 'text/uri-list',
    data: `${LOOPY_BASE}?data=${model.data}\r\n`,
    ...(model.warnings.length ? { warnings: model.warnings } : {}),
  };
}
