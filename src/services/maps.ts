/**
 * Which map is open and where maps are kept: start-up (restore the last map,
 * or open the first example on a first visit), opening, creating and
 * importing maps, and the library list. Every function acts on one session.
 */
import { createMap, updateMeta } from '../model/operations.ts';
import { orphanedTouches } from '../model/experiments.ts';
import type { Id, MapDocument } from '../model/types.ts';
import { formatProblems, type LoadResult } from '../model/load.ts';
import { count, plural } from '../model/plural.ts';
import type { Viewport } from '../store/mapStore.ts';
import { startAutosave, type Autosave } from './library/autosave.ts';
import { browserJournal, type Journal } from './library/journal.ts';
import { askToKeep, type StorageManagerLike } from './library/keeping.ts';
import { openBrowserLibrary, type MapLibrary } from './library/library.ts';
import { replayJournal } from './library/recover.ts';
import { snapshotOpenMap, startSnapshots, takeSnapshot } from './library/snapshots.ts';
import { describeStorageError } from './library/storageErrors.ts';
import { EXAMPLES, loadExample } from './examples.ts';
import { describeFailure } from './fileIO.ts';
import { notify, reportError, type Session } from './session.ts';
import { stacksHolding, startStackAutosave, startStackFollowsMap } from './stacks.ts';
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
    s.saveStatus.getState().set('failed', describeStorageError(err));
  }
  s.map.getState().openDocument(doc, view);
  await refreshLibrary(s);
}

/** What boot needs from the browser; tests pass their own. */
export interface BootDeps {
  openLibrary(): Promise<{ library: MapLibrary; problem: unknown }>;
  journal: Journal;
  storageManager?: StorageManagerLike;
}

const browserDeps = (): BootDeps => ({
  openLibrary: openBrowserLibrary,
  journal: browserJournal(),
  storageManager: typeof navigator === 'undefined' ? undefined : navigator.storage,
});

/**
 * Start-up: the library, recovery from the journal, autosave, and then the
 * last map (or the first example). With `openMap: false` (a room link is
 * being joined meanwhile) no map is opened: the room's map is what is shown.
 */
export async function boot(s: Session, deps: BootDeps = browserDeps(), { openMap = true }: { openMap?: boolean } = {}): Promise<Autosave> {
  const { library: lib, problem } = await deps.openLibrary();
  s.library.setState({ library: lib });
  if (problem) s.saveStatus.getState().set('unavailable', describeStorageError(problem));
  void askToKeep(deps.storageManager, lib.persistent).then((keeping) => s.library.setState({ keeping }));

  // Edits the journal holds but the library may not (the tab closed or died mid-write) come back first.
  const recovered = await replayJournal(lib, deps.journal);
  const autosave = startAutosave(s, lib, { journal: deps.journal });
  startSnapshots(s);
  startStackAutosave(s);
  startStackFollowsMap(s);

  if (!openMap) {
    s.library.setState({ ready: true });
    void refreshLibrary(s);
    return autosave;
  }
  await openLast(s, lib, recovered);
  // The library list is only for the Maps dialog: the map is usable before it arrives.
  s.library.setState({ ready: true });
  void refreshLibrary(s);
  return autosave;
}

/**
 * The last map open in this browser (the journal's copy when it is newer), or
 * the first example. `recovered`: the maps start-up took back from the journal.
 */
async function openLast(s: Session, lib: MapLibrary, recovered: ReadonlyMap<Id, MapDocument> = new Map()): Promise<void> {
  const lastId = (await lib.lastOpen().catch(() => null)) ?? [...recovered.keys()].pop() ?? null;
  const fromJournal = lastId ? recovered.get(lastId) : undefined;
  const last = lastId ? await lib.load(lastId).catch(() => null) : null;
  if (fromJournal) {
    // The journal's copy, even if writing it back failed: autosave keeps trying.
    s.map.getState().openDocument(fromJournal, last?.ok ? last.view : null);
  } else if (last?.ok) {
    s.map.getState().openDocument(last.doc, last.view);
  } else {
    if (last && !last.ok) reportError(s, `The last map could not be restored; it is kept in the library as it was.\n${formatProblems(last.problems)}`);
    const first = EXAMPLES[0];
    await show(s, first ? await loadExample(first.file) : createMap());
  }
}

/** After start-up opened no map (a room link was in the address) and the person chose not to join: their own last map. */
export function openLastMap(s: Session): Promise<void> {
  return openLast(s, s.library.getState().library);
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

/** Puts a map read from a file on the canvas as a new map: a map already in the library opens as a copy rather than overwriting it. */
export async function openAsNewMap(s: Session, doc: MapDocument): Promise<MapDocument> {
  await snapshotOpenMap(s, 'before-open-file');
  const existing = s.library.getState().entries.find((e) => e.id === doc.id);
  const opened = existing || s.map.getState().doc.id === doc.id ? { ...doc, id: createMap().id } : doc;
  await show(s, opened);
  return opened;
}

/** Opens one of our own map files once the loader has read it (src/services/imports/openFiles.ts reads it). */
export async function openLoadedMap(s: Session, fileName: string, result: LoadResult) {
  if (!result.ok) return reportError(s, describeFailure(fileName, result.problems));
  const existing = inLibrary(s, (e) => e.id === result.doc.id);
  if (existing && !(await keepBoth(s, existing, `The map in ${fileName}`))) return openYourCopy(s, existing);
  const doc = await openAsNewMap(s, result.doc);
  const orphans = orphanedTouches(doc);
  const orphanNote = orphans.length
    ? `\n${count(orphans.length, 'touch')} ${plural(orphans.length, 'refers to')} ${orphans.length === 1 ? 'a node that is' : 'nodes that are'} not on the map; kept as orphaned: ${orphans
        .map(({ experiment, touch }) => `“${touch.nodeLabel}” in “${experiment.title}”`)
        .join(', ')}.`
    : '';
  notify(s, `Opened ${fileName}${result.migratedFrom ? ` (upgraded from file format version ${result.migratedFrom})` : ''}.${orphanNote}`);
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
  const doc = await latest(s, id);
  // A map a learning stack refers to: say what points at it first. The references stay readable by the labels they keep.
  const holding = await stacksHolding(s, id);
  if (holding.length) {
    const title = doc?.meta.title ?? 'This map';
    const where = holding.map((h) => `“${h.title}”${h.references.length ? ` (${h.references.join(', ')})` : ''}`).join('; ');
    const one = holding.length === 1;
    const ok = await ask(
      s.confirm,
      one ? 'Delete a map a learning stack refers to?' : `Delete a map ${holding.length} learning stacks refer to?`,
      `“${title}” is in the learning ${one ? 'stack' : 'stacks'} ${where}. Deleting it moves it to Recently deleted; the ${one ? 'stack' : 'stacks'} will show it as missing, and ${one ? 'its' : 'their'} connections, same-as links and learnings stay readable by the names they keep.`,
      'Delete map',
    );
    if (!ok) return;
  }
  if (doc) await takeSnapshot(s, doc, 'before-delete');
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
