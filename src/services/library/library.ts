/**
 * The library of maps kept in this browser, over two key-value stores: one
 * for the maps (documents, views, deletion marks) and one for their versions
 * (kept apart so listing the maps never reads every snapshot). When IndexedDB
 * is unavailable (private windows, blocked storage) the app gets an in-memory
 * library with the same interface and tells the user their changes are not
 * being kept.
 */
import { parseMapValue, type Problem } from '../../model/load.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { parseStackValue, type StackLoadResult } from '../../model/stack/load.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import type { Viewport } from '../../store/mapStore.ts';
import { indexedDbKeyValue, memoryKeyValue, type KeyValue } from './keyValue.ts';
import { addVersion, listVersions, readVersion, removeVersions, type VersionInfo, type VersionReason } from './versions.ts';

export interface LibraryEntry {
  id: Id;
  title: string;
  updatedAt: string;
  nodeCount: number;
  deletedAt: string | null;
}

export type LoadedMap = { ok: true; doc: MapDocument; view: Viewport | null } | { ok: false; problems: Problem[] };

export interface MapLibrary {
  /** False when maps are only kept in memory for this visit. */
  readonly persistent: boolean;
  list(): Promise<LibraryEntry[]>;
  load(id: Id): Promise<LoadedMap | null>;
  save(doc: MapDocument): Promise<void>;
  saveView(id: Id, view: Viewport): Promise<void>;
  remove(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
  purge(id: Id): Promise<void>;
  lastOpen(): Promise<Id | null>;
  setLastOpen(id: Id): Promise<void>;
  /** Keeps a snapshot of doc among its map's versions; null when the newest already holds that state. */
  addVersion(doc: MapDocument, reason: VersionReason, now?: Date): Promise<VersionInfo | null>;
  /** A map's versions, newest first. */
  versions(id: Id): Promise<VersionInfo[]>;
  loadVersion(id: Id, versionId: string): Promise<LoadedMap | null>;
  /** Learning stacks, kept beside the maps under their own keys. */
  listStacks(): Promise<{ id: Id; title: string; updatedAt: string }[]>;
  loadStack(id: Id): Promise<StackLoadResult | null>;
  saveStack(stack: StackDocument): Promise<void>;
  removeStack(id: Id): Promise<void>;
}

// Each map's document, view and deletion mark live under separate keys, so
// that saving one never reads and rewrites another: an autosave and a view
// change that overlap cannot undo each other.
const MAP_PREFIX = 'map:';
const VIEW_PREFIX = 'view:';
const DELETED_PREFIX = 'deleted:';
const LAST_OPEN = 'app:last-open';
const STACK_PREFIX = 'stack:';

function summarise(id: Id, raw: unknown, deletedAt: string | null): LibraryEntry {
  const doc = raw as Partial<MapDocument> | null;
  return {
    id,
    title: typeof doc?.meta?.title === 'string' ? doc.meta.title : 'Untitled map',
    updatedAt: typeof doc?.meta?.updatedAt === 'string' ? doc.meta.updatedAt : '',
    nodeCount: doc?.nodes && typeof doc.nodes === 'object' ? Object.keys(doc.nodes).length : 0,
    deletedAt,
  };
}

/** Stored maps are validated (and migrated) every time they are read back. */
function validated(raw: unknown, view: Viewport | null): LoadedMap {
  const parsed = parseMapValue(raw);
  return parsed.ok ? { ok: true, doc: parsed.doc, view } : { ok: false, problems: parsed.problems };
}

/** A library over any two stores; tests pass stores that fail on purpose. */
export function libraryOver(kv: KeyValue, versionsKv: KeyValue, persistent: boolean): MapLibrary {
  // Version writes read and rewrite a map's index: one at a time, so two snapshots never drop each other.
  let versionQueue: Promise<unknown> = Promise.resolve();
  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const next = versionQueue.then(task, task);
    versionQueue = next.catch(() => undefined);
    return next;
  };
  return {
    persistent,
    async list() {
      const all = await kv.entries();
      const deleted = new Map(all.filter(([k]) => k.startsWith(DELETED_PREFIX)).map(([k, v]) => [k.slice(DELETED_PREFIX.length), String(v)]));
      return all
        .filter(([k]) => k.startsWith(MAP_PREFIX))
        .map(([k, v]) => {
          const id = k.slice(MAP_PREFIX.length);
          return summarise(id, v, deleted.get(id) ?? null);
        })
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async load(id) {
      const raw = await kv.get(MAP_PREFIX + id);
      if (raw === undefined) return null;
      const view = ((await kv.get(VIEW_PREFIX + id)) as Viewport | undefined) ?? null;
      return validated(raw, view);
    },
    save: (doc) => kv.set(MAP_PREFIX + doc.id, doc),
    saveView: (id, view) => kv.set(VIEW_PREFIX + id, view),
    remove: (id) => kv.set(DELETED_PREFIX + id, new Date().toISOString()),
    restore: (id) => kv.del(DELETED_PREFIX + id),
    async purge(id) {
      await queued(() => removeVersions(versionsKv, id));
      await kv.del(VIEW_PREFIX + id);
      await kv.del(MAP_PREFIX + id);
      await kv.del(DELETED_PREFIX + id);
    },
    async lastOpen() {
      const id = await kv.get(LAST_OPEN);
      return typeof id === 'string' ? id : null;
    },
    setLastOpen: (id) => kv.set(LAST_OPEN, id),
    addVersion: (doc, reason, now) => queued(() => addVersion(versionsKv, doc, reason, now)),
    versions: (id) => listVersions(versionsKv, id),
    async loadVersion(id, versionId) {
      const raw = await readVersion(versionsKv, id, versionId);
      return raw === undefined ? null : validated(raw, null);
    },
    async listStacks() {
      const all = await kv.entries();
      return all
        .filter(([k]) => k.startsWith(STACK_PREFIX))
        .map(([k, v]) => {
          const s = v as Partial<StackDocument> | null;
          return { id: k.slice(STACK_PREFIX.length), title: typeof s?.title === 'string' ? s.title : 'Untitled stack', updatedAt: typeof s?.updatedAt === 'string' ? s.updatedAt : '' };
        })
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async loadStack(id) {
      const raw = await kv.get(STACK_PREFIX + id);
      return raw === undefined ? null : parseStackValue(raw);
    },
    saveStack: (stack) => kv.set(STACK_PREFIX + stack.id, stack),
    removeStack: (id) => kv.del(STACK_PREFIX + id),
  };
}

export function memoryLibrary(): MapLibrary {
  return libraryOver(memoryKeyValue(), memoryKeyValue(), false);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('storage did not answer')), ms))]);
}

/**
 * Opens a library over the given stores, or says why it cannot: a probe
 * write must succeed within the time limit (a database blocked by another
 * window, or storage that is refused, fails here rather than at the first edit).
 */
export async function openLibrary(kv: () => KeyValue, versionsKv: () => KeyValue, timeoutMs = 4000): Promise<{ library: MapLibrary; problem: unknown }> {
  try {
    const maps = kv();
    await withTimeout(maps.set('app:probe', Date.now()), timeoutMs);
    return { library: libraryOver(maps, versionsKv(), true), problem: null };
  } catch (err) {
    return { library: memoryLibrary(), problem: err };
  }
}

/** Opens the browser's library, or explains why it cannot. */
export function openBrowserLibrary(): Promise<{ library: MapLibrary; problem: unknown }> {
  return openLibrary(
    () => {
      // Reading indexedDB itself throws in some locked-down browsers, so this sits inside openLibrary's try.
      if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
      return indexedDbKeyValue('system-canvas', 'maps');
    },
    () => indexedDbKeyValue('system-canvas-versions', 'versions'),
  );
}
