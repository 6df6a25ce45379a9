import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { ExperimentDetail } from './ExperimentDetail.tsx';
import { ExperimentList } from './ExperimentList.tsx';
import { WhatWeNoticed } from '../reflections/WhatWeNoticed.tsx';

export function ExperimentsPanel() {
  const openId = useViewStore((s) => s.openExperimentId);
  const experiment = useMapStore((s) => (openId ? s.doc.experiments[openId] : undefined));
  // The map's reflection points sit with its experiments and their learning logs.
  return experiment ? (
    <ExperimentDetail key={experiment.id} experiment={experiment} />
  ) : (
    <>
      <ExperimentList />
      <WhatWeNoticed />
    </>
  );
}
