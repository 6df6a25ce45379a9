/**
 * elk-layered: the Eclipse Layout Kernel's layered algorithm with its default
 * settings, kept for comparison and for users who prefer its look. It is far
 * slower than the layouts written here (seconds at 500 nodes), so it is
 * loaded only when asked for and, in the browser, runs in ELK's own worker.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutGraph } from './graph.ts';
import { NODE_HEIGHT, NODE_WIDTH, SILENT_CONTEXT, type ElkFactory, type LayoutContext, type Placement } from './types.ts';

/** The map as an ELK graph: one child per node, one edge per (merged) link. */
function toElkGraph(g: LayoutGraph): ElkNode {
  return {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered' },
    children: g.ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: Array.from({ length: g.m }, (_, e) => ({ id: `e${e}`, sources: [g.ids[g.src[e]!]!], targets: [g.ids[g.dst[e]!]!] })),
  };
}

export async function elkLayout(g: LayoutGraph, factory: ElkFactory, ctx: LayoutContext = SILENT_CONTEXT): Promise<Placement> {
  const x = new Float64Array(g.n);
  const y = new Float64Array(g.n);
  if (g.n === 0) return { x, y };
  ctx.progress('Loading ELK', 0);
  const elk: ELK = await factory();
  ctx.checkCancelled();
  ctx.progress('Running ELK layered', 0.1);
  // No terminateWorker here: the Node build has no worker, and in the browser one
  // ELK worker serves every run of its layout worker and ends along with it.
  const result = await elk.layout(toElkGraph(g));
  for (const child of result.children ?? []) {
    const v = g.index.get(child.id);
    if (v === undefined) continue;
    x[v] = child.x ?? 0;
    y[v] = child.y ?? 0;
  }
  ctx.checkCancelled();
  return { x, y };
}

let nodeInstance: Promise<ELK> | null = null;

/** ELK for Node (CLI, tests): the bundled build, which runs in the same thread. */
export const nodeElk: ElkFactory = () => {
  // The module name is a variable so that bundlers leave the Node build out of
  // the browser bundle; the browser worker passes its own factory instead.
  const specifier = 'elkjs/lib/elk.bundled.js';
  nodeInstance ??= (import(/* @vite-ignore */ specifier) as Promise<typeof import('elkjs/lib/elk.bundled.js')>).then((module) => new module.default());
  return nodeInstance;
};
