/**
 * The one node size: every node is drawn 180 px wide and at least 56 px
 * high (long labels wrap and make it taller). The canvas, the overview, the
 * big-map link canvas, exports and layouts all start from these numbers.
 */
export const NODE_WIDTH = 180;
export const NODE_MIN_HEIGHT = 56;
export const NODE_SIZE = { width: NODE_WIDTH, height: NODE_MIN_HEIGHT } as const;

/**
 * Sizing nodes by a key-factor measure: the node with the highest value is
 * drawn this many times as large, one with none at 1×. Bounded so a big
 * node still leaves room for its neighbours' links and labels.
 */
export const NODE_SCALE_MIN = 1;
export const NODE_SCALE_MAX = 1.6;

/**
 * How much larger to draw a node whose measure is `value` when the largest on
 * the map is `max`. Grows with the square root of the share, so the many
 * middling values stay apart rather than all looking small; 1 for anything
 * not a positive number.
 */
export function nodeScale(value: number, max: number): number {
  if (!(max > 0) || !(value > 0) || !Number.isFinite(value) || !Number.isFinite(max)) return NODE_SCALE_MIN;
  const share = Math.min(1, value / max);
  return NODE_SCALE_MIN + (NODE_SCALE_MAX - NODE_SCALE_MIN) * Math.sqrt(share);
}

/** Every node's scale from its measure, against the largest of them. */
export function nodeScales(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (Number.isFinite(v) && v > max) max = v;
  return new Map([...values].map(([id, v]) => [id, nodeScale(v, max)]));
}

/** A node's least size at a scale: what layouts and declared sizes start from. */
export function scaledNodeSize(scale: number = 1): { width: number; height: number } {
  return { width: NODE_WIDTH * scale, height: NODE_MIN_HEIGHT * scale };
}
