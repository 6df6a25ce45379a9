/**
 * A key node's callout (its name drawn at a readable size when zoomed far
 * out) is wider than the node, so one on a node near the canvas edge ran past
 * it and was cut off: "Takeaway and delivery app orders" at the left edge of
 * a 1280-pixel screen; and a selected node's neighbours, labelled however
 * close they sit, covered each other. Each callout that would be cut is shifted in, by the
 * --nudge-x and --nudge-y its transform reads (styles.css), in map units
 * since the callout is inside the zoomed viewport. Measured once things have
 * settled, never per frame of a pan or zoom.
 */
const CALLOUT = '.node__callout';
const SETTLE_MS = 150;
/** Room left between a callout and the canvas edge, in screen pixels. */
const EDGE_GAP = 4;

/** How far to move [a, b] to lie within [lo, hi]; 0 when it does already, or when it is wider than the room. */
export function inward(a: number, b: number, lo: number, hi: number): number {
  if (b - a > hi - lo) return 0;
  if (a < lo) return lo - a;
  if (b > hi) return hi - b;
  return 0;
}

const within = (r: DOMRect, outer: DOMRect) => r.left >= outer.left && r.right <= outer.right && r.top >= outer.top && r.bottom <= outer.bottom;

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Who keeps their name when two callouts would cover each other: the selection, then the focal outcome, then the rest as drawn. */
const rank = (c: HTMLElement) => (c.closest('.node--selected') ? 0 : c.closest('.node--focal') ? 1 : 2);

/**
 * Moves every callout in `container` that the canvas edge would cut back
 * inside it, if its node is wholly inside; then, of two callouts that cover
 * each other (a selected node's neighbours are labelled however close they
 * sit), the lower-ranked one is hidden (`data-covered`) and its node shows as
 * a box, since text over text reads as neither.
 */
export function keepCalloutsInside(container: HTMLElement, zoom: number): void {
  const canvas = (container.querySelector('.react-flow') ?? container).getBoundingClientRect();
  const callouts = [...container.querySelectorAll<HTMLElement>(CALLOUT)];
  for (const c of callouts) {
    c.style.removeProperty('--nudge-x');
    c.style.removeProperty('--nudge-y');
    delete c.dataset.covered;
  }
  // Every rectangle read after every write: one layout, not one per callout.
  const rects = callouts.map((c) => c.getBoundingClientRect());
  const nodes = callouts.map((c) => c.closest('.react-flow__node')?.getBoundingClientRect() ?? null);
  callouts.forEach((c, i) => {
    const r = rects[i]!;
    const node = nodes[i];
    // Only a callout of a node wholly on the canvas: one whose node is partly off it was panned there, and
    // moving its name in would put it where its node is not.
    if (r.width === 0 || !node || !within(node, canvas)) return;
    const dx = inward(r.left, r.right, canvas.left + EDGE_GAP, canvas.right - EDGE_GAP);
    const dy = inward(r.top, r.bottom, canvas.top + EDGE_GAP, canvas.bottom - EDGE_GAP);
    if (dx) c.style.setProperty('--nudge-x', `${dx / zoom}px`);
    if (dy) c.style.setProperty('--nudge-y', `${dy / zoom}px`);
  });
  const shown = callouts.map((c, i) => ({ c, r: c.getBoundingClientRect(), rank: rank(c), order: i })).filter((x) => x.r.width > 0);
  shown.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const kept: DOMRect[] = [];
  for (const { c, r } of shown) {
    if (kept.some((k) => overlap(k, r))) c.dataset.covered = 'true';
    else kept.push(r);
  }
}

/** Runs keepCalloutsInside a moment after the last call to soon(), in the container found from what soon() was given. */
export function calloutsKeptInside(containerOf: (from?: HTMLElement) => HTMLElement | null, zoom: () => number): { soon(from?: HTMLElement): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let from: HTMLElement | undefined;
  return {
    soon(element) {
      // A detached element finds no container: keep the last one that was in the page.
      if (element?.isConnected) from = element;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const container = containerOf(from);
        if (container) keepCalloutsInside(container, zoom());
      }, SETTLE_MS);
    },
    stop: () => clearTimeout(timer),
  };
}
