/**
 * The map as shapes: links under nodes, both through the lens. Pure, so the
 * PDF, the SVG and the tile planner all see the same boxes.
 */
import type { Box } from '../../draw/geometry.ts';
import { applyLens, type LensResult } from '../../views/lens.ts';
import { experimentsByNode } from '../../model/experiments.ts';
import type { Id, MapDocument, MapFilter, MapNode } from '../../model/types.ts';
import { fadeOut, filterOut, withoutOut } from '../../views/filter.ts';
import type { ExportLens } from '../../views/lens.ts';
import { allLinkWords, linkItems, type AgreementTag } from '../../draw/links.ts';
import { linkAgreements } from '../../analysis/linkViews.ts';
import { routeAll } from '../../draw/routing/routeMap.ts';
import { regionPrims, themeRegions } from '../../draw/themeRegions.ts';
import { markerPrims, placeLoopMarkers } from '../../draw/loopMarkers.ts';
import { markedLoops } from '../../views/loopMarks.ts';
import { layoutNode, nodeItem, type NodeLayout } from '../../draw/nodes.ts';
import { unionBox, type Item } from '../../draw/prims.ts';
import { nodeScales } from '../../draw/nodeSize.ts';
import { keyFactors } from '../../analysis/measures.ts';
import { sizeValues, type SizeMeasure } from '../../views/sizeBy.ts';

/** The most links an export routes round node boxes (the 310-link example takes about 0.15 s). */
const MAX_ROUTED_LINKS = 1500;

export interface MapScene {
  /** The document as drawn: for a selection, only the chosen nodes and the links between them. */
  doc: MapDocument;
  items: Item[];
  nodes: NodeLayout[];
  bounds: Box;
  lens: ExportLens;
}

/** The part of the document a selection lens keeps: those nodes and the links between them. */
function selectNodes(doc: MapDocument, nodeIds: readonly Id[]): MapDocument {
  const keep = new Set(nodeIds.filter((id) => doc.nodes[id]));
  const nodes: Record<Id, MapNode> = {};
  for (const id of keep) nodes[id] = doc.nodes[id]!;
  const links = Object.fromEntries(Object.entries(doc.links).filter(([, l]) => keep.has(l.source) && keep.has(l.target)));
  return { ...doc, nodes, links };
}

export interface MapSceneOptions {
  themeRegions?: boolean;
  loopMarkers?: boolean;
  /** "Size nodes by", as on the canvas: measured on the map drawn, so a selection is sized among itself. */
  sizeBy?: SizeMeasure;
  /** Focus and filter: what it leaves out is faded, or (in "hide" mode) not drawn, as on the canvas. */
  filter?: MapFilter;
}

export function buildMapScene(source: MapDocument, lens: ExportLens = { kind: 'none' }, options: MapSceneOptions = {}): MapScene {
  const chosen = lens.kind === 'selection' ? selectNodes(source, lens.nodeIds) : source;
  const out = options.filter ? filterOut(chosen, options.filter) : null;
  const hide = options.filter?.mode === 'hide';
  const doc = out && hide ? withoutOut(chosen, out) : chosen;
  const lensLooks: LensResult = lens.kind === 'selection' ? applyLens(doc, { kind: 'none' }) : applyLens(doc, lens);
  const looks = out && !hide ? fadeOut(lensLooks, out) : lensLooks;
  const byNode = experimentsByNode(doc);
  const layouts = new Map<Id, NodeLayout>();
  const scales = options.sizeBy && options.sizeBy !== 'none' ? nodeScales(sizeValues(keyFactors(doc), options.sizeBy)) : null;
  for (const n of Object.values(doc.nodes)) layouts.set(n.id, layoutNode(n, doc.meta.focalNodeId === n.id, looks.nodes.get(n.id), scales?.get(n.id) ?? 1));
  const faded: Item[] = [];
  const lines: Item[] = [];
  const labels: Item[] = [];
  // Routed round every node box, as on the canvas. Past MAX_ROUTED_LINKS links routing the whole
  // map would take seconds (about 15 s at 6,000), so big maps print plain curves: a rule by size,
  // not by the clock, so the same map always prints the same picture.
  const links = Object.values(doc.links);
  const routes = links.length <= MAX_ROUTED_LINKS ? routeAll(new Map([...layouts].map(([id, l]) => [id, l.box])), links) : new Map();
  // Links two people or more gave views of carry an agreed / contested tag, as on the canvas.
  const tags = new Map<Id, AgreementTag>();
  if (Object.keys(doc.linkViews).length) for (const [id, g] of linkAgreements(doc)) if (g.verdict === 'agreed' || g.verdict === 'contested') tags.set(id, { verdict: g.verdict, count: g.count });
  for (const link of Object.values(doc.links)) {
    const a = layouts.get(link.source);
    const b = layouts.get(link.target);
    if (!a || !b || a === b) continue;
    const dimmed = looks.dimmedLinks.has(link.id);
    const { line, label } = linkItems(link, a.box, b.box, dimmed, routes.get(link.id), tags.get(link.id) ?? null);
    // Faded links first, so highlighted ones are drawn over them.
    (dimmed ? faded : lines).push(line);
    if (label) labels.push(label);
  }
  // Theme regions first, under everything, when the map is clustered (each theme a compact group).
  const regions: Item[] = lens.kind === 'selection' || options.themeRegions === false ? [] : themeRegions(doc.clusters, [...layouts.values()].map((l) => ({ box: l.box, themeId: l.node.clusterId ?? null }))).map((r) => ({ bbox: r.bounds, prims: regionPrims(r) }));
  const items: Item[] = [...regions, ...faded, ...lines, ...labels];
  // Nodes outside the lens go first, so highlighted ones are never hidden under faded ones; then
  // smaller before larger, so a node grown by "Size nodes by" is drawn whole on top, as on the canvas.
  const ordered = [...layouts.values()].sort((p, q) => Number(!looks.nodes.get(p.node.id)?.dimmed) - Number(!looks.nodes.get(q.node.id)?.dimmed) || p.scale - q.scale);
  for (const l of ordered) {
    const theme = l.node.clusterId ? (doc.clusters[l.node.clusterId] ?? null) : null;
    items.push(nodeItem(l, { theme, experiments: byNode.get(l.node.id) ?? [], look: looks.nodes.get(l.node.id) }));
  }
  // Loop markers last, over the links: named loops and a highlighted loop, placed as on the canvas.
  if (options.loopMarkers !== false) {
    const boxes = new Map([...layouts].map(([id, l]) => [id, l.box]));
    const loops = markedLoops(doc, lens);
    const words = loops.length ? allLinkWords(links, boxes, (l) => routes.get(l.id)) : [];
    for (const m of placeLoopMarkers(loops, boxes, 1, words)) items.push({ id: `loop:${m.loop.key}`, bbox: m.box, prims: markerPrims(m) });
  }
  const bounds = items.length ? unionBox(items.map((i) => i.bbox)) : { x: 0, y: 0, width: 400, height: 200 };
  return { doc, items, nodes: [...layouts.values()], bounds, lens };
}
