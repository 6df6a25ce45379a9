/** Every learning-log entry across the map's experiments, newest first. */
import { useMemo } from 'react';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';

export function Timeline() {
  const experiments = useMapStore((s) => s.doc.experiments);
  const open = useViewStore((s) => s.openExperiment);
  const entries = useMemo(
    () =>
      Object.values(experiments)
        .flatMap((e) => Object.values(e.log).map((entry) => ({ e, entry })))
        .sort((a, b) => b.entry.date.localeCompare(a.entry.date)),
    [experiments],
  );
  if (!entries.length) return <p className="muted">No learning-log entries yet.</p>;
  return (
    <ol className="timeline" aria-label="Learning timeline">
      {entries.map(({ e, entry }) => (
        <li key={entry.id}>
          <time dateTime={entry.date}>{entry.date || 'No date'}</time>
          <button type="button" className="link-button" onClick={() => open(e.id)}>
            {e.title}
          </button>
          <p>{entry.learned || entry.happened || entry.did}</p>
          {entry.measure && (
            <p className="muted">
              {entry.measure.name}: {entry.measure.value} {entry.measure.unit}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
