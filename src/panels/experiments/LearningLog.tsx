/** An experiment's learning log: dated entries of what we did, what happened, what we learned, what next. */
import { useId, useState } from 'react';
import { addLogEntry, newLogEntry, removeLogEntry, sortedLog, today, updateLogEntry } from '../../model/experiments.ts';
import type { Experiment, LogEntry } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';

const PERSPECTIVES = ['resident', 'practitioner', 'manager', 'partner'];

function Entry({ entry, onEdit, onDelete }: { entry: LogEntry; onEdit(): void; onDelete(): void }) {
  const rows: [string, string][] = [
    ['What we did', entry.did],
    ['What happened', entry.happened],
    ['What we learned', entry.learned],
    ['What next', entry.next],
  ];
  return (
    <li className="log-entry">
      <div className="log-entry__head">
        <strong>{entry.date || 'No date'}</strong>
        {entry.perspectives.length > 0 && <span className="muted"> · {entry.perspectives.join(', ')}</span>}
        <button type="button" className="link-button" aria-label={`Edit log entry of ${entry.date}`} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="link-button" aria-label={`Delete log entry of ${entry.date}`} onClick={onDelete}>
          Delete
        </button>
      </div>
      <dl>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        {entry.measure && (
          <div>
            <dt>Measure</dt>
            <dd>
              {entry.measure.name}: <strong>{entry.measure.value}</strong> {entry.measure.unit}
            </dd>
          </div>
        )}
      </dl>
      {entry.story && <blockquote>“{entry.story}”</blockquote>}
    </li>
  );
}

/** Writes a new entry, or edits `editing` when given. */
function EntryForm({ experiment, editing, onDone }: { experiment: Experiment; editing?: LogEntry; onDone(): void }) {
  const [entry, setEntry] = useState(() => editing ?? newLogEntry({ date: today() }));
  const [measure, setMeasure] = useState(() =>
    editing?.measure ? { name: editing.measure.name, value: String(editing.measure.value), unit: editing.measure.unit } : { name: '', value: '', unit: '' },
  );
  const [error, setError] = useState('');
  const id = useId();
  const field = (key: 'did' | 'happened' | 'learned' | 'next' | 'story', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <textarea id={`${id}-${key}`} rows={2} value={entry[key]} onChange={(e) => setEntry({ ...entry, [key]: e.target.value })} />
    </div>
  );
  return (
    <form
      className="log-form"
      aria-label={editing ? 'Edit log entry' : 'New log entry'}
      onSubmit={(e) => {
        e.preventDefault();
        const hasMeasure = measure.name.trim() || measure.value.trim();
        const value = Number(measure.value);
        if (hasMeasure && (!measure.value.trim() || !Number.isFinite(value))) {
          setError('The measure needs a number as its value.');
          return;
        }
        const written = { ...entry, measure: hasMeasure ? { name: measure.name.trim() || 'Measure', value, unit: measure.unit.trim() } : null };
        const { id: _id, ...patch } = written;
        useMapStore.getState().dispatch(editing ? updateLogEntry(experiment.id, editing.id, patch) : addLogEntry(experiment.id, written));
        onDone();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-date`}>Date</label>
        <input id={`${id}-date`} type="date" value={entry.date} onChange={(e) => setEntry({ ...entry, date: e.target.value })} />
      </div>
      {field('did', 'What we did')}
      {field('happened', 'What happened')}
      {field('learned', 'What we learned')}
      {field('next', 'What next')}
      <fieldset className="field measure">
        <legend>Measure (optional)</legend>
        <input aria-label="Measure name" placeholder="e.g. Calls to the council" value={measure.name} onChange={(e) => setMeasure({ ...measure, name: e.target.value })} />
        <input aria-label="Measure value" inputMode="decimal" placeholder="Value" value={measure.value} onChange={(e) => setMeasure({ ...measure, value: e.target.value })} />
        <input aria-label="Measure unit" placeholder="Unit" value={measure.unit} onChange={(e) => setMeasure({ ...measure, unit: e.target.value })} />
      </fieldset>
      {field('story', 'Story or quote (optional)')}
      <fieldset className="field perspectives">
        <legend>Whose perspective</legend>
        {PERSPECTIVES.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={entry.perspectives.includes(p)}
              onChange={(e) => setEntry({ ...entry, perspectives: e.target.checked ? [...entry.perspectives, p] : entry.perspectives.filter((x) => x !== p) })}
            />{' '}
            {p}
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit">{editing ? 'Save log entry' : 'Add log entry'}</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function LearningLog({ experiment }: { experiment: Experiment }) {
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const dispatch = useMapStore((s) => s.dispatch);
  const entries = sortedLog(experiment);
  return (
    <section className="learning-log" aria-labelledby="log-heading">
      <h3 id="log-heading">Learning log ({entries.length})</h3>
      {adding ? (
        <EntryForm experiment={experiment} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New log entry
        </button>
      )}
      <ul className="plain-list">
        {entries.map((e) =>
          e.id === editingId ? (
            <li key={e.id}>
              <EntryForm experiment={experiment} editing={e} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <Entry key={e.id} entry={e} onEdit={() => setEditingId(e.id)} onDelete={() => dispatch(removeLogEntry(experiment.id, e.id))} />
          ),
        )}
      </ul>
    </section>
  );
}
