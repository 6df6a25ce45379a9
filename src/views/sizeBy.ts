/**
 * "Size nodes by": a key-factor measure shown as the size of each node's
 * box, with the words the legend and the menu use for it. A view setting,
 * never saved in the map.
 */
import type { KeyFactor } from '../analysis/measures.ts';

export const SIZE_MEASURES = ['none', 'links', 'betweenness', 'leverage'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** The menu's words for each choice. */
export const SIZE_MEASURE_LABELS: Record<SizeMeasure, string> = {
  none: 'Same size',
  links: 'Links in and out',
  betweenness: 'Influence passing through',
  leverage: 'Leverage',
};

/** What a larger box means, as the legend says it. */
export const SIZE_MEASURE_MEANING: Record<Exclude<SizeMeasure, 'none'>, string> = {
  links: 'Larger boxes: more links in and out',
  betweenness: 'Larger boxes: more chains of influence pass through them (betweenness)',
  leverage: 'Larger boxes: more leverage (they drive much and are driven little)',
};

/** Each node's value of the measure, from the key-factors rows. */
export function sizeValues(rows: readonly KeyFactor[], measure: Exclude<SizeMeasure, 'none'>): Map<string, number> {
  const value = (r: KeyFactor) => (measure === 'links' ? r.inDegree + r.outDegree : measure === 'betweenness' ? r.betweenness : r.leverage);
  return new Map(rows.map((r) => [r.id, value(r)]));
}
