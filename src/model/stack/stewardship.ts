/**
 * Stewardship: each map's dated reflection points and reviews, its
 * experiments, and the enablers promised to it, on one timeline, with what is
 * overdue flagged. `today` is passed in (YYYY-MM-DD) so the answer is a plain
 * function of the data.
 */
import type { Id, MapDocument } from '../types.ts';
import type { StackDocument } from './types.ts';

export interface TimelineItem {
  date: string;
  mapId: Id;
  kind: 'review' | 'experiment-start' | 'experiment-end' | 'enabler-review' | 'next-review';
  text: string;
  overdue: boolean;
}

/** A map's next review is overdue when its latest review's "next review" date has passed. */
export function overdueReviews(stack: StackDocument, today: string): { mapId: Id; due: string }[] {
  const latest = new Map<Id, { date: string; next: string }>();
  for (const r of Object.values(stack.reviews)) {
    const l = latest.get(r.mapId);
    if (!l || r.date > l.date) latest.set(r.mapId, { date: r.date, next: r.nextReview });
  }
  return [...latest].filter(([, l]) => l.next && l.next < today).map(([mapId, l]) => ({ mapId, due: l.next }));
}

/** Enablers and barriers still noticed or being acted on whose review date has passed. */
export function overdueEnablers(stack: StackDocument, today: string) {
  return Object.values(stack.enablers).filter((e) => e.reviewDate && e.reviewDate < today && (e.status === 'noticed' || e.status === 'acting'));
}

export function timeline(stack: StackDocument, maps: Record<Id, MapDocument>, today: string): TimelineItem[] {
  const items: TimelineItem[] = [];
  const overdueMaps = new Map(overdueReviews(stack, today).map((o) => [o.mapId, o.due]));
  for (const r of Object.values(stack.reviews)) {
    items.push({ date: r.date, mapId: r.mapId, kind: 'review', text: `Review: noticed ${r.noticed || '(nothing written)'}; will change ${r.willChange || '(nothing written)'}`, overdue: false });
  }
  for (const [mapId, due] of overdueMaps) items.push({ date: due, mapId, kind: 'next-review', text: 'Next review of the learning-cycle plan was due', overdue: true });
  for (const mapId of Object.keys(stack.maps)) {
    const doc = maps[mapId];
    if (!doc) continue;
    for (const e of Object.values(doc.experiments)) {
      if (e.startDate) items.push({ date: e.startDate, mapId, kind: 'experiment-start', text: `Experiment started: ${e.title}`, overdue: false });
      if (e.endDate) items.push({ date: e.endDate, mapId, kind: 'experiment-end', text: `Experiment ${e.endDate <= today ? 'ended' : 'ends'}: ${e.title}`, overdue: false });
    }
  }
  const overdue = new Set(overdueEnablers(stack, today).map((e) => e.id));
  for (const e of Object.values(stack.enablers)) {
    if (!e.reviewDate) continue;
    const c = stack.connections[e.connectionId];
    items.push({ date: e.reviewDate, mapId: c?.to ?? '', kind: 'enabler-review', text: `Review ${e.kind}: ${e.statement} (${e.status})`, overdue: overdue.has(e.id) });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** The connections from larger maps down to this one, with what each has promised. */
export function promisedTo(stack: StackDocument, mapId: Id) {
  return Object.values(stack.enablers).filter((e) => stack.connections[e.connectionId]?.to === mapId);
}
