import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { ExperimentDetail } from './ExperimentDetail.tsx';
import { ExperimentList } from './ExperimentList.tsx';

export function ExperimentsPanel() {
  const openId = useViewStore((s) => s.openExperimentId);
  const experiment = useMapStore((s) => (openId ? s.doc.experiments[openId] : undefined));
  return experiment ? <ExperimentDetail key={experiment.id} experiment={experiment} /> : <ExperimentList />;
}
