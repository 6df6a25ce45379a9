/** The list of every keyboard shortcut (press ?). Escape or Close puts focus back where it was. */
import { useEffect, useRef } from 'react';
import { SHORTCUT_GROUPS } from './shortcutList.ts';
import './shortcuts.css';

export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const closed = () => {
    onClose();
    const el = returnTo.current;
    returnTo.current = null;
    if (el?.isConnected) requestAnimationFrame(() => el.focus({ preventScroll: true }));
  };

  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-heading" onClose={closed}>
      <div className="shortcuts__header">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        {/* No autoFocus: showModal() already focuses this, the first control; React's autoFocus focused it on mount,
            with the sheet closed, which laid out the whole page in the middle of start-up (about 40 ms). */}
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <div className="shortcuts__groups">
        {SHORTCUT_GROUPS.map((g) => (
          <section key={g.title} aria-labelledby={`shortcuts-${g.title}`}>
            <h3 id={`shortcuts-${g.title}`}>{g.title}</h3>
            <dl>
              {g.shortcuts.map((s) => (
                <div key={s.does} className="shortcuts__row">
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcuts__or"> or </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
