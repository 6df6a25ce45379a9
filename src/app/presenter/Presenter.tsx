/**
 * Presenter mode: the views in the presentation one step at a time, full
 * screen where the browser allows it (else filling the window), the view's
 * title large at the top and its question at the foot, "2 of 5". Arrow keys,
 * Page Up/Down (what clickers send), Space, Home and End step; Escape leaves,
 * putting the map back as it was. Each step glides to the next view. In a
 * room, a facilitator presenting leads ("Follow me"), and everyone following
 * sees each step's title and question too (FollowedStep.tsx).
 */
import { useEffect, useMemo, useRef } from 'react';
import { presentation } from '../../model/savedViews.ts';
import type { SavedView } from '../../model/types.ts';
import { useSavedViews } from '../../ui/useSavedViews.ts';
import { appSession, useMapStore, useViewStore } from '../../ui/appSession.ts';
import { stepFor } from './steps.ts';
import { usePresentToRoom } from './usePresentToRoom.ts';
import './presenter.css';

export function Presenter() {
  const presenting = useViewStore((s) => s.presenting);
  return presenting ? <Presenting step={presenting.step} /> : null;
}

function Presenting({ step }: { step: number }) {
  const doc = useMapStore((s) => s.doc);
  const steps = useMemo(() => presentation(doc), [doc]);
  const controls = useSavedViews();
  const root = useRef<HTMLDivElement>(null);
  const at = Math.min(step, steps.length - 1);
  const view: SavedView | undefined = steps[at];
  usePresentToRoom(view ?? null, at, steps.length);

  // Entering: remember the map as it was, go full screen, take the keyboard. Leaving: all back.
  useEffect(() => {
    const state = appSession.view.getState();
    const before = { lens: state.lens, filter: state.filter, viewport: controls.capture().viewport };
    const el = document.documentElement;
    let wentFull = false;
    if (el.requestFullscreen && !document.fullscreenElement) {
      el.requestFullscreen({ navigationUI: 'hide' }).then(() => (wentFull = true), () => undefined);
    }
    // Leaving full screen by the browser's own Escape (which the page never sees) ends the presentation too.
    const onFullscreen = () => {
      if (wentFull && !document.fullscreenElement) appSession.view.getState().present(null);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    root.current?.focus();
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      const now = appSession.view.getState();
      now.setLens(before.lens);
      now.setFilter(before.filter);
      controls.moveTo(before.viewport);
    };
  }, [controls]);

  // Each step glides to its view. The first waits two frames: the toolbar and panel have just gone, the canvas grown.
  const first = useRef(true);
  useEffect(() => {
    if (!view) return;
    const animate = !first.current;
    first.current = false;
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => void controls.show(view, { animate }))));
    return () => cancelAnimationFrame(frame);
  }, [view, controls]);

  // A new window size (full screen coming or going): the same view, refitted at once.
  useEffect(() => {
    if (!view) return;
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void controls.show(view, { animate: false }));
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
    };
  }, [view, controls]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Nothing else in the app hears keys while presenting: a stray "f" must not add a factor to the map on the wall.
      e.stopPropagation();
      // Paste and cut come as their own events after the key: stopped here, so nothing lands on the map while presenting.
      if ((e.ctrlKey || e.metaKey) && ['v', 'x'].includes(e.key.toLowerCase())) e.preventDefault();
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Space and Enter on one of the presenter's own buttons press that button.
      if ((e.key === ' ' || e.key === 'Enter') && (e.target as Element | null)?.closest?.('.presenter button')) return;
      const next = stepFor(e.key, at, steps.length);
      if (next === undefined) return;
      e.preventDefault();
      appSession.view.getState().present(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [at, steps.length]);

  const go = (next: number | null) => appSession.view.getState().present(next);
  return (
    <div className="presenter" ref={root} tabIndex={-1} role="region" aria-label="Presentation" aria-roledescription="presentation">
      <header className="presenter__top">
        <h2 className="presenter__title" aria-live="polite">
          {view?.title ?? 'The presentation has no views'}
        </h2>
      </header>
      <footer className="presenter__bottom">
        <p className="presenter__question">{view?.question}</p>
        <div className="presenter__controls" role="group" aria-label="Step through the presentation">
          <button type="button" onClick={() => go(Math.max(0, at - 1))} disabled={at <= 0} aria-label="Back" title="Back (←, Page Up)">
            <span aria-hidden="true">←</span>
          </button>
          <span className="presenter__count" role="status">
            {steps.length ? `${at + 1} of ${steps.length}` : ''}
          </span>
          <button type="button" onClick={() => go(Math.min(steps.length - 1, at + 1))} disabled={at >= steps.length - 1} aria-label="Next" title="Next (→, Page Down, Space)">
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" onClick={() => go(null)} title="Leave the presentation (Escape)">
            Leave
          </button>
        </div>
      </footer>
    </div>
  );
}
