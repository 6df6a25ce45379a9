/**
 * What analysis runs on: the map's own values, the mean of people's views, or
 * one perspective's views (UI state of this browser, never in the map). Loops,
 * key factors and what-if read the map through useBasedMap and say which.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { basisWords, linksForBasis, type AnalysisBasis, type BasedMap } from '../../analysis/linkViews.ts';
import type { MapDocument } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';

export const useBasis = create<{ basis: AnalysisBasis; setBasis(basis: AnalysisBasis): void }>((set) => ({
  basis: { kind: 'map' },
  setBasis: (basis) => set({ basis }),
}));

export interface Based {
  /** The map with links as the basis sees them (the map itself for its own values). */
  doc: MapDocument;
  based: BasedMap;
  /** "Using: mean of 14 people's views (…)". */
  words: string;
}

export function useBasedMap(): Based {
  const basis = useBasis((s) => s.basis);
  const doc = useMapStore((s) => s.doc);
  const { links, linkViews, perspectives } = doc;
  // Re-derived only when links, views or the basis change: renaming a node does not start a new loop search.
  const based = useMemo(() => linksForBasis({ ...useMapStore.getState().doc, links, linkViews, perspectives }, basis), [links, linkViews, perspectives, basis]);
  return useMemo(
    () => ({ doc: basis.kind === 'map' || based.fromViews === 0 ? doc : { ...doc, links: based.doc.links }, based, words: basisWords(doc, basis, based) }),
    [doc, based, basis],
  );
}
