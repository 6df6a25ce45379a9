/**
 * A saved view's lens, to and from the lens the canvas shows. Only what can
 * be kept in a file is saved: a loop or path lit from the analysis panel is
 * a highlight; the what-if lens (predictions worked out for one nudge) saves
 * as no lens.
 */
import type { MapDocument, SavedLens } from '../model/types.ts';
import type { ExportLens, Lens } from './lens.ts';

export function toSavedLens(lens: Lens): SavedLens {
  switch (lens.kind) {
    case 'coverage':
    case 'evidence':
    case 'voices':
      return { kind: lens.kind };
    case 'experiments':
      return { kind: 'experiments', experimentIds: [...lens.experimentIds] };
    case 'highlight':
      return { kind: 'highlight', nodeIds: [...lens.nodeIds], linkIds: [...lens.linkIds], caption: lens.caption };
    default:
      return { kind: 'none' };
  }
}

/** The lens to show for a saved one. Ids no longer on the map are left out (the file format says they are ignored). */
export function toLens(saved: SavedLens, doc: MapDocument): Lens {
  switch (saved.kind) {
    case 'coverage':
    case 'evidence':
    case 'voices':
      return { kind: saved.kind };
    case 'experiments':
      return { kind: 'experiments', experimentIds: saved.experimentIds.filter((id) => Object.hasOwn(doc.experiments, id)) };
    case 'highlight':
      return {
        kind: 'highlight',
        nodeIds: saved.nodeIds.filter((id) => Object.hasOwn(doc.nodes, id)),
        linkIds: saved.linkIds.filter((id) => Object.hasOwn(doc.links, id)),
        caption: saved.caption,
      };
    default:
      return { kind: 'none' };
  }
}

/** The lens a printed page of the view shows: the evidence and voices lenses have no printed form yet. */
export function savedExportLens(saved: SavedLens, doc: MapDocument): ExportLens {
  const lens = toLens(saved, doc);
  return lens.kind === 'evidence' || lens.kind === 'whatif' || lens.kind === 'voices' ? { kind: 'none' } : lens;
}

/** Words for the views list: which lens the view shows. */
export function savedLensWords(saved: SavedLens): string {
  switch (saved.kind) {
    case 'coverage':
      return 'Coverage lens';
    case 'evidence':
      return 'Evidence lens';
    case 'voices':
      return 'Voices lens';
    case 'experiments':
      return saved.experimentIds.length === 1 ? 'One experiment lit' : `${saved.experimentIds.length} experiments lit`;
    case 'highlight':
      return saved.caption ? `Lit: ${saved.caption}` : 'Nodes lit';
    default:
      return '';
  }
}
