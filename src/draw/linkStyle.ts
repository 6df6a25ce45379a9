/** How a link's fields become ink: width for strength, dashes for low confidence, marks for polarity. */
import { POLARITY_COLOURS } from '../model/palette.ts';
import type { Link, Polarity } from '../model/types.ts';

export function strokeWidth(strength: number): number {
  return 1 + strength * 1.3;
}

export const LOW_CONFIDENCE_DASH = '7 5';

export const POLARITY_MARK: Record<Polarity, string> = { '+': '+', '-': '−', '?': '?' };

export const markerId = (polarity: Polarity, selected: boolean) =>
  `sc-arrow-${polarity === '+' ? 'plus' : polarity === '-' ? 'minus' : 'unknown'}${selected ? '-selected' : ''}`;

export function linkColour(link: Link): string {
  return POLARITY_COLOURS[link.polarity];
}
