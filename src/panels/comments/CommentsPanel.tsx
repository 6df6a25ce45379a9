/**
 * The side panel's Comments tab: every open thread on the map, most recently
 * active first, each saying what it is about (click to select it and bring
 * it into view), then the resolved ones folded away. Reflection points can be
 * recorded from here for the nodes selected on the map.
 */
import { useMemo } from 'react';
import { lastActivity } from '../../model/comments.ts';
import { count } from '../../model/plural.ts';
import type { CommentThread } from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { RecordWhatWeNoticed } from '../reflections/ReflectionForm.tsx';
import { targetPlace } from './targets.ts';
import { Thread } from './Thread.tsx';

function About({ thread }: { thread: CommentThread }) {
  const doc = useMapStore((s) => s.doc);
  const place = targetPlace(doc, thread.target);
  if (!place.present || thread.target.kind === 'map') return <span className="comments-panel__about">{place.label}</span>;
  const go = () => {
    const map = useMapStore.getState();
    const view = useViewStore.getState();
    if (thread.target.kind === 'node') map.select({ nodeIds: place.nodeIds });
    else if (thread.target.kind === 'link') map.select({ linkIds: place.linkIds });
    else view.setLens({ kind: 'highlight', nodeIds: place.nodeIds, linkIds: place.linkIds, caption: place.label });
    view.focusOn(place.nodeIds);
  };
  return (
    <button type="button" className="link-button comments-panel__about" onClick={go} aria-label={`Show ${place.label} on the map`}>
      {place.label}
    </button>
  );
}

export function CommentsPanel() {
  const comments = useMapStore((s) => s.doc.comments);
  const [open, resolved] = useMemo(() => {
    const all = Object.values(comments).sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)) || a.id.localeCompare(b.id));
    return [all.filter((t) => !t.resolved), all.filter((t) => t.resolved)];
  }, [comments]);
  return (
    <section className="comments-panel" aria-labelledby="comments-panel-heading">
      <h2 id="comments-panel-heading">Comments</h2>
      <RecordWhatWeNoticed />
      <h3 className="comments__heading" id="open-threads-heading">
        Open threads ({open.length})
      </h3>
      {open.length === 0 && <p className="muted">No open threads. Start one from the inspector on a node, a link or the map, or on a loop in Analysis.</p>}
      <ul className="plain-list" aria-labelledby="open-threads-heading">
        {open.map((t) => (
          <li key={t.id}>
            <Thread thread={t} about={<About thread={t} />} />
          </li>
        ))}
      </ul>
      {resolved.length > 0 && (
        <details className="comments__resolved">
          <summary>{count(resolved.length, 'resolved thread')}</summary>
          <ul className="plain-list" aria-label="Resolved threads">
            {resolved.map((t) => (
              <li key={t.id}>
                <Thread thread={t} about={<About thread={t} />} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
