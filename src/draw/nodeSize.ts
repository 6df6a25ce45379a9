/**
 * The one node size: every node is drawn 180 px wide and at least 56 px
 * high (long labels wrap and make it taller). The canvas, the overview, the
 * big-map link canvas, exports and layouts all start from these numbers.
 */
export const NODE_WIDTH = 180;
export const NODE_MIN_HEIGHT = 56;
export const NODE_SIZE = { width: NODE_WIDTH, height: NODE_MIN_HEIGHT } as const;
