/**
 * Automatic versions of the open map: one every few minutes of editing (the
 * state before the new burst of edits, so the first edit of a visit keeps the
 * map as it was opened), and one before each risky step (opening a file,
 * deleting, a layout, restoring a version). Restoring is one undoable step,
 * and keeps the state it replaces as a version first.
 */
import type { Operation } from '../../model/operations.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { notify, reportError, type Session } from '../session.ts';
import { describeStorageError } from './storageErrors.ts';
import type { VersionInfo, VersionReason } from './versions.ts';

const SNAPSHOT_EVERY_MS = 5 * 60_000;

const library = (s: Session) => s.library.getState().library;

// A failing version store is said once per session, not at every snapshot.
const warned = new WeakSet<Session>();

/** Keeps doc as a version. Never throws: a version that cannot be kept must not stop the step it precedes. */
export async function takeSnapshot(s: Session, doc: MapDocument, reason: VersionReason): Promise<VersionInfo | null> {
  try {
    return await library(s).addVersion(doc, reason);
  } catch (err) {
    if (!warned.has(s)) {
      warned.add(s);
      reportError(s, `A backup version of “${doc.meta.title}” could not be kept: ${describeStorageError(err)}. The map itself is saved as usual; use Save… to keep a file.`);
    }
    return null;
  }
}

/** Takes a version of the open map now, before a risky step. */
export const snapshotOpenMap = (s: Session, reason: VersionReason) => takeSnapshot(s, s.map.getState().doc, reason);

export function startSnapshots(s: Session, options: { everyMs?: number; now?: () => number } = {}): () => void {
  const every = options.everyMs ?? SNAPSHOT_EVERY_MS;
  const now = options.now ?? Date.now;
  const lastTaken = new Map<Id, number>();
  return s.map.subscribe((state, prev) => {
    // Opening another map is not an edit.
    if (state.doc === prev.doc || state.doc.id !== prev.doc.id) return;
    const last = lastTaken.get(state.doc.id);
    if (last !== undefined && now() - last < every) return;
    lastTaken.set(state.doc.id, now());
    void takeSnapshot(s, prev.doc, 'editing');
  });
}

export const listVersions = (s: Session, mapId: Id) => library(s).versions(mapId);

export function describeVersionTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'an unknown time' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Brings back a version of a map: opens the map if it is not open, keeps
 * what is there now as a version, then replaces it in one undoable step.
 */
export async function restoreVersion(s: Session, mapId: Id, version: VersionInfo, open: (id: Id) => Promise<void>): Promise<boolean> {
  const loaded = await library(s)
    .loadVersion(mapId, version.id)
    .catch(() => null);
  if (!loaded?.ok) {
    reportError(s, `The version from ${describeVersionTime(version.at)} could not be read; the map has not changed.`);
    return false;
  }
  if (s.map.getState().doc.id !== mapId) await open(mapId);
  if (s.map.getState().doc.id !== mapId) return false;
  await snapshotOpenMap(s, 'before-restore');
  const old = loaded.doc;
  const restore: Operation = { name: 'Restore a version', apply: (doc) => ({ ...old, id: doc.id }) };
  // The version's records keep the voices they had: restoring is not adding.
  s.map.getState().dispatch(restore, { stamp: false });
  notify(s, `Restored the version from ${describeVersionTime(version.at)}. Undo brings back what was there.`, {
    label: 'Undo',
    run: () => s.map.getState().undo(),
  });
  return true;
}
