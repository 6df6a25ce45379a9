/**
 * A facilitator presenting in a room: the step they are on goes out in the
 * awareness beside their "Follow me" view, so everyone following sees the
 * view's title and question and its lens and filter, not just the place.
 * It comes from another browser, so it is read defensively and capped.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Id } from '../../model/types.ts';

export interface PresentingStep {
  viewId: Id;
  /** Counted from 1, as the counter shows it. */
  step: number;
  total: number;
  title: string;
  question: string;
}

const MAX_TEXT = 500;

export function readPresenting(value: unknown): PresentingStep | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 10_000;
  if (typeof v.viewId !== 'string' || v.viewId.length > 200 || !whole(v.step) || !whole(v.total) || (v.step as number) > (v.total as number)) return null;
  const text = (t: unknown) => (typeof t === 'string' ? t.slice(0, MAX_TEXT) : '');
  return { viewId: v.viewId, step: v.step as number, total: v.total as number, title: text(v.title), question: text(v.question) };
}

/** My step while I present (with "Follow me" on); null when I stop. */
export function sharePresenting(provider: HocuspocusProvider, step: PresentingStep | null): void {
  provider.setAwarenessField('presenting', step);
}
