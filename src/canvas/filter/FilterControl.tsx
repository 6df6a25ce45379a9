/**
 * The lens bar's "Filter" button and the popover it opens (FilterPanel).
 * Escape or a press outside closes it, and Escape puts focus back on the button.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useViewStore } from '../../ui/appSession.ts';
import { useDismiss } from '../../ui/useDismiss.ts';
import { isFilterOn } from '../../views/filter.ts';
import { FilterPanel } from './FilterPanel.tsx';
import './filter.css';

export function FilterControl() {
  const on = useViewStore((s) => isFilterOn(s.filter));
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, ref, opener);
  // Opened, the first choice takes focus, so the keyboard is in the panel straight away.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, button:not(:disabled)')?.focus();
  }, [open]);

  return (
    <span className="filter-control" ref={ref}>
      <button ref={opener} type="button" aria-expanded={open} aria-controls="filter-panel" aria-pressed={on} onClick={() => setOpen(!open)} title="Focus on the selection, or leave out themes, kinds, tags, link confidences or perspectives">
        Filter{on ? ' (on)' : ''} ▾
      </button>
      {open && (
        <div id="filter-panel" ref={panel} className="filter-panel" role="dialog" aria-label="Filter the map">
          <FilterPanel />
        </div>
      )}
    </span>
  );
}
