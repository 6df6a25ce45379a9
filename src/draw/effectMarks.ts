/** Arrows and words for intended and observed effects, shared by the canvas, the panels and exports. */
import type { IntendedEffect, ObservedEffect } from '../model/types.ts';

export const INTENDED_MARK: Record<IntendedEffect, string> = { strengthen: '↑', weaken: '↓', explore: '?' };
export const OBSERVED_MARK: Record<ObservedEffect, string> = { up: '↑', down: '↓', 'no-change': '=', unclear: '~', 'not-yet-known': '…' };
