/**
 * Putting keyboard focus back where the user is working. React Flow draws
 * each node and link as a focusable element with a data-id.
 *
 * Focus moves at once when the element is drawn, so no key pressed straight
 * afterwards lands on the page instead. A node that has just been added may
 * not be drawn yet: then keep trying for a few frames, but give up as soon as
 * the user has put focus somewhere themselves (a label editor that opened in
 * the meantime, a field), and when a newer request replaces this one. A late
 * request must never pull focus out of what the user is typing in.
 */

let pending = 0;

/** Focus is nowhere in particular: on the page itself, or on what was just removed. */
const focusIsFree = (before: Element | null) => {
  const now = document.activeElement;
  return !now || now === document.body || now === before || !now.isConnected || !!now.closest('dialog:not([open])');
};

/**
 * Focuses the first element `find` gives, now or in one of the next frames.
 * `find` returns null while the element is not drawn yet.
 */
function focusWhenDrawn(find: (tries: number) => HTMLElement | SVGElement | null) {
  const request = ++pending;
  const before = document.activeElement;
  const attempt = (tries: number) => {
    if (request !== pending || !focusIsFree(before)) return;
    const el = find(tries);
    el?.focus({ preventScroll: true });
    // Focus can fail: an element still hidden, or behind a modal dialog that is closing.
    if (el && document.activeElement === el) return;
    if (tries > 0) requestAnimationFrame(() => attempt(tries - 1));
  };
  attempt(20);
}

const nodeElement = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

export const focusNode = (id: string) => focusWhenDrawn(() => nodeElement(id));

/**
 * Focuses the link once it is drawn as a focusable element. On a big map links
 * are drawn on a canvas, not as elements: then (or if it is not drawn by the
 * next frame) the node it comes from.
 */
export function focusLink(id: string, fromNodeId: string) {
  focusWhenDrawn((tries) => {
    const edge = document.querySelector<SVGElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (edge && edge.tabIndex >= 0) return edge;
    return edge || tries < 19 ? nodeElement(fromNodeId) : null;
  });
}
