/**
 * Draws its children inside React Flow's viewport, so they pan and zoom with
 * the map: what React Flow's ViewportPortal does, without its cost. Its
 * selector looks the portal's element up with querySelector over the whole
 * canvas on every change to React Flow's store (each frame of a pan, a drag or
 * a layout's animation, each collaborator's edit); this one finds the element
 * once per canvas and hands back the same one after that.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const found = new WeakMap<HTMLElement, Map<string, Element>>();

/** A store selector for the element of the canvas that `selector` finds, looked up once per canvas. */
export function canvasElement(selector: string): (s: ReactFlowState) => Element | null {
  return (s) => {
    const canvas = s.domNode;
    if (!canvas) return null;
    let els = found.get(canvas);
    if (!els) found.set(canvas, (els = new Map()));
    let el = els.get(selector);
    if (!el) {
      el = canvas.querySelector(selector) ?? undefined;
      if (el) els.set(selector, el);
    }
    return el ?? null;
  };
}

const portalOf = canvasElement('.react-flow__viewport-portal');

export function ViewportLayer({ children }: { children: ReactNode }) {
  const target = useStore(portalOf);
  return target ? createPortal(children, target) : null;
}
