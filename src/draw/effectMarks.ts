/** Arrows and words for intended and observed effects, shared by the canvas and the panels. */
import type { IntendedEffect, ObservedEffect } from '../model/types.ts';

export const INTENDED_MARK: Record<IntendedEffect, string> = { strengthen: '↑', weaken: '↓', explore: '?' };
export const OBSERVED_MARK: Record<ObservedEffect, string> = { up: '↑', down: '↓', 'no-change': '=', unclear: '~', 'not-yet-known': '…' };

/** Observed went the other way from what was intended: a prompt for learning. */
export function isSurprise(intended: IntendedEffect, observed: ObservedEffect): boolean {
  return (intended === 'strengthen' && observed === 'down') || (intended === 'weaken' && observed === 'up');
}
