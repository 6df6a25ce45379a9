/**
 * "New map ▾": an empty map, or one of the example maps and the example
 * learning stack in examples/. One
 * menu for both, so the toolbar keeps to one row on a 1280-pixel screen.
 */
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss.ts';
import { EXAMPLES } from '../services/examples.ts';
import { newMap, openExample } from '../services/maps.ts';
import { openStackExampleOnCanvas } from '../services/stacks.ts';
import { appSession } from '../ui/appSession.ts';

export function NewMapMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, ref, opener);

  return (
    <div className="menu" ref={ref}>
      <button ref={opener} type="button" aria-haspopup="menu" aria-expanded={open} aria-label="New map" title="Start an empty map, or open an example" onClick={() => setOpen(!open)}>
        New map <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="menu__list" role="menu" aria-label="New map">
          <li role="none">
            <button
              type="button"
              role="menuitem"
              autoFocus
              onClick={() => {
                setOpen(false);
                void newMap(appSession);
              }}
            >
              <span className="menu__title">Empty map</span>
              <span className="menu__summary">Start from nothing: the map asks for its outcome first</span>
            </button>
          </li>
          <li role="none">
            <span className="menu__heading" aria-hidden="true">
              Examples
            </span>
            <ul role="group" aria-label="Example maps" className="menu__group">
              {EXAMPLES.map((ex) => (
                <li key={ex.file} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    onClick={() => {
                      setOpen(false);
                      void openExample(appSession, ex.file);
                    }}
                  >
                    <span className="menu__title">{ex.title}</span>
                    <span className="menu__summary">{ex.summary}</span>
                  </button>
                </li>
              ))}
              <li role="none">
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    setOpen(false);
                    void openStackExampleOnCanvas(appSession, 'early-help-riverside.json');
                  }}
                >
                  <span className="menu__title">Early help in Riverside (example stack)</span>
                  <span className="menu__summary">A learning stack: a place partnership, two family hubs and one family, with their experiments, patterns and promises connected</span>
                </button>
              </li>
            </ul>
          </li>
        </ul>
      )}
    </div>
  );
}
