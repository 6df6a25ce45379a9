/**
 * Putting keyboard focus back where the user is working. React Flow draws
 * each node and link as a focusable element with a data-id; a node that has
 * just been added may not be drawn yet, so keep trying for a few frames.
 */
function focusWhenDrawn(selector: string, tries = 20) {
  const el = document.querySelector<HTMLElement | SVGElement>(selector);
  if (el) {
    el.focus({ preventScroll: true });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenDrawn(selector, tries - 1));
}

export const focusNode = (id: string) => requestAnimationFrame(() => focusWhenDrawn(`.react-flow__node[data-id="${CSS.escape(id)}"]`));

/** Focuses the link if it is drawn as an element (not on a big map's canvas), else the node it comes from. */
export function focusLink(id: string, fromNodeId: string) {
  requestAnimationFrame(() => {
    const edge = document.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (edge && edge.tabIndex >= 0) edge.focus({ preventScroll: true });
    else focusWhenDrawn(`.react-flow__node[data-id="${CSS.escape(fromNodeId)}"]`);
  });
}
