/**
 * Which nodes keep a readable label when the map is zoomed out so far that
 * labels would be too small to read (the "far" level of detail): the focal
 * outcome, the selection and its neighbours, and the map's key factors by
 * betweenness (the measure the analysis panel lists first), spaced so their
 * labels do not cover each other. The rest show as boxes. Pure, so it can be tested without a canvas.
 */
import { keyFactors } from '../../analysis/measures.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../../draw/nodeSize.ts';

/** A key factor this close to one already labelled goes without, so the labels (wider than a box when zoomed out) do not pile up. */
const CLEAR_X = 2 * NODE_WIDTH;
const CLEAR_Y = 2 * NODE_MIN_HEIGHT;

/** Key factors labelled besides the focal outcome and the selection: enough to read the map's spine, few enough not to pile up. */
export const KEY_LABELS = 12;

/**
 * The ranking by betweenness depends only on the links and on which nodes
 * there are with what label (the tie-break): kept while those stay the same,
 * so a collaborator moving a node or writing a description does not
 * recompute betweenness for every node (a good part of each edit's cost in a
 * busy room).
 */
const ranking = new WeakMap<MapDocument['links'], { nodes: string; ranked: ReturnType<typeof keyFactors> }>();

function rankedFactors(doc: MapDocument): ReturnType<typeof keyFactors> {
  let nodes = '';
  for (const [id, n] of Object.entries(doc.nodes)) nodes += `${id}\u0000${n.label}\u0001`;
  const kept = ranking.get(doc.links);
  if (kept?.nodes === nodes) return kept.ranked;
  const ranked = keyFactors(doc)
    .filter((k) => k.betweenness > 0 || k.inDegree + k.outDegree > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.inDegree + b.outDegree - (a.inDegree + a.outDegree) || a.label.localeCompare(b.label));
  ranking.set(doc.links, { nodes, ranked });
  return ranked;
}

/**
 * @param previous the last answer: returned itself when the same nodes keep their labels, since every node
 *   view reads the set from one context and a new set re-renders them all (a collaborator's edit included)
 * @param clear how far apart (map units, between top-left corners) two key factors' labels must be
 */
export function keyLabelNodes(
  doc: MapDocument,
  selected: readonly Id[],
  count = KEY_LABELS,
  previous?: ReadonlySet<Id>,
  clear: { x: number; y: number } = { x: CLEAR_X, y: CLEAR_Y },
): ReadonlySet<Id> {
  const out = new Set<Id>();
  if (doc.meta.focalNodeId && doc.nodes[doc.meta.focalNodeId]) out.add(doc.meta.focalNodeId);
  const chosen = new Set(selected);
  for (const id of selected) if (doc.nodes[id]) out.add(id);
  for (const l of Object.values(doc.links)) {
    if (chosen.has(l.source)) out.add(l.target);
    if (chosen.has(l.target)) out.add(l.source);
  }
  if (count <= 0) return previous && previous.size === out.size && [...out].every((id) => previous.has(id)) ? previous : out;
  const ranked = rankedFactors(doc);
  const placed = [...out].map((id) => doc.nodes[id]!.position);
  let added = 0;
  for (const k of ranked) {
    if (added >= count) break;
    if (out.has(k.id)) continue;
    const p = doc.nodes[k.id]!.position;
    if (placed.some((q) => Math.abs(q.x - p.x) < clear.x && Math.abs(q.y - p.y) < clear.y)) continue;
    out.add(k.id);
    placed.push(p);
    added++;
  }
  return previous && previous.size === out.size && [...out].every((id) => previous.has(id)) ? previous : out;
}
