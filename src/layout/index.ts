/** Auto-layout for maps: the pure functions. The worker client is in client.ts. */
export { layoutMap, layoutMapSync } from './layoutMap.ts';
export { countCrossings, countOverlaps, documentPositions } from './geometry.ts';
export { removeOverlaps } from './overlap.ts';
export { isLayoutAlgorithm, LAYOUT_ALGORITHMS, LayoutCancelled, NODE_HEIGHT, NODE_WIDTH } from './types.ts';
export type { ElkFactory, LayoutAlgorithm, LayoutOptions, LayoutProgress, Positions } from './types.ts';
