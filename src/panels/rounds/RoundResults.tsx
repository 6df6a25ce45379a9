/**
 * A rating round's results: per link its verdict, mean signed strength and
 * number of views, and per perspective its mean for each link, so a room can
 * see where people agree and which perspectives see a link differently.
 */
import { useMemo } from 'react';
import { meanWords, perspectiveName, roundSummary, verdictWords } from '../../analysis/linkViews.ts';
import { count } from '../../model/plural.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useDialog } from '../live/useDialog.ts';
import { RoundActions } from './RoundActions.tsx';
import { useRoundUi } from './roundUi.ts';
import './rounds.css';

const MARK = { contested: '≠', agreed: '=', 'one view': '·', 'no views': '–' } as const;

export function RoundResults() {
  const roundId = useRoundUi((s) => s.results);
  const doc = useMapStore((s) => s.doc);
  const round = roundId ? doc.ratingRounds[roundId] : undefined;
  const ref = useDialog(!!round);
  const summary = useMemo(() => (roundId ? roundSummary(doc, roundId) : null), [doc, roundId]);
  const close = () => useRoundUi.getState().showResults(null);
  if (!round || !summary) return <dialog ref={ref} className="round-results" aria-label="Round results" onClose={close} />;
  const name = (linkId: string) => {
    const l = doc.links[linkId]!;
    return `${doc.nodes[l.source]?.label ?? '?'} → ${doc.nodes[l.target]?.label ?? '?'}`;
  };
  const contested = summary.links.filter((l) => l.agreement.verdict === 'contested').length;

  return (
    <dialog ref={ref} className="round-results" aria-labelledby="results-heading" onClose={close}>
      <header className="rating-cards__head">
        <h2 id="results-heading">Results: {round.title}</h2>
        <button type="button" onClick={close} aria-label="Close the results">
          Close
        </button>
      </header>
      <p role="status">
        {count(summary.people, 'person')} rated {count(summary.links.length, 'link')}; {count(contested, 'link')} contested. The round is {round.status}.
      </p>
      <p className="muted">Mean: + for same direction, − for opposite, 1 weak to 3 strong; “? unknown” views are counted but not in the mean.</p>
      <div className="round-results__scroll">
        <table className="round-results__table">
          <caption>Per link</caption>
          <thead>
            <tr>
              <th scope="col">Link</th>
              <th scope="col">Verdict</th>
              <th scope="col">Mean</th>
              <th scope="col">Views</th>
            </tr>
          </thead>
          <tbody>
            {summary.links.map(({ linkId, agreement }) => (
              <tr key={linkId}>
                <th scope="row">{name(linkId)}</th>
                <td className={`verdict--${agreement.verdict.replace(' ', '-')}`}>
                  <span aria-hidden="true">{MARK[agreement.verdict]} </span>
                  {verdictWords(agreement)}
                </td>
                <td>{agreement.count ? meanWords(agreement.mean) : '–'}</td>
                <td>{agreement.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {summary.perspectives.length > 0 && (
          <table className="round-results__table">
            <caption>Per perspective: mean of each link (people)</caption>
            <thead>
              <tr>
                <th scope="col">Link</th>
                {summary.perspectives.map((p) => (
                  <th scope="col" key={p.perspectiveId}>
                    {perspectiveName(doc, p.perspectiveId)} ({p.people})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {summary.links.map(({ linkId }) => (
                <tr key={linkId}>
                  <th scope="row">{name(linkId)}</th>
                  {summary.perspectives.map((p) => (
                    <td key={p.perspectiveId}>{p.means[linkId] === undefined || p.means[linkId] === null ? '–' : meanWords(p.means[linkId]!)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <RoundActions roundId={round.id} />
    </dialog>
  );
}
