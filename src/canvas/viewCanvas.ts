/**
 * A canvas that draws the map for the view and keeps up with pans and zooms
 * cheaply. Redrawing thousands of shapes on every frame of a gesture costs
 * more than a frame without a GPU; instead, while the view moves, the last
 * drawing is moved and scaled with a CSS transform (the compositor does that
 * without repainting) and redrawn exactly once the view has been still for a
 * moment, or at once when the moved drawing would leave part of the screen
 * blank. The drawing reaches `margin` CSS pixels past each side of the screen
 * so that a pan has room before it needs a redraw.
 *
 * With `elsewhere`, a redraw for a new view is painted off the main thread
 * (a worker) and shown when it is ready, the old drawing following the view
 * meanwhile: a pan or zoom never waits for the painting. What the drawing
 * shows changing (`content`: a node moved, a drag starting or ending) is
 * still drawn at once on the page, so this canvas and any other drawn with it
 * (the links of the dragged node) change in the same frame.
 */
import type { ReactFlowState } from '@xyflow/react';
import type { Paper } from './linkLayer/paintPrims.ts';

export interface View {
  tx: number;
  ty: number;
  k: number;
  width: number;
  height: number;
}

/** The pixels of a drawing: its size in device pixels and the transform from map coordinates to them. */
export interface Frame {
  width: number;
  height: number;
  matrix: [number, number, number, number, number, number];
}

interface Store {
  getState(): ReactFlowState;
  subscribe(listener: (state: ReactFlowState, previous: ReactFlowState) => void): () => void;
}

export interface Elsewhere {
  /** Paints the view in `frame` off the main thread; null if it could not be painted there. */
  paint(view: View, frame: Frame): Promise<ImageBitmap | null>;
}

export interface ViewCanvasOptions {
  margin: number;
  /** Draws in map coordinates (the context is already transformed); returns true if the drawing holds everything there is to draw, so no view can uncover more. */
  paint(ctx: Paper, view: View): boolean;
  /** What else the drawing shows: it is redrawn when this changes (compared with ===), not only when the view does. */
  content?: (state: ReactFlowState) => unknown;
  /** Paints new views off the main thread (see above). The drawing is then never `whole`. */
  elsewhere?: Elsewhere;
  /**
   * With `elsewhere`: the part of `content` that must be drawn at once, on the page (a drag starting or ending, which
   * another canvas shows in the same frame). Other changes of `content` (nodes measured as they come into view) are painted elsewhere.
   */
  urgent?: (state: ReactFlowState) => unknown;
}

/** How long the view must be still before the drawing is made sharp again. */
const SETTLE_MS = 140;

type Drawn = View & { content: unknown; urgent: unknown; whole: boolean };

/** The view of the picture an `elsewhere` canvas shows, kept for the next attach (new links, a new look), which repaints it off the main thread too. */
const pictures = new WeakMap<HTMLCanvasElement, View>();

function frameOf(view: View, margin: number): Frame {
  const { tx, ty, k, width, height } = view;
  const dpr = window.devicePixelRatio || 1;
  return {
    width: Math.round((width + 2 * margin) * dpr),
    height: Math.round((height + 2 * margin) * dpr),
    matrix: [dpr * k, 0, 0, dpr * k, dpr * (tx + margin), dpr * (ty + margin)],
  };
}

const viewOf = (state: ReactFlowState): View => ({ tx: state.transform[0], ty: state.transform[1], k: state.transform[2], width: state.width, height: state.height });

export function attachViewCanvas(canvas: HTMLCanvasElement, store: Store, { margin, paint, content = () => null, urgent = () => null, elsewhere: offPage }: ViewCanvasOptions): () => void {
  const elsewhere = offPage && typeof OffscreenCanvas !== 'undefined' ? offPage : undefined;
  const ctx = elsewhere ? null : canvas.getContext('2d');
  const shown = elsewhere ? canvas.getContext('bitmaprenderer') : null;
  if (!ctx && !shown) return () => {};
  canvas.style.left = canvas.style.top = `${-margin}px`;
  canvas.style.transformOrigin = '0 0';
  let drawn: Drawn | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let detached = false;
  // Every drawing counts: a picture painted elsewhere is shown only if nothing was drawn after it was asked for.
  let seq = 0;
  let painting = false;
  let again = false;
  let paper: OffscreenCanvas | null = null;

  const fit = (view: View, f: Frame) => {
    if (canvas.width !== f.width || canvas.height !== f.height) {
      canvas.width = f.width;
      canvas.height = f.height;
    }
    canvas.style.width = `${view.width + 2 * margin}px`;
    canvas.style.height = `${view.height + 2 * margin}px`;
  };

  /** Moves and scales the drawing to where the view now has it. */
  const place = (last: View, now: View) => {
    const r = now.k / last.k;
    canvas.style.transform = `translate(${now.tx - r * last.tx + margin * (1 - r)}px, ${now.ty - r * last.ty + margin * (1 - r)}px) scale(${r})`;
    return r;
  };

  const redraw = () => {
    seq++;
    const state = store.getState();
    const view = viewOf(state);
    const f = frameOf(view, margin);
    fit(view, f);
    let whole: boolean;
    if (ctx) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(...f.matrix);
      whole = paint(ctx, view);
    } else {
      if (!paper || paper.width !== f.width || paper.height !== f.height) paper = new OffscreenCanvas(f.width, f.height);
      const off = paper.getContext('2d')!;
      off.setTransform(...f.matrix);
      paint(off, view);
      shown!.transferFromImageBitmap(paper.transferToImageBitmap());
      pictures.set(canvas, view);
      whole = false;
    }
    canvas.style.transform = '';
    drawn = { ...view, content: content(state), urgent: urgent(state), whole };
  };

  /** Asks for a picture of the view now, painted elsewhere; one at a time, the newest view when the last one is back. */
  const repaint = () => {
    if (!elsewhere || !shown) return redraw();
    if (painting) {
      again = true;
      return;
    }
    painting = true;
    const asked = ++seq;
    const state = store.getState();
    const view = viewOf(state);
    const f = frameOf(view, margin);
    const showing = content(state);
    const pressing = urgent(state);
    void elsewhere.paint(view, f).then(
      (bitmap) => {
        painting = false;
        if (detached || asked !== seq || !bitmap) {
          bitmap?.close();
          if (!detached && !bitmap && asked === seq) redraw();
        } else {
          fit(view, f);
          shown.transferFromImageBitmap(bitmap);
          pictures.set(canvas, view);
          drawn = { ...view, content: showing, urgent: pressing, whole: false };
          place(view, viewOf(store.getState()));
        }
        if (!detached && again) {
          again = false;
          update();
        }
      },
      () => {
        painting = false;
        if (!detached) redraw();
      },
    );
  };

  const update = () => {
    frame = 0;
    const state = store.getState();
    const now = viewOf(state);
    const last = drawn;
    // The first picture is still being painted elsewhere.
    if (!last && painting) return;
    if (!last || last.width !== now.width || last.height !== now.height || last.urgent !== urgent(state)) return redraw();
    const changed = last.content !== content(state);
    if (changed && !elsewhere) return redraw();
    // The map area the drawing covers, and the one now on screen.
    const covered =
      last.whole ||
      (-now.tx / now.k >= (-last.tx - margin) / last.k &&
        -now.ty / now.k >= (-last.ty - margin) / last.k &&
        (now.width - now.tx) / now.k <= (now.width + margin - last.tx) / last.k &&
        (now.height - now.ty) / now.k <= (now.height + margin - last.ty) / last.k);
    if (!covered && !elsewhere) return redraw();
    const r = place(last, now);
    clearTimeout(settle);
    if (!covered || changed) repaint();
    else if (r !== 1) settle = setTimeout(repaint, SETTLE_MS);
  };

  const had = elsewhere ? pictures.get(canvas) : undefined;
  const state = store.getState();
  if (had && had.width === state.width && had.height === state.height) {
    // A new attach over a picture already shown: keep it in place until the new one, painted elsewhere, is ready.
    drawn = { ...had, content: content(state), urgent: urgent(state), whole: false };
    place(had, viewOf(state));
    repaint();
  } else if (elsewhere) {
    // A new canvas (zooming in from the overview): blank for the moment its first picture takes, rather than the page frozen for it.
    canvas.style.transform = '';
    repaint();
  } else redraw();
  const unsubscribe = store.subscribe((s, prev) => {
    const changed = s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height || s.nodes !== prev.nodes;
    if (changed && !frame) frame = requestAnimationFrame(update);
  });
  return () => {
    detached = true;
    unsubscribe();
    cancelAnimationFrame(frame);
    clearTimeout(settle);
  };
}
