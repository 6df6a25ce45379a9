/**
 * Undo/redo as a pure value: snapshots of the immutable document. Snapshots
 * share structure with each other, so a long history stays cheap.
 */
import type { MapDocument } from '../model/types.ts';

export interface HistoryEntry {
  /** The operation's name, shown as "Undo Add factor". */
  name: string;
  /** The document before the operation. */
  doc: MapDocument;
  /** Consecutive edits with the same key (typing in one field) merge into one step. */
  coalesceKey?: string;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

const HISTORY_LIMIT = 300;
const COALESCE_MS = 2000;

export const emptyHistory = (): History => ({ past: [], future: [] });

export function record(h: History, before: MapDocument, name: string, coalesceKey: string | undefined, now: number): History {
  const last = h.past[h.past.length - 1];
  if (coalesceKey && last && last.coalesceKey === coalesceKey && now - last.at < COALESCE_MS) {
    // Keep the oldest snapshot so one undo takes the whole burst of typing away.
    return { past: [...h.past.slice(0, -1), { ...last, at: now }], future: [] };
  }
  const past = [...h.past, { name, doc: before, coalesceKey, at: now }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export function undo(h: History, current: MapDocument): { history: History; doc: MapDocument; name: string } | null {
  const last = h.past[h.past.length - 1];
  if (!last) return null;
  return {
    doc: last.doc,
    name: last.name,
    history: { past: h.past.slice(0, -1), future: [{ name: last.name, doc: current, at: last.at }, ...h.future] },
  };
}

export function redo(h: History, current: MapDocument): { history: History; doc: MapDocument; name: string } | null {
  const next = h.future[0];
  if (!next) return null;
  return {
    doc: next.doc,
    name: next.name,
    history: { past: [...h.past, { name: next.name, doc: current, at: next.at }], future: h.future.slice(1) },
  };
}
