/**
 * Rating a round's links, one card at a time: "Does more A make B more or
 * less? How strongly? How sure? Why?", with Back and Next. Next keeps my view
 * of that link for this round (replacing what I said before), so leaving half
 * way keeps what I rated. Sized for a phone as well as a laptop; every
 * control is reachable by keyboard.
 */
import { useEffect, useMemo, useState } from 'react';
import { giveLinkView, newLinkView, roundLinks, viewOf, type ViewFields as Fields } from '../../model/linkViews.ts';
import { count } from '../../model/plural.ts';
import { currentVoice, loadIdentity } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useDialog } from '../live/useDialog.ts';
import { ViewFields, type ViewWords } from '../inspector/ViewFields.tsx';
import { useRoundUi } from './roundUi.ts';
import './rounds.css';

function cardWords(from: string, to: string): ViewWords {
  return {
    polarity: `Does more “${from}” make “${to}” more or less?`,
    strength: 'How strongly?',
    confidence: 'How sure are you?',
    why: 'Why? (a sentence)',
    polarities: { '+': 'More', '-': 'Less', '?': 'Not sure / it depends' },
  };
}

export function RatingCards() {
  const roundId = useRoundUi((s) => s.rating);
  const doc = useMapStore((s) => s.doc);
  const round = roundId ? doc.ratingRounds[roundId] : undefined;
  const ref = useDialog(!!round);
  const links = useMemo(() => (round ? roundLinks(doc, round) : []), [doc, round]);
  const [at, setAt] = useState(0);
  const [done, setDone] = useState(false);
  const me = loadIdentity().participant;
  const linkId = links[Math.min(at, links.length - 1)];
  const link = linkId ? doc.links[linkId] : undefined;
  const mine = link && round ? viewOf(doc, link.id, me, round.id) : undefined;
  const [draft, setDraft] = useState<Fields | null>(null);
  // Each card starts from what I said of it in this round, else from the map's own value.
  useEffect(() => {
    const from = mine ?? link;
    setDraft(from ? { polarity: from.polarity, strength: from.strength, confidence: from.confidence, why: mine?.why ?? '' } : null);
    // A card is reset when it changes, not when the map around it does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkId, roundId]);
  useEffect(() => {
    setAt(0);
    setDone(false);
  }, [roundId]);
  const close = () => useRoundUi.getState().rate(null);
  if (!round) return <dialog ref={ref} className="rating-cards" aria-label="Rating round" onClose={close} />;

  const rated = links.filter((id) => viewOf(doc, id, me, round.id)).length;
  const from = link ? (doc.nodes[link.source]?.label ?? '?') : '';
  const to = link ? (doc.nodes[link.target]?.label ?? '?') : '';
  const closed = round.status === 'closed';
  const keep = () => {
    if (link && draft && !closed) useMapStore.getState().dispatch(giveLinkView(newLinkView(link.id, currentVoice(doc), draft, round.id)));
  };

  return (
    <dialog ref={ref} className="rating-cards" aria-labelledby="rating-heading" onClose={close}>
      <header className="rating-cards__head">
        <h2 id="rating-heading">{round.title}</h2>
        <button type="button" onClick={close} aria-label="Close the rating cards">
          Close
        </button>
      </header>
      {closed && <p role="status">This round is closed: you can look, but no longer rate.</p>}
      {done || !link || !draft ? (
        <div className="rating-card" role="group" aria-label="Done">
          <p role="status">
            Thank you: you rated {count(rated, 'link')} of {links.length}.
          </p>
          <div className="rating-card__nav">
            <button type="button" onClick={() => (setDone(false), setAt(0))}>
              Back to the first card
            </button>
            <button type="button" className="primary" onClick={() => useRoundUi.getState().showResults(round.id)}>
              See the results
            </button>
          </div>
        </div>
      ) : (
        <form
          className="rating-card"
          aria-label={`Card ${at + 1} of ${links.length}: ${from} → ${to}`}
          onSubmit={(e) => {
            e.preventDefault();
            keep();
            if (at + 1 < links.length) setAt(at + 1);
            else setDone(true);
          }}
        >
          <p className="rating-card__count">
            Card {at + 1} of {links.length} · {count(rated, 'link')} rated
          </p>
          <p className="rating-card__link">
            <span>{from}</span> <span aria-label="influences">→</span> <span>{to}</span>
          </p>
          <p className="muted">It starts at {mine ? 'what you said before' : 'the map’s own value'}; change what you see differently.</p>
          <fieldset className="rating-card__fields" disabled={closed}>
            <ViewFields value={draft} words={cardWords(from, to)} onChange={setDraft} />
          </fieldset>
          <div className="rating-card__nav">
            <button type="button" disabled={at === 0} onClick={() => setAt(at - 1)}>
              Back
            </button>
            <button type="submit" className="primary">
              {at + 1 < links.length ? 'Next' : 'Finish'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
