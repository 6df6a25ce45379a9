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

const found = new WeakMap<HTMLElement, Element>();

function portalOf(s: ReactFlowState): Element | null {
  const canvas = s.domNode;
  if (!canvas) return null;
  let el = found.get(canvas);
  if (!el) {
    el = canvas.querySelector('.react-flow__viewport-portal') ?? undefined;
    if (el) found.set(canvas, el);
  }
  return el ?? null;
}

export function ViewportLayer({ children }: { children: ReactNode }) {
  const target = useStore(portalOf);
  return target ? createPortal(children, target) : null;
}
