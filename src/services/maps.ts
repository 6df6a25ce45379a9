/**
 * Which map is open and where maps are kept: start-up (restore the last map,
 * or open the first example on a first visit), opening, creating and
 * importing maps, and the library list. Every function acts on one session.
 */
import { createMap, updateMeta } from '../model/operations.ts';
import { orphanedTouches } from '../model/experiments.ts';
import type { Id, MapDocument } from '../model/types.ts';
import { formatProblems } from '../model/load.ts';
import { count, plural } from '../model/plural.ts';
import type { Viewport } from '../store/mapStore.ts';
import { startAutosave } from './library/autosave.ts';
import { openBrowserLibrary } from './library/library.ts';
import { EXAMPLES, loadExample } from './examples.ts';
import { describeFailure, readMapFile } from './fileIO.ts';
import { notify, reportError, type Session } from './session.ts';
import { ask } from './confirm.ts';
import type { LibraryEntry } from './library/library.ts';

const library = (s: Session) => s.library.getState().library;

export async function refreshLibrary(s: Session) {
  s.library.setState({ entries: await library(s).list() });
}

/** Puts a document on the canvas and records it as the last one open. */
async function show(s: Session, doc: MapDocument, view: Viewport | null = null) {
  // Stored first, shown second: once the user sees the map, a reload brings it back.
  try {
    await library(s).save(doc);
    await library(s).setLastOpen(doc.id);
  } catch (err) {
    s.saveStatus.getState().set('failed', err instanceof Error ? err.message : String(err));
  }
  s.map.getState().openDocument(doc, view);
  await refreshLibrary(s);
}

export async function boot(s: Session) {
  const { library: lib, problem } = await openBrowserLibrary();
  s.library.setState({ library: lib });
  if (problem) s.saveStatus.getState().set('unavailable', problem);
  startAutosave(s, lib);

  const lastId = await lib.lastOpen().catch(() => null);
  const last = lastId ? await lib.load(lastId).catch(() => null) : null;
  if (last?.ok) {
    s.map.getState().openDocument(last.doc, last.view);
  } else {
    if (last && !last.ok) reportError(s, `The last map could not be restored; it is kept in the library as it was.\n${formatProblems(last.problems)}`);
    const first = EXAMPLES[0];
    await show(s, first ? await loadExample(first.file) : createMap());
  }
  // The library list is only for the Maps dialog: the map is usable before it arrives.
  s.library.setState({ ready: true });
  void refreshLibrary(s);
}

export async function openFromLibrary(s: Session, id: Id) {
  const loaded = await library(s).load(id);
  if (!loaded) return reportError(s, 'That map is no longer in the library.');
  if (!loaded.ok) return reportError(s, `That map could not be opened.\n${formatProblems(loaded.problems)}`);
  await show(s, loaded.doc, loaded.view);
}

export async function newMap(s: Session) {
  await show(s, createMap());
}

/**
 * The map being opened is already in the library: open that copy (with the
 * user's changes to it), or keep both. Resolves true to keep both.
 */
async function keepBoth(s: Session, existing: LibraryEntry, what: string): Promise<boolean> {
  return ask(
    s.confirm,
    `You already have “${existing.title}”`,
    `${what} is already in this browser's library, last changed ${new Date(existing.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}. Open the copy you have, with any changes you made to it, or keep both as separate maps?`,
    'Keep both',
    { cancelLabel: 'Open the copy you have', danger: false },
  );
}

async function openYourCopy(s: Session, existing: LibraryEntry) {
  if (s.map.getState().doc.id !== existing.id) await openFromLibrary(s, existing.id);
  notify(s, `Opened your copy of “${existing.title}”.`);
}

const inLibrary = (s: Session, match: (e: LibraryEntry) => boolean) => s.library.getState().entries.find((e) => !e.deletedAt && match(e));

export async function openExample(s: Session, file: string) {
  const info = EXAMPLES.find((e) => e.file === file);
  const existing = info ? inLibrary(s, (e) => e.title === info.title) : undefined;
  if (existing && !(await keepBoth(s, existing, 'This example'))) return openYourCopy(s, existing);
  try {
    await show(s, await loadExample(file));
  } catch (err) {
    reportError(s, `Could not open the example${info ? ` “${info.title}”` : ''}. Reload the page and try again.\n${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Opens a map file. A file whose map is already in the library opens as a copy rather than overwriting it. */
export async function openFile(s: Session, file: File) {
  const result = await readMapFile(file);
  if (!result.ok) return reportError(s, describeFailure(file.name, result.problems));
  let doc = result.doc;
  const existing = inLibrary(s, (e) => e.id === doc.id);
  if (existing && !(await keepBoth(s, existing, `The map in ${file.name}`))) return openYourCopy(s, existing);
  // Kept as a second map: a fresh id, so neither overwrites the other.
  if (existing || s.library.getState().entries.some((e) => e.id === doc.id) || s.map.getState().doc.id === doc.id) {
    doc = { ...doc, id: createMap().id };
  }
  await show(s, doc);
  const orphans = orphanedTouches(doc);
  const orphanNote = orphans.length
    ? `\n${count(orphans.length, 'touch')} ${plural(orphans.length, 'refers to')} ${orphans.length === 1 ? 'a node that is' : 'nodes that are'} not on the map; kept as orphaned: ${orphans
        .map(({ experiment, touch }) => `“${touch.nodeLabel}” in “${experiment.title}”`)
        .join(', ')}.`
    : '';
  notify(s, `Opened ${file.name}${result.migratedFrom ? ` (upgraded from file format version ${result.migratedFrom})` : ''}.${orphanNote}`);
}

/** The map as it is now: the open one straight from the store, since its saved copy may be a moment behind. */
async function latest(s: Session, id: Id): Promise<MapDocument | null> {
  const open = s.map.getState().doc;
  if (open.id === id) return open;
  const loaded = await library(s).load(id);
  return loaded?.ok ? loaded.doc : null;
}

export async function duplicateMap(s: Session, id: Id) {
  const original = await latest(s, id);
  if (!original) return reportError(s, 'That map could not be copied.');
  const doc = { ...original, id: createMap().id, meta: { ...original.meta, title: `${original.meta.title} (copy)` } };
  await library(s).save(doc);
  await refreshLibrary(s);
}

export async function renameMap(s: Session, id: Id, title: string) {
  if (s.map.getState().doc.id === id) {
    s.map.getState().dispatch(updateMeta({ title }, 'Rename map'));
    return;
  }
  const loaded = await library(s).load(id);
  if (!loaded?.ok) return reportError(s, 'That map could not be renamed.');
  await library(s).save({ ...loaded.doc, meta: { ...loaded.doc.meta, title, updatedAt: new Date().toISOString() } });
  await refreshLibrary(s);
}

/** Deleting moves a map to "Recently deleted"; it can be restored from there. */
export async function deleteMap(s: Session, id: Id) {
  await library(s).remove(id);
  if (s.map.getState().doc.id === id) {
    const other = (await library(s).list()).find((e) => !e.deletedAt);
    if (other) await openFromLibrary(s, other.id);
    else await newMap(s);
  }
  await refreshLibrary(s);
  notify(s, 'Map moved to Recently deleted.', { label: 'Restore', run: () => void restoreMap(s, id) });
}

export async function restoreMap(s: Session, id: Id) {
  await library(s).restore(id);
  await refreshLibrary(s);
}

export async function purgeMap(s: Session, id: Id) {
  await library(s).purge(id);
  await refreshLibrary(s);
}

export function saveView(s: Session, viewport: Viewport) {
  const id = s.map.getState().doc.id;
  void library(s).saveView(id, viewport).catch(() => undefined);
}
