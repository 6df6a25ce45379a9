import { afterEach, describe, expect, it } from 'vitest';
import { handsOn, onHandsOff, othersSpacing, pacedOncePerFrame, type Timers } from './pacing.ts';

/** Timers and frames that move only when the test says so. */
function fakeTimers() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const frames = new Map<number, () => void>();
  const t: Timers = {
    now: () => now,
    frame: (run) => (frames.set(++id, run), id),
    cancelFrame: (k) => void frames.delete(k),
    after: (ms, run) => (timers.set(++id, { at: now + ms, run }), id as unknown as ReturnType<typeof setTimeout>),
    clear: (k) => void timers.delete(k as unknown as number),
  };
  return {
    t,
    /** Time passes; due timers run. */
    advance(ms: number) {
      now += ms;
      for (const [k, v] of [...timers].sort((a, b) => a[1].at - b[1].at)) if (v.at <= now && timers.delete(k)) v.run();
    },
    /** A frame is drawn. */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((run) => run());
    },
  };
}

/** Others change the map once a frame (every 16 ms) for `ms`. */
function changeEveryFrame(clock: ReturnType<typeof fakeTimers>, show: { schedule(): void }, ms: number) {
  for (let t = 0; t < ms; t += 16) {
    show.schedule();
    clock.advance(16);
    clock.frame();
  }
}

afterEach(() => {
  handsOn('view', false);
  handsOn('drag', false);
});

describe('showing others’ changes', () => {
  it('shows many changes once, at the next frame', () => {
    const clock = fakeTimers();
    let shown = 0;
    const show = pacedOncePerFrame(() => shown++, () => 0, clock.t);
    show.schedule();
    show.schedule();
    show.schedule();
    expect(shown).toBe(0);
    clock.advance(5);
    clock.frame();
    expect(shown).toBe(1);
    // The tab's timer stand-in does not show them a second time.
    clock.advance(200);
    expect(shown).toBe(1);
  });

  it('in a hidden tab (no frames), shows them after a moment anyway', () => {
    const clock = fakeTimers();
    let shown = 0;
    const show = pacedOncePerFrame(() => shown++, () => 0, clock.t, 100);
    show.schedule();
    clock.advance(100);
    expect(shown).toBe(1);
  });

  it('while a node is dragged, shows them at most every 100 ms, and at once again after', () => {
    const clock = fakeTimers();
    let shown = 0;
    const show = pacedOncePerFrame(() => shown++, othersSpacing, clock.t);
    handsOn('drag', true);
    changeEveryFrame(clock, show, 500);
    expect(shown).toBeGreaterThanOrEqual(4);
    expect(shown).toBeLessThanOrEqual(6);
    handsOn('drag', false);
    const before = shown;
    changeEveryFrame(clock, show, 80);
    expect(shown - before).toBeGreaterThanOrEqual(4);
  });

  it('while the view moves, keeps them until it comes to rest (a second at most), then shows them at once', () => {
    const clock = fakeTimers();
    let shown = 0;
    const show = pacedOncePerFrame(() => shown++, othersSpacing, clock.t);
    const stop = onHandsOff(() => show.schedule());
    show.schedule();
    clock.frame();
    expect(shown).toBe(1);
    handsOn('view', true);
    changeEveryFrame(clock, show, 480);
    expect(shown).toBe(1);
    handsOn('view', false);
    clock.frame();
    expect(shown).toBe(2);
    // A long pan still shows them every second.
    handsOn('view', true);
    changeEveryFrame(clock, show, 2500);
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(shown).toBeLessThanOrEqual(5);
    stop();
  });

  it('cancelled, shows nothing', () => {
    const clock = fakeTimers();
    let shown = 0;
    const show = pacedOncePerFrame(() => shown++, () => 0, clock.t);
    show.schedule();
    show.cancel();
    clock.advance(200);
    clock.frame();
    expect(shown).toBe(0);
  });
});
