/**
 * While a filter is on, it is stated on the canvas in words, with how much it
 * leaves out and a way to clear it, so nobody forgets part of the map is away
 * (in projector mode too, where the lens bar is not shown).
 */
import { useMemo } from 'react';
import { NO_FILTER } from '../../model/sensemaking.ts';
import { count, formatNumber } from '../../model/plural.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { describeFilter, filterOut, isFilterOn } from '../../views/filter.ts';
import './filter.css';

export function FilterBanner() {
  const filter = useViewStore((s) => s.filter);
  const doc = useMapStore((s) => s.doc);
  const on = isFilterOn(filter);
  const words = useMemo(() => (on ? describeFilter(doc, filter) : ''), [on, doc, filter]);
  const out = useMemo(() => (on ? filterOut(doc, filter).nodes.size : 0), [on, doc, filter]);
  if (!on || !words) return null;
  const total = Object.keys(doc.nodes).length;
  return (
    <div className="filter-banner" role="status" aria-label="Filter">
      <span className="filter-banner__words">
        <strong>Filter on:</strong> {words}.{' '}
        <span className="filter-banner__count">
          {count(total - out, 'node')} of {formatNumber(total)} shown{out ? `, the rest ${filter.mode === 'hide' ? 'hidden' : 'faded'}` : ''}.
        </span>
      </span>
      <button type="button" onClick={() => useViewStore.getState().setFilter({ ...NO_FILTER, mode: filter.mode })}>
        Clear filter
      </button>
    </div>
  );
}
