/**
 * Which map is open and where maps are kept: start-up (restore the last map,
 * or open the first example on a first visit), opening, creating and
 * importing maps, and the library list.
 */
import { create } from 'zustand';
import { createMap, updateMeta } from '../model/operations.ts';
import { orphanedTouches } from '../model/experiments.ts';
import type { Id, MapDocument } from '../model/types.ts';
import { startAutosave } from './library/autosave.ts';
import { memoryLibrary, openBrowserLibrary, type LibraryEntry, type MapLibrary } from './library/library.ts';
import { useSaveStatus } from './library/saveStatus.ts';
import { useMapStore, type Viewport } from '../store/mapStore.ts';
import { EXAMPLES, loadExample } from './examples.ts';
import { describeFailure, readMapFile } from './fileIO.ts';
import { formatProblems } from '../model/load.ts';
import { reportError, notify } from './notices.ts';

interface SessionState {
  library: MapLibrary;
  entries: LibraryEntry[];
  ready: boolean;
  refresh(): Promise<void>;
}

export const useSession = create<SessionState>()((set, get) => ({
  library: memoryLibrary(),
  entries: [],
  ready: false,
  async refresh() {
    set({ entries: await get().library.list() });
  },
}));

const library = () => useSession.getState().library;

/** Puts a document on the canvas and records it as the last one open. */
async function show(doc: MapDocument, view: Viewport | null = null) {
  // Stored first, shown second: once the user sees the map, a reload brings it back.
  try {
    await library().save(doc);
    await library().setLastOpen(doc.id);
  } catch (err) {
    useSaveStatus.getState().set('failed', err instanceof Error ? err.message : String(err));
  }
  useMapStore.getState().openDocument(doc, view);
  await useSession.getState().refresh();
}

export async function boot() {
  const { library: lib, problem } = await openBrowserLibrary();
  useSession.setState({ library: lib });
  if (problem) useSaveStatus.getState().set('unavailable', problem);
  startAutosave(lib);

  const lastId = await lib.lastOpen().catch(() => null);
  const last = lastId ? await lib.load(lastId).catch(() => null) : null;
  if (last?.ok) {
    useMapStore.getState().openDocument(last.doc, last.view);
  } else {
    if (last && !last.ok) reportError(`The last map could not be restored; it is kept in the library as it was.\n${formatProblems(last.problems)}`);
    const first = EXAMPLES[0];
    await show(first ? await loadExample(first.file) : createMap());
  }
  // The library list is only for the Maps dialog: the map is usable before it arrives.
  useSession.setState({ ready: true });
  void useSession.getState().refresh();
}

export async function openFromLibrary(id: Id) {
  const loaded = await library().load(id);
  if (!loaded) return reportError('That map is no longer in the library.');
  if (!loaded.ok) return reportError(`That map could not be opened.\n${formatProblems(loaded.problems)}`);
  await show(loaded.doc, loaded.view);
}

export async function newMap() {
  await show(createMap());
}

export async function openExample(file: string) {
  try {
    await show(await loadExample(file));
  } catch (err) {
    reportError(err instanceof Error ? err.message : String(err));
  }
}

/** Opens a map file. A file whose map is already in the library opens as a copy rather than overwriting it. */
export async function openFile(file: File) {
  const result = await readMapFile(file);
  if (!result.ok) return reportError(describeFailure(file.name, result.problems));
  let doc = result.doc;
  const existing = useSession.getState().entries.find((e) => e.id === doc.id);
  if (existing || useMapStore.getState().doc.id === doc.id) {
    doc = { ...doc, id: createMap().id };
  }
  await show(doc);
  const orphans = orphanedTouches(doc);
  const orphanNote = orphans.length
    ? `\n${orphans.length} touch${orphans.length === 1 ? ' refers to a node that is' : 'es refer to nodes that are'} not on the map; kept as orphaned: ${orphans
        .map(({ experiment, touch }) => `“${touch.nodeLabel}” in “${experiment.title}”`)
        .join(', ')}.`
    : '';
  notify(`Opened ${file.name}${result.migratedFrom ? ` (upgraded from file format version ${result.migratedFrom})` : ''}.${orphanNote}`);
}

/** The map as it is now: the open one straight from the store, since its saved copy may be a moment behind. */
async function latest(id: Id): Promise<MapDocument | null> {
  const open = useMapStore.getState().doc;
  if (open.id === id) return open;
  const loaded = await library().load(id);
  return loaded?.ok ? loaded.doc : null;
}

export async function duplicateMap(id: Id) {
  const original = await latest(id);
  if (!original) return reportError('That map could not be copied.');
  const doc = { ...original, id: createMap().id, meta: { ...original.meta, title: `${original.meta.title} (copy)` } };
  await library().save(doc);
  await useSession.getState().refresh();
}

export async function renameMap(id: Id, title: string) {
  if (useMapStore.getState().doc.id === id) {
    useMapStore.getState().dispatch(updateMeta({ title }, 'Rename map'));
    return;
  }
  const loaded = await library().load(id);
  if (!loaded?.ok) return reportError('That map could not be renamed.');
  await library().save({ ...loaded.doc, meta: { ...loaded.doc.meta, title, updatedAt: new Date().toISOString() } });
  await useSession.getState().refresh();
}

/** Deleting moves a map to "Recently deleted"; it can be restored from there. */
export async function deleteMap(id: Id) {
  await library().remove(id);
  if (useMapStore.getState().doc.id === id) {
    const other = (await library().list()).find((e) => !e.deletedAt);
    if (other) await openFromLibrary(other.id);
    else await newMap();
  }
  await useSession.getState().refresh();
  notify('Map moved to Recently deleted.', { label: 'Restore', run: () => void restoreMap(id) });
}

export async function restoreMap(id: Id) {
  await library().restore(id);
  await useSession.getState().refresh();
}

export async function purgeMap(id: Id) {
  await library().purge(id);
  await useSession.getState().refresh();
}

export function saveView(viewport: Viewport) {
  const id = useMapStore.getState().doc.id;
  void library().saveView(id, viewport).catch(() => undefined);
}
