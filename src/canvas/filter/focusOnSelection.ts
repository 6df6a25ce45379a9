/**
 * Focus on nodes (the Filter panel's button and the N key): the filter keeps
 * their neighbourhood, and the view moves to what is kept, so a focus on a
 * big map does not leave the nodes it keeps off the screen.
 */
import type { Id } from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { filterOut, focusedOn } from '../../views/filter.ts';

export function focusOnSelection(nodeIds: Id[]) {
  const view = useViewStore.getState();
  const next = focusedOn(view.filter, nodeIds);
  view.setFilter(next);
  if (!nodeIds.length) return;
  const { doc } = useMapStore.getState();
  const out = filterOut(doc, next);
  view.focusOn(Object.keys(doc.nodes).filter((id) => !out.nodes.has(id)));
}
