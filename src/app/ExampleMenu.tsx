/** "Open example": lists the maps in examples/. */
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss.ts';
import { EXAMPLES } from '../services/examples.ts';
import { openExample } from '../services/maps.ts';
import { openStackExampleOnCanvas } from '../services/stacks.ts';
import { appSession } from '../ui/appSession.ts';

export function ExampleMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, ref, opener);

  return (
    <div className="menu" ref={ref}>
      <button ref={opener} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Open example ▾
      </button>
      {open && (
        <ul className="menu__list" role="menu" aria-label="Example maps">
          {EXAMPLES.map((ex) => (
            <li key={ex.file} role="none">
              <button
                type="button"
                role="menuitem"
                autoFocus={ex === EXAMPLES[0]}
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
      )}
    </div>
  );
}
