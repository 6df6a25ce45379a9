/**
 * Following a facilitator who presents saved views: their step's title and
 * question over my canvas ("2 of 5"), and the view's lens and filter on my
 * map too (the place comes with "Follow me"). Text from another browser is
 * shown as text and was capped when read (services/room/presenting.ts).
 */
import { useEffect } from 'react';
import { toLens } from '../../views/savedLens.ts';
import { appSession, useRoom } from '../../ui/appSession.ts';

export function FollowedStep() {
  const step = useRoom((s) => (s.following ? (s.people.find((p) => p.participant === s.following)?.presenting ?? null) : null));
  const viewId = step?.viewId;
  useEffect(() => {
    if (!viewId) return;
    const { doc } = appSession.map.getState();
    const view = doc.views[viewId];
    if (!view) return;
    const state = appSession.view.getState();
    state.setLens(toLens(view.lens, doc));
    state.setFilter(view.filter);
  }, [viewId]);
  if (!step) return null;
  return (
    <section className="followed-step" aria-label="The presenter's view" aria-live="polite">
      <h2 className="followed-step__title">{step.title}</h2>
      {step.question && <p className="followed-step__question">{step.question}</p>}
      <p className="followed-step__count">
        {step.step} of {step.total}
      </p>
    </section>
  );
}
