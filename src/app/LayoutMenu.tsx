/** "Lay out": pick an algorithm for the whole map or the selection. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss.ts';
import { preloadLayoutWorker } from '../layout/browser/client.ts';
import type { LayoutAlgorithm } from '../layout/types.ts';

import { LAYOUT_NAMES, startLayout } from '../services/autoLayout.ts';
import { appSession, useMapStore } from '../ui/appSession.ts';

const SHOWN: LayoutAlgorithm[] = ['tidy', 'layered', 'clustered', 'radial', 'organic', 'elk-layered'];

export function LayoutMenu() {
  const [open, setOpen] = useState(false);
  const [selectionOnly, setSelectionOnly] = useState(false);
  const selected = useMapStore((s) => s.selection.nodeIds.length);
  const ref = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, ref, opener);

  useEffect(() => {
    if (!open) return;
    preloadLayoutWorker();
  }, [open]);

  return (
    <div className="menu" ref={ref}>
      <button ref={opener} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Arrange the map automatically">
        Lay out ▾
      </button>
      {open && (
        // The checkbox sits beside the menu, not in it: a menu may hold only menu items.
        <div className="menu__list menu__list--left">
          <label className="menu__check">
            <input type="checkbox" checked={selectionOnly && selected > 1} disabled={selected < 2} onChange={(e) => setSelectionOnly(e.target.checked)} /> Only the{' '}
            {selected > 1 ? `${selected} selected nodes` : 'selection (select 2 or more nodes)'}
          </label>
          <div role="menu" aria-label="Layouts">
            {SHOWN.map((algorithm, i) => {
              const [name, detail] = LAYOUT_NAMES[algorithm].split(': ');
              return (
                <button
                  key={algorithm}
                  type="button"
                  role="menuitem"
                  autoFocus={i === 0}
                  onClick={() => {
                    setOpen(false);
                    startLayout(appSession, algorithm, selectionOnly && selected > 1);
                  }}
                >
                  <span className="menu__title">Lay out: {name}</span>
                  {detail && <span className="menu__summary">{detail}</span>}
                </button>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
