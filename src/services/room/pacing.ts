/**
 * How often others' changes in a room are shown. Forty people editing send
 * dozens of changes a second; each shown on its own re-renders the canvas and
 * re-runs whatever reads the map. They are shown once a frame at most; while
 * the person here drags a node, at most every WHILE_DRAGGING_MS; and while
 * they pan or zoom, they wait until the view comes to rest (or for
 * WHILE_MOVING_VIEW_MS at most). On an old laptop the frames of their own
 * gesture come first, and the others' changes arrive a moment later, all
 * together. A moving view is one layer the compositor slides (MapCanvas.tsx):
 * any change inside it is painted again into the whole layer, and showing
 * others' changes even four times a second during a pan doubled its slowest
 * frames in the 39-editor benchmark.
 */

export const WHILE_DRAGGING_MS = 100;
export const WHILE_MOVING_VIEW_MS = 1000;

type Gesture = 'view' | 'drag';
const gestures = new Set<Gesture>();
const handsOff = new Set<() => void>();

/** The canvas says when the person starts and stops moving the view or dragging. */
export function handsOn(gesture: Gesture, on: boolean): void {
  if (on) gestures.add(gesture);
  else if (gestures.delete(gesture) && gestures.size === 0) for (const f of handsOff) f();
}

/** How long others' changes wait after the last were shown, given what the person here is doing. */
export const othersSpacing = (): number => (gestures.has('view') ? WHILE_MOVING_VIEW_MS : gestures.has('drag') ? WHILE_DRAGGING_MS : 0);

/** Called when the person lets go (the view at rest, the drag ended): what waits can be shown. */
export function onHandsOff(listener: () => void): () => void {
  handsOff.add(listener);
  return () => handsOff.delete(listener);
}

export interface Timers {
  now(): number;
  frame(run: () => void): number;
  cancelFrame(id: number): void;
  after(ms: number, run: () => void): ReturnType<typeof setTimeout>;
  clear(id: ReturnType<typeof setTimeout>): void;
}

const browserTimers: Timers = {
  now: () => performance.now(),
  frame: (run) => requestAnimationFrame(run),
  cancelFrame: (id) => cancelAnimationFrame(id),
  after: (ms, run) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id),
};

/**
 * Runs `run` once before a coming frame, however often it was asked for
 * meanwhile, and no sooner than `spacing()` after it last ran. A hidden tab
 * draws no frames, so a timer stands in there.
 */
export function pacedOncePerFrame(run: () => void, spacing: () => number = () => 0, timers: Timers = browserTimers, hiddenMs = 100): { schedule(): void; cancel(): void } {
  let frame: number | null = null;
  let fallback: ReturnType<typeof setTimeout> | null = null;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const cancel = () => {
    if (frame !== null) timers.cancelFrame(frame);
    if (fallback !== null) timers.clear(fallback);
    if (waiting !== null) timers.clear(waiting);
    frame = fallback = waiting = null;
  };
  const fire = () => {
    cancel();
    last = timers.now();
    run();
  };
  const atNextFrame = () => {
    waiting = null;
    frame = timers.frame(fire);
    fallback = timers.after(hiddenMs, fire);
  };
  return {
    schedule() {
      if (frame !== null) return;
      const wait = last + spacing() - timers.now();
      if (wait > 0) {
        waiting ??= timers.after(wait, atNextFrame);
        return;
      }
      // The gesture that spaced them out has ended: what waits is shown now.
      if (waiting !== null) timers.clear(waiting);
      atNextFrame();
    },
    cancel,
  };
}
