/**
 * A glide to a saved view run by the browser's compositor: the viewport's
 * transform is set once, with a CSS transition, instead of once a frame from
 * script. Each scripted frame of a zoom restyles, lays out, paints and
 * re-rasterises the whole map on the main thread; a transition of a
 * transform is drawn from one rasterised picture, so the main thread stays
 * free and the screen shows more frames (on the example, measured in
 * headless Chromium without a GPU: 143 frames against 77 over four glides,
 * main-thread work 852 ms against 2,113 ms; docs/benchmarks.md).
 *
 * What reads React Flow's zoom (the level of detail, the key nodes' callouts,
 * loop markers, the dotted background) shows the destination's value for
 * the whole glide. Big maps keep the scripted glide: they draw only what is
 * in view and paint links on a canvas outside the viewport, which would show
 * the destination while the boxes were still on their way.
 */

/** The glide's easing: quick start, gentle landing. */
const EASING = 'cubic-bezier(0.4, 0, 0.2, 1)';

/** Input that ends a glide at once, so a pan or zoom of one's own is not played back late. */
const INTERRUPTIONS = ['wheel', 'pointerdown'] as const;

/**
 * Runs `move` (which sets the viewport's final transform) with a transition
 * of `ms` on `viewport`, and resolves when the glide has ended or was cut
 * short by the user's own pan or zoom on `canvas`.
 */
export function glideOnCompositor(canvas: HTMLElement, viewport: HTMLElement, ms: number, move: () => void): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const end = () => {
      window.clearTimeout(timer);
      for (const type of INTERRUPTIONS) canvas.removeEventListener(type, end, true);
      // Only this glide's own transition is taken off: a later glide may already have set its own.
      if (viewport.dataset.glide === String(token)) {
        viewport.style.transition = '';
        delete viewport.dataset.glide;
      }
      resolve();
    };
    const token = Number(viewport.dataset.glide ?? 0) + 1;
    viewport.dataset.glide = String(token);
    viewport.style.transition = `transform ${ms}ms ${EASING}`;
    for (const type of INTERRUPTIONS) canvas.addEventListener(type, end, { capture: true, once: true });
    timer = window.setTimeout(end, ms);
    move();
  });
}
