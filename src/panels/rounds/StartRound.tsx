/**
 * "Start a rating round on 4 links": a facilitator (or someone mapping alone)
 * names the round and starts it; everyone with the map open then sees the
 * invitation to rate them.
 */
import { useId, useState } from 'react';
import { newRatingRound, startRatingRound } from '../../model/linkViews.ts';
import { count } from '../../model/plural.ts';
import type { Id } from '../../model/types.ts';
import { announce } from '../../ui/announce.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useMayFacilitate } from './roundUi.ts';
import './rounds.css';

export function StartRound({ linkIds, what }: { linkIds: Id[]; what?: string }) {
  const may = useMayFacilitate();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const titleId = useId();
  if (!may || linkIds.length === 0) return null;
  const label = `Start a rating round on ${what ?? count(linkIds.length, 'link')}`;
  if (!open)
    return (
      <button type="button" className="start-round" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <form
      className="start-round__form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const round = newRatingRound(title || `Rate ${count(linkIds.length, 'link')}`, linkIds);
        useMapStore.getState().dispatch(startRatingRound(round));
        announce(`Rating round started: ${round.title}`);
        setOpen(false);
        setTitle('');
      }}
    >
      <label htmlFor={titleId}>Round title</label>
      <input id={titleId} type="text" maxLength={200} value={title} placeholder={`Rate ${count(linkIds.length, 'link')}`} onChange={(e) => setTitle(e.target.value)} autoFocus />
      <div className="row">
        <button type="submit" className="primary">
          Start the round
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
