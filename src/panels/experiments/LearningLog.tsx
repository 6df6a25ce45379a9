/** An experiment's learning log: dated entries of what we did, what happened, what we learned, what next. */
import { useId, useState } from 'react';
import { addLogEntry, newLogEntry, removeLogEntry, sortedLog, today } from '../../model/experiments.ts';
import type { Experiment, LogEntry } from '../../model/types.ts';
import { useMapStore } from '../../store/mapStore.ts';

const PERSPECTIVES = ['resident', 'practitioner', 'manager', 'partner'];

function Entry({ entry, onDelete }: { entry: LogEntry; onDelete(): void }) {
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

function NewEntryForm({ experiment, onDone }: { experiment: Experiment; onDone(): void }) {
  const [entry, setEntry] = useState(() => newLogEntry({ date: today() }));
  const [measure, setMeasure] = useState({ name: '', value: '', unit: '' });
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
      aria-label="New log entry"
      onSubmit={(e) => {
        e.preventDefault();
        const hasMeasure = measure.name.trim() || measure.value.trim();
        const value = Number(measure.value);
        if (hasMeasure && (!measure.value.trim() || !Number.isFinite(value))) {
          setError('The measure needs a number as its value.');
          return;
        }
        useMapStore.getState().dispatch(
          addLogEntry(experiment.id, {
            ...entry,
            measure: hasMeasure ? { name: measure.name.trim() || 'Measure', value, unit: measure.unit.trim() } : null,
          }),
        );
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
        <button type="submit">Add log entry</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function LearningLog({ experiment }: { experiment: Experiment }) {
  const [adding, setAdding] = useState(false);
  const dispatch = useMapStore((s) => s.dispatch);
  const entries = sortedLog(experiment);
  return (
    <section className="learning-log" aria-labelledby="log-heading">
      <h3 id="log-heading">Learning log ({entries.length})</h3>
      {adding ? (
        <NewEntryForm experiment={experiment} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New log entry
        </button>
      )}
      <ul className="plain-list">
        {entries.map((e) => (
          <Entry key={e.id} entry={e} onDelete={() => dispatch(removeLogEntry(experiment.id, e.id))} />
        ))}
      </ul>
    </section>
  );
}
