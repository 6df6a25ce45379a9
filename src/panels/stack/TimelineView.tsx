/** Stewardship: reviews, experiments and enabler reviews on one timeline, with what is overdue flagged. */
import { useState } from 'react';
import { addReview } from '../../model/stack/operations.ts';
import { timeline } from '../../model/stack/stewardship.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';

export function TimelineView({ stack, maps }: { stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const today = new Date().toISOString().slice(0, 10);
  const items = timeline(stack, maps, today);
  const [mapId, setMapId] = useState(Object.keys(stack.maps)[0] ?? '');
  const [noticed, setNoticed] = useState('');
  const [change, setChange] = useState('');
  const [next, setNext] = useState('');
  return (
    <div className="timeline">
      <form
        className="enabler-form"
        aria-label="Add a review"
        onSubmit={(e) => {
          e.preventDefault();
          appSession.stack.getState().dispatch(addReview({ mapId, date: today, noticed: noticed.trim(), willChange: change.trim(), nextReview: next }));
          setNoticed('');
          setChange('');
        }}
      >
        <select aria-label="Review of which map" value={mapId} onChange={(e) => setMapId(e.target.value)}>
          {Object.values(stack.maps).map((m) => (
            <option key={m.mapId} value={m.mapId}>
              {m.title}
            </option>
          ))}
        </select>
        <input aria-label="What we noticed" placeholder="What we noticed" value={noticed} onChange={(e) => setNoticed(e.target.value)} />
        <input aria-label="What we will change" placeholder="What we will change" value={change} onChange={(e) => setChange(e.target.value)} />
        <input aria-label="Next review" type="date" value={next} onChange={(e) => setNext(e.target.value)} />
        <button type="submit" disabled={!mapId}>
          Add review
        </button>
      </form>
      <ol className="timeline__list">
        {items.map((item, i) => (
          <li key={i} className={item.overdue ? 'timeline__item timeline__item--overdue' : 'timeline__item'}>
            <time>{item.date}</time> <span className="muted">{stack.maps[item.mapId]?.title ?? ''}</span> {item.text}
            {item.overdue && <span className="stack-badge stack-badge--overdue">Overdue</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
