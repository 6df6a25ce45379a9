/**
 * The invitation everyone with the map open sees while a round is open (the
 * round is in the map, so in a live room it reaches everyone): "Rate 12
 * links", with the results beside it. The newest open round comes first.
 */
import { useMemo } from 'react';
import { roundLinks, viewOf } from '../../model/linkViews.ts';
import { count } from '../../model/plural.ts';
import { loadIdentity } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useRoundUi } from './roundUi.ts';
import './rounds.css';

export function RoundBanner() {
  const rounds = useMapStore((s) => s.doc.ratingRounds);
  const doc = useMapStore((s) => s.doc);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  const open = useMemo(() => Object.values(rounds).filter((r) => r.status === 'open').sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [rounds]);
  if (!open.length) return null;
  const me = loadIdentity().participant;
  return (
    <div className="banner round-banner" role="region" aria-label="Rating rounds">
      {open.map((round) => {
        const links = roundLinks(doc, round);
        const mine = links.filter((id) => viewOf(doc, id, me, round.id)).length;
        return (
          <p key={round.id} className="round-banner__round">
            <strong>Rating round: {round.title}.</strong>{' '}
            <span>{mine ? `You rated ${mine} of ${links.length}.` : `Everyone is asked to rate ${count(links.length, 'link')}.`}</span>
            {!readOnly && (
              <button type="button" className="primary" onClick={() => useRoundUi.getState().rate(round.id)}>
                {mine && mine < links.length ? `Rate the other ${links.length - mine}` : mine ? 'Change my ratings' : `Rate ${count(links.length, 'link')}`}
              </button>
            )}
            <button type="button" onClick={() => useRoundUi.getState().showResults(round.id)}>
              Results
            </button>
          </p>
        );
      })}
    </div>
  );
}
