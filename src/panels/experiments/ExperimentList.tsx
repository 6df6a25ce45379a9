/** All experiments on the map: a sortable, filterable table, and a timeline of what was learned. */
import { useMemo, useState } from 'react';
import { addExperiment, newExperiment } from '../../model/experiments.ts';
import { EXPERIMENT_STATUSES, LEARNING_PHASES, PHASE_LABELS, STATUS_LABELS, type Experiment } from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { Timeline } from './Timeline.tsx';
import { SortHeader } from '../SortHeader.tsx';

type SortKey = 'title' | 'status' | 'phase' | 'owner' | 'startDate' | 'endDate' | 'touched';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Experiment' },
  { key: 'status', label: 'Status' },
  { key: 'phase', label: 'Phase' },
  { key: 'owner', label: 'Owner' },
  { key: 'startDate', label: 'Start' },
  { key: 'endDate', label: 'End' },
  { key: 'touched', label: 'Touched' },
];

function sortValue(e: Experiment, key: SortKey): string | number {
  if (key === 'touched') return Object.keys(e.touches).length;
  if (key === 'status') return EXPERIMENT_STATUSES.indexOf(e.status);
  if (key === 'phase') return LEARNING_PHASES.indexOf(e.phase);
  return e[key].toLowerCase();
}

function sortExperiments(list: Experiment[], key: SortKey, ascending: boolean): Experiment[] {
  return [...list].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const order = x < y ? -1 : x > y ? 1 : a.title.localeCompare(b.title);
    return ascending ? order : -order;
  });
}

export function ExperimentList() {
  const experiments = useMapStore((s) => s.doc.experiments);
  const scale = useMapStore((s) => s.doc.meta.scale);
  const open = useViewStore((s) => s.openExperiment);
  const [view, setView] = useState<'table' | 'timeline'>('table');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'status', ascending: true });
  const [status, setStatus] = useState('');
  const [phase, setPhase] = useState('');
  const [text, setText] = useState('');

  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    const filtered = Object.values(experiments).filter(
      (e) => (!status || e.status === status) && (!phase || e.phase === phase) && (!q || `${e.title} ${e.owner} ${e.hypothesis}`.toLowerCase().includes(q)),
    );
    return sortExperiments(filtered, sort.key, sort.ascending);
  }, [experiments, status, phase, text, sort]);

  const create = () => {
    const e = newExperiment({}, scale);
    useMapStore.getState().dispatch(addExperiment(e));
    open(e.id);
  };

  return (
    <section className="experiments" aria-labelledby="experiments-heading">
      <div className="experiments__head">
        <h2 id="experiments-heading">Experiments ({Object.keys(experiments).length})</h2>
        <button type="button" onClick={create}>
          New experiment
        </button>
      </div>
      <div className="segmented" role="group" aria-label="Experiments view">
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          Table
        </button>
        <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
          Learning timeline
        </button>
      </div>
      {view === 'timeline' ? (
        <Timeline />
      ) : (
        <>
          <div className="experiments__filters">
            <input type="search" aria-label="Filter experiments by text" placeholder="Filter…" value={text} onChange={(e) => setText(e.target.value)} />
            <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Any status</option>
              {EXPERIMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
            <select aria-label="Filter by phase" value={phase} onChange={(e) => setPhase(e.target.value)}>
              <option value="">Any phase</option>
              {LEARNING_PHASES.map((p) => (
                <option key={p} value={p}>
                  {PHASE_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="table-scroll">
            <table className="experiments__table">
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <SortHeader key={c.key} column={c.key} label={c.label} sort={sort} onSort={setSort} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <button type="button" className="link-button" onClick={() => open(e.id)}>
                        {e.title || 'Untitled experiment'}
                      </button>
                    </td>
                    <td className="nowrap">
                      <StatusIcon status={e.status} /> {STATUS_LABELS[e.status]}
                    </td>
                    <td>{PHASE_LABELS[e.phase]}</td>
                    <td>{e.owner}</td>
                    <td className="nowrap">{e.startDate}</td>
                    <td className="nowrap">{e.endDate}</td>
                    <td className="num">{Object.keys(e.touches).length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {rows.length === 0 && <p className="muted">{Object.keys(experiments).length ? 'No experiment matches the filters.' : 'No experiments yet. Start one here, or from a node with “New experiment here”.'}</p>}
          </div>
        </>
      )}
    </section>
  );
}
