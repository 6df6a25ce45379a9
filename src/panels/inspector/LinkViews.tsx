/**
 * Where people disagree about one link: the verdict in words, everyone's views
 * grouped by the perspective they speak from, and "Your view" (given beside
 * the map's value, never overwriting it), stamped with my voice.
 */
import { useEffect, useMemo, useState } from 'react';
import { agreementOf, meanWords, perspectiveName, verdictWords, viewsByLink, type LinkAgreement } from '../../analysis/linkViews.ts';
import { giveLinkView, newLinkView, viewOf, withdrawLinkView, type ViewFields as Fields } from '../../model/linkViews.ts';
import { NO_PERSPECTIVE } from '../../model/sensemaking.ts';
import { strengthLevel, type Link, type LinkView } from '../../model/types.ts';
import { currentVoice, loadIdentity } from '../../services/room/identity.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useReadOnly } from './readOnly.ts';
import { ViewFields, type ViewWords } from './ViewFields.tsx';

const POLARITY_WORDS = { '+': '+ same direction', '-': '− opposite direction', '?': '? unknown or mixed' } as const;

const YOUR_VIEW_WORDS: ViewWords = {
  polarity: 'Your polarity',
  strength: 'Your strength',
  confidence: 'Your confidence',
  why: 'Why you see it so (a sentence)',
  polarities: { '+': '+ Same', '-': '− Opposite', '?': '? Unknown' },
};

/** The verdict as a sentence: what it is, how many, the mean, and what "contested" means here. */
export function verdictSentence(a: LinkAgreement): string {
  if (a.verdict === 'no views') return 'No one has given a view of this link yet.';
  const mean = ` Mean ${meanWords(a.mean)}.`;
  if (a.verdict === 'one view') return `One view so far.${mean}`;
  const words = verdictWords(a);
  const sentence = words[0]!.toUpperCase() + words.slice(1) + '.';
  return a.verdict === 'contested' ? `${sentence} People differ in direction, or one says weak where another says strong.${mean}` : `${sentence} Same direction, strengths close.${mean}`;
}

/** "Sam · + same direction, strong, high confidence". */
export function viewLine(v: LinkView): string {
  return `${v.voice.name || 'anonymous'} · ${POLARITY_WORDS[v.polarity]}, ${strengthLevel(v.strength)}, ${v.confidence} confidence`;
}

export function ViewsByPerspective({ views }: { views: readonly LinkView[] }) {
  const doc = useMapStore((s) => s.doc);
  const agreement = useMemo(() => agreementOf(views, { perspectives: doc.perspectives }), [views, doc.perspectives]);
  const keyOf = (v: LinkView) => (v.voice.perspectiveId !== null && doc.perspectives[v.voice.perspectiveId] ? v.voice.perspectiveId : NO_PERSPECTIVE);
  return (
    <div className="views-list">
      {agreement.perspectives.map((t) => (
        <section key={t.perspectiveId} aria-label={`${perspectiveName(doc, t.perspectiveId)}: ${t.count} ${t.count === 1 ? 'view' : 'views'}`}>
          <h4>
            {perspectiveName(doc, t.perspectiveId)} <span className="muted">({t.count}, mean {meanWords(t.mean)})</span>
          </h4>
          <ul className="plain-list">
            {views
              .filter((v) => keyOf(v) === t.perspectiveId)
              .map((v) => (
                <li key={v.id} className="view-item">
                  <span>{viewLine(v)}</span>
                  {v.why && <q className="view-item__why">{v.why}</q>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function fieldsOf(v: Pick<LinkView, 'polarity' | 'strength' | 'confidence'> & { why?: string }): Fields {
  return { polarity: v.polarity, strength: v.strength, confidence: v.confidence, why: v.why ?? '' };
}

export function LinkViews({ link }: { link: Link }) {
  const readOnly = useReadOnly();
  const doc = useMapStore((s) => s.doc);
  const dispatch = useMapStore((s) => s.dispatch);
  const views = useMemo(() => viewsByLink(doc).get(link.id) ?? [], [doc, link.id]);
  const agreement = useMemo(() => agreementOf(views, { perspectives: doc.perspectives }), [views, doc.perspectives]);
  const me = loadIdentity().participant;
  const mine = viewOf(doc, link.id, me, null);
  const [draft, setDraft] = useState<Fields>(() => fieldsOf(mine ?? link));
  const [editing, setEditing] = useState(false);
  // Another link selected, or my view changed elsewhere (undo, another tab): start from what is there.
  useEffect(() => {
    setDraft(fieldsOf(mine ?? link));
    setEditing(false);
    // Only a different link or a different saved view resets the form; the map's own edits do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link.id, mine]);
  const voice = currentVoice(doc);
  const who = `${voice.name || 'anonymous'}${voice.perspectiveId ? `, ${perspectiveName(doc, voice.perspectiveId)}` : ', no perspective'}`;

  return (
    <section className="link-views" aria-labelledby="link-views-heading">
      <h3 id="link-views-heading">People’s views</h3>
      <p className={`verdict verdict--${agreement.verdict.replace(' ', '-')}`} role="status">
        <span aria-hidden="true" className="verdict__mark">
          {agreement.verdict === 'contested' ? '≠' : agreement.verdict === 'agreed' ? '=' : '·'}
        </span>{' '}
        {verdictSentence(agreement)}
      </p>
      {views.length > 0 && <ViewsByPerspective views={views} />}
      {!editing ? (
        <div className="inspector__actions">
          <button type="button" disabled={readOnly} onClick={() => setEditing(true)}>
            {mine ? 'Change my view…' : 'Give my view…'}
          </button>
          {mine && (
            <button type="button" disabled={readOnly} onClick={() => dispatch(withdrawLinkView(link.id, me, null))}>
              Withdraw my view
            </button>
          )}
        </div>
      ) : (
        // Folded away until asked for: the map's own fields above keep their words to themselves.
        <form
          className="your-view"
          aria-labelledby="your-view-heading"
          onSubmit={(e) => {
            e.preventDefault();
            dispatch(giveLinkView(newLinkView(link.id, currentVoice(doc), draft)));
            setEditing(false);
          }}
        >
          <h4 id="your-view-heading">Your view</h4>
          <p className="muted">Beside the map’s value, never instead of it. As {who}.</p>
          <ViewFields value={draft} words={YOUR_VIEW_WORDS} onChange={setDraft} />
          <div className="inspector__actions">
            <button type="submit" className="primary" disabled={readOnly}>
              {mine ? 'Update my view' : 'Give my view'}
            </button>
            <button type="button" onClick={() => (setEditing(false), setDraft(fieldsOf(mine ?? link)))}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
