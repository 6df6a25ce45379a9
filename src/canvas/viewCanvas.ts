/**
 * A canvas that draws the map for the view and keeps up with pans and zooms
 * cheaply. Redrawing thousands of shapes on every frame of a gesture costs
 * more than a frame without a GPU; instead, while the view moves, the last
 * drawing is moved and scaled with a CSS transform (the compositor does that
 * without repainting) and redrawn exactly once the view has been still for a
 * moment, or at once when the moved drawing would leave part of the screen
 * blank. The drawing reaches `margin` CSS pixels past each side of the screen
 * so that a pan has room before it needs a redraw.
 */
import type { ReactFlowState } from '@xyflow/react';

export interface View {
  tx: number;
  ty: number;
  k: number;
  width: number;
  height: number;
}

interface Store {
  getState(): ReactFlowState;
  subscribe(listener: (state: ReactFlowState, previous: ReactFlowState) => void): () => void;
}

export interface ViewCanvasOptions {
  margin: number;
  /** Draws in map coordinates (the context is already transformed); returns true if the drawing holds everything there is to draw, so no view can uncover more. */
  paint(ctx: CanvasRenderingContext2D, view: View): boolean;
  /** What else the drawing shows: it is redrawn when this changes (compared with ===), not only when the view does. */
  content?: (state: ReactFlowState) => unknown;
}

/** How long the view must be still before the drawing is made sharp again. */
const SETTLE_MS = 140;

export function attachViewCanvas(canvas: HTMLCanvasElement, store: Store, { margin, paint, content = () => null }: ViewCanvasOptions): () => void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return () => {};
  canvas.style.left = canvas.style.top = `${-margin}px`;
  canvas.style.transformOrigin = '0 0';
  let drawn: (View & { content: unknown; whole: boolean }) | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const redraw = () => {
    const state = store.getState();
    const { transform, width, height } = state;
    const [tx, ty, k] = transform;
    const dpr = window.devicePixelRatio || 1;
    const w = width + 2 * margin;
    const h = height + 2 * margin;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    canvas.style.transform = '';
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * (tx + margin), dpr * (ty + margin));
    const whole = paint(ctx, { tx, ty, k, width, height });
    drawn = { tx, ty, k, width, height, content: content(state), whole };
  };

  const update = () => {
    frame = 0;
    const state = store.getState();
    const { transform, width, height } = state;
    const [tx, ty, k] = transform;
    const last = drawn;
    if (!last || last.width !== width || last.height !== height || last.content !== content(state)) return redraw();
    // The map area the drawing covers, and the one now on screen.
    const covered =
      last.whole ||
      (-tx / k >= (-last.tx - margin) / last.k &&
        -ty / k >= (-last.ty - margin) / last.k &&
        (width - tx) / k <= (width + margin - last.tx) / last.k &&
        (height - ty) / k <= (height + margin - last.ty) / last.k);
    if (!covered) return redraw();
    const r = k / last.k;
    canvas.style.transform = `translate(${tx - r * last.tx + margin * (1 - r)}px, ${ty - r * last.ty + margin * (1 - r)}px) scale(${r})`;
    clearTimeout(settle);
    if (r !== 1) settle = setTimeout(redraw, SETTLE_MS);
  };

  redraw();
  const unsubscribe = store.subscribe((s, prev) => {
    const changed = s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height || s.nodes !== prev.nodes;
    if (changed && !frame) frame = requestAnimationFrame(update);
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    clearTimeout(settle);
  };
}
