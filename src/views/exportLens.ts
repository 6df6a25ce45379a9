/** Which part of the map an export shows, from what the user is looking at now. */
import type { Id } from '../model/types.ts';
import type { ExportLens, Lens } from './lens.ts';

export type ExportScope = 'whole' | 'lens' | 'selection';

/** The canvas lens as an export lens, or null when it has no printed form (what-if, evidence, voices: an export filters by voice instead). */
export function printableLens(lens: Lens): ExportLens | null {
  if (lens.kind === 'none' || lens.kind === 'whatif' || lens.kind === 'evidence' || lens.kind === 'voices') return null;
  return lens;
}

export function exportLensFor(scope: ExportScope, lens: Lens, selection: Id[]): ExportLens {
  if (scope === 'selection' && selection.length) return { kind: 'selection', nodeIds: selection };
  if (scope === 'lens') return printableLens(lens) ?? { kind: 'none' };
  return { kind: 'none' };
}

export function describeLens(lens: Lens): string {
  switch (lens.kind) {
    case 'experiments':
      return `what ${lens.experimentIds.length === 1 ? 'the chosen experiment' : `${lens.experimentIds.length} experiments`} touched`;
    case 'coverage':
      return 'experiment coverage';
    case 'highlight':
      return lens.caption;
    default:
      return '';
  }
}
