/** One experiment: what it is, who runs it, the nodes it touches and what the team learned. */
import { removeExperiment, updateExperiment, type ExperimentPatch } from '../../model/experiments.ts';
import {
  EXPERIMENT_STATUSES,
  LEARNING_PHASES,
  PHASE_LABELS,
  SCALE_LABELS,
  STATUS_LABELS,
  SYSTEM_SCALES,
  type Experiment,
} from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { SelectField, TextField } from '../inspector/fields.tsx';
import { LearningLog } from './LearningLog.tsx';
import { TouchList } from './TouchList.tsx';

export function ExperimentDetail({ experiment }: { experiment: Experiment }) {
  const dispatch = useMapStore((s) => s.dispatch);
  const { openExperiment, setTouchMode, setLens } = useViewStore.getState();
  const touchMode = useViewStore((s) => s.touchModeExperimentId === experiment.id);
  const lensOn = useViewStore((s) => s.lens.kind === 'experiments' && s.lens.experimentIds.includes(experiment.id));
  const edit = (patch: ExperimentPatch, field: string) =>
    dispatch(updateExperiment(experiment.id, patch, `Edit experiment ${field}`), { coalesceKey: `experiment:${experiment.id}:${field}` });

  return (
    <section className="experiment" aria-labelledby="experiment-heading">
      <button type="button" className="link-button back" onClick={() => openExperiment(null)}>
        ← All experiments
      </button>
      <h2 id="experiment-heading">{experiment.title || 'Untitled experiment'}</h2>
      <div className="row experiment__actions">
        <button type="button" aria-pressed={touchMode} onClick={() => setTouchMode(touchMode ? null : experiment.id)}>
          {touchMode ? 'Stop touching nodes' : 'Touch nodes on the map'}
        </button>
        <button
          type="button"
          aria-pressed={lensOn}
          onClick={() => {
            setLens(lensOn ? { kind: 'none' } : { kind: 'experiments', experimentIds: [experiment.id] });
            if (!lensOn) useViewStore.getState().focusOn(Object.keys(experiment.touches));
          }}
        >
          {lensOn ? 'Hide on map' : 'Show on map'}
        </button>
      </div>
      <TextField label="Title" value={experiment.title} onChange={(title) => edit({ title }, 'title')} />
      <TextField
        label="Question or hypothesis"
        multiline
        placeholder="We believe that doing X will change Y, because Z"
        value={experiment.hypothesis}
        onChange={(hypothesis) => edit({ hypothesis }, 'hypothesis')}
      />
      <TextField label="Who runs it" value={experiment.owner} placeholder="Team or person" onChange={(owner) => edit({ owner }, 'owner')} />
      <div className="two-col">
        <SelectField label="Status" value={experiment.status} options={EXPERIMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} onChange={(status) => edit({ status }, 'status')} />
        <SelectField label="Learning Cycle phase" value={experiment.phase} options={LEARNING_PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }))} onChange={(phase) => edit({ phase }, 'phase')} />
        <SelectField label="System scale" value={experiment.scale} options={SYSTEM_SCALES.map((s) => ({ value: s, label: SCALE_LABELS[s] }))} onChange={(scale) => edit({ scale }, 'scale')} />
        <span />
        <div className="field">
          <label htmlFor={`start-${experiment.id}`}>Start date</label>
          <input id={`start-${experiment.id}`} type="date" value={experiment.startDate} onChange={(e) => edit({ startDate: e.target.value }, 'start date')} />
        </div>
        <div className="field">
          <label htmlFor={`end-${experiment.id}`}>End date</label>
          <input id={`end-${experiment.id}`} type="date" value={experiment.endDate} onChange={(e) => edit({ endDate: e.target.value }, 'end date')} />
        </div>
      </div>
      <TouchList experiment={experiment} />
      <LearningLog experiment={experiment} />
      <div className="inspector__actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            dispatch(removeExperiment(experiment.id));
            setTouchMode(null);
            openExperiment(null);
          }}
        >
          Delete experiment
        </button>
      </div>
    </section>
  );
}
