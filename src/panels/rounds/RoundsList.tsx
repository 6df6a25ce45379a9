/** Every rating round on the map, open or closed, with its results (a home for closed rounds, in the analysis panel). */
import { useMemo } from 'react';
import { roundLinks } from '../../model/linkViews.ts';
import { count } from '../../model/plural.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useRoundUi } from './roundUi.ts';

export function RoundsList() {
  const doc = useMapStore((s) => s.doc);
  const rounds = useMemo(() => Object.values(doc.ratingRounds).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [doc.ratingRounds]);
  if (!rounds.length) return null;
  return (
    <section aria-labelledby="rounds-heading" className="rounds-list">
      <h3 id="rounds-heading">Rating rounds</h3>
      <ul className="plain-list">
        {rounds.map((r) => (
          <li key={r.id} className="row">
            <span>
              {r.title} <span className="muted">({count(roundLinks(doc, r).length, 'link')}, {r.status})</span>
            </span>
            <button type="button" onClick={() => useRoundUi.getState().showResults(r.id)} aria-label={`Results of ${r.title}`}>
              Results
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
