/**
 * A pan holds on to the mouse: pressing on the empty canvas captures the
 * pointer to the pane until it is released.
 *
 * Without this the browser hit-tests every box and link under the pointer on
 * each mouse move of a pan, to find what it is over, though a pan ignores it:
 * on the example that was a fifth of each pan frame's work with the CPU slowed
 * 4× (an old laptop). A captured pointer has its target already.
 */
import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

export function usePanCapture(): void {
  const canvas = useStore((s) => s.domNode);
  useEffect(() => {
    const pane = canvas?.querySelector<HTMLElement>('.react-flow__pane');
    if (!pane) return;
    const capture = (e: PointerEvent) => {
      // Touch is captured by the browser already; only a press on the pane itself is a pan.
      if (e.pointerType === 'mouse' && e.target === pane) pane.setPointerCapture(e.pointerId);
    };
    pane.addEventListener('pointerdown', capture);
    return () => pane.removeEventListener('pointerdown', capture);
  }, [canvas]);
}
