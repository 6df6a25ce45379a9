/**
 * Closing a menu or popover the way people expect: Escape or a press
 * anywhere outside closes it, and Escape puts focus back on the control that
 * opened it. Listens in the capture phase, because the canvas's pan-and-zoom
 * stops pointer events on their way up and would otherwise swallow the
 * outside press.
 */
import { useEffect } from 'react';

export function useDismiss(
  open: boolean,
  close: () => void,
  container: React.RefObject<HTMLElement | null>,
  opener?: React.RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      e.preventDefault();
      close();
      opener?.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!container.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open, close, container, opener]);
}
