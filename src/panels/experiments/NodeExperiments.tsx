/** In the node inspector: the experiments that touch this node, their effects here, and a way to start one. */
import { addExperiment, newExperiment, touchNodes } from '../../model/experiments.ts';
import { useReadOnly } from '../inspector/readOnly.ts';
import { batch } from '../../model/operations.ts';
import { INTENDED_LABELS, OBSERVED_LABELS, STATUS_LABELS, type MapNode } from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { INTENDED_MARK, OBSERVED_MARK } from '../../draw/effectMarks.ts';
import { isSurprise } from '../../model/experiments.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';

function startExperimentAt(node: MapNode) {
  const store = useMapStore.getState();
  const experiment = newExperiment({ title: `Experiment on ${node.label}` }, store.doc.meta.scale);
  store.dispatch(batch('New experiment', [addExperiment(experiment), touchNodes(experiment.id, [node.id])]));
  useViewStore.getState().openExperiment(experiment.id);
}

export function NodeExperiments({ node }: { node: MapNode }) {
  const readOnly = useReadOnly();
  const experiments = useMapStore((s) => s.doc.experiments);
  const touching = Object.values(experiments).filter((e) => e.touches[node.id]);
  const open = useViewStore((s) => s.openExperiment);
  return (
    <fieldset className="field node-experiments">
      <legend>Experiments ({touching.length})</legend>
      {touching.length === 0 && <p className="muted">No experiment touches this {node.kind} yet.</p>}
      <ul className="plain-list">
        {touching.map((e) => {
          const t = e.touches[node.id]!;
          const surprise = isSurprise(t.intended, t.observed);
          return (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => open(e.id)}>
                <StatusIcon status={e.status} /> {e.title}
              </button>
              <span className="muted">
                {' '}
                ({STATUS_LABELS[e.status].toLowerCase()}) intended {INTENDED_MARK[t.intended]} {INTENDED_LABELS[t.intended].toLowerCase()}, observed{' '}
                {OBSERVED_MARK[t.observed]} {OBSERVED_LABELS[t.observed].toLowerCase()}
                {surprise && <strong className="surprise"> — a surprise</strong>}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={readOnly} onClick={() => startExperimentAt(node)}>
        New experiment here
      </button>
    </fieldset>
  );
}
