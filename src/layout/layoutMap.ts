/**
 * The entry point: lay out a whole map or a selection with the chosen
 * algorithm and get back new positions. Pure apart from elk-layered, which
 * needs ELK loaded; the canvas calls this through the worker (client.ts).
 */
import type { MapDocument } from '../model/types.ts';
import { elkLayout, nodeElk } from './elk.ts';
import { buildGraph, type LayoutGraph } from './graph.ts';
import { layeredLayout } from './layered.ts';
import { organicLayout } from './organic.ts';
import { fitIntoMap } from './placement.ts';
import { radialLayout } from './radial.ts';
import { themedLayout, type BoxSizes } from './themed.ts';
import { tidyLayout } from './tidy.ts';
import { layoutNode } from '../draw/nodes.ts';
import { LayoutCancelled, type LayoutAlgorithm, type LayoutContext, type LayoutOptions, type Positions, type Placement } from './types.ts';

/** Share of the progress bar the algorithm itself fills; fitting into the map takes the rest. */
const ALGORITHM_SHARE = 0.9;

function contextFor(options: LayoutOptions): LayoutContext {
  return {
    progress(phase, fraction) {
      options.onProgress?.({ phase, fraction: Math.min(1, Math.max(0, fraction)) * ALGORITHM_SHARE });
    },
    checkCancelled() {
      if (options.signal?.aborted) throw new LayoutCancelled();
    },
  };
}

function prepare(doc: MapDocument, options: LayoutOptions): { g: LayoutGraph; pinned: Uint8Array; ctx: LayoutContext } {
  const ctx = contextFor(options);
  ctx.checkCancelled();
  const g = buildGraph(doc, options.nodeIds);
  const pinned = Uint8Array.from(g.ids, (id) => (options.pinned?.has(id) ? 1 : 0));
  return { g, pinned, ctx };
}

function finish(doc: MapDocument, g: LayoutGraph, placement: Placement, pinned: Uint8Array, options: LayoutOptions): Positions {
  const ctx = contextFor(options);
  ctx.checkCancelled();
  options.onProgress?.({ phase: 'Fitting into the map', fraction: ALGORITHM_SHARE });
  const positions = fitIntoMap({ doc, g, placement, pinned, inPlace: options.algorithm === 'tidy' });
  options.onProgress?.({ phase: 'Done', fraction: 1 });
  return positions;
}

function runSync(algorithm: Exclude<LayoutAlgorithm, 'elk-layered'>, g: LayoutGraph, ctx: LayoutContext, pinned: Uint8Array, doc: MapDocument): Placement {
  switch (algorithm) {
    case 'layered':
      return layeredLayout(g, ctx);
    case 'clustered':
      return themedLayout(g, boxSizes(doc, g), ctx);
    case 'radial':
      return radialLayout(g, ctx);
    case 'organic':
      return organicLayout(g, ctx, pinned);
    case 'tidy':
      return tidyLayout(g, boxSizes(doc, g).height, pinned);
  }
}

/** Each node's drawn box (long labels wrap to taller boxes), so theme regions are kept clear of what is really drawn. */
function boxSizes(doc: MapDocument, g: LayoutGraph): BoxSizes {
  const width = new Float64Array(g.n);
  const height = new Float64Array(g.n);
  g.ids.forEach((id, i) => {
    const box = layoutNode(doc.nodes[id]!, doc.meta.focalNodeId === id, undefined).box;
    width[i] = box.width;
    height[i] = box.height;
  });
  return { width, height };
}

/**
 * Same as layoutMap for the algorithms written here, without a promise.
 * Returns new positions for the laid-out nodes (the selection, or all nodes)
 * except pinned ones; every other node keeps its place.
 */
export function layoutMapSync(doc: MapDocument, options: LayoutOptions & { algorithm: Exclude<LayoutAlgorithm, 'elk-layered'> }): Positions {
  const { g, pinned, ctx } = prepare(doc, options);
  if (g.n === 0) return {};
  return finish(doc, g, runSync(options.algorithm, g, ctx, pinned, doc), pinned, options);
}

/** Lays out the map (or options.nodeIds only) and resolves to the new positions, ready for moveNodes. */
export async function layoutMap(doc: MapDocument, options: LayoutOptions): Promise<Positions> {
  const { algorithm } = options;
  if (algorithm !== 'elk-layered') return layoutMapSync(doc, { ...options, algorithm });
  const { g, pinned, ctx } = prepare(doc, options);
  if (g.n === 0) return {};
  const placement = await elkLayout(g, options.elk ?? nodeElk, ctx);
  return finish(doc, g, placement, pinned, options);
}
