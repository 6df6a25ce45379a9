/**
 * The library of maps kept in this browser. IndexedDB through idb-keyval
 * (a tiny, well-kept wrapper: promise API, no schema upgrades to manage).
 * When IndexedDB is unavailable (private windows, blocked storage) the app
 * gets an in-memory library with the same interface and tells the user their
 * changes are not being kept.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { parseMapValue, type Problem } from '../../model/load.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { parseStackValue, type StackLoadResult } from '../../model/stack/load.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import type { Viewport } from '../../store/mapStore.ts';

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

/** The storage a library needs: a key-value store. */
interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

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

function libraryOver(kv: KeyValue, persistent: boolean): MapLibrary {
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
      // Stored maps are validated (and migrated) every time they are read back.
      const parsed = parseMapValue(raw);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      const view = ((await kv.get(VIEW_PREFIX + id)) as Viewport | undefined) ?? null;
      return { ok: true, doc: parsed.doc, view };
    },
    save: (doc) => kv.set(MAP_PREFIX + doc.id, doc),
    saveView: (id, view) => kv.set(VIEW_PREFIX + id, view),
    remove: (id) => kv.set(DELETED_PREFIX + id, new Date().toISOString()),
    restore: (id) => kv.del(DELETED_PREFIX + id),
    async purge(id) {
      await kv.del(MAP_PREFIX + id);
      await kv.del(VIEW_PREFIX + id);
      await kv.del(DELETED_PREFIX + id);
    },
    async lastOpen() {
      const id = await kv.get(LAST_OPEN);
      return typeof id === 'string' ? id : null;
    },
    setLastOpen: (id) => kv.set(LAST_OPEN, id),
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
  const data = new Map<string, unknown>();
  return libraryOver(
    {
      get: async (k) => structuredClone(data.get(k)),
      set: async (k, v) => void data.set(k, structuredClone(v)),
      del: async (k) => void data.delete(k),
      entries: async () => [...data.entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]),
    },
    false,
  );
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('storage did not answer')), ms))]);
}

/** Opens the browser's library, or explains why it cannot. */
export async function openBrowserLibrary(): Promise<{ library: MapLibrary; problem: string | null }> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    const store: UseStore = createStore('system-canvas', 'maps');
    await withTimeout(set('app:probe', Date.now(), store), 4000);
    const kv: KeyValue = {
      get: (k) => get(k, store),
      set: (k, v) => set(k, v, store),
      del: (k) => del(k, store),
      entries: () => entries<string, unknown>(store),
    };
    return { library: libraryOver(kv, true), problem: null };
  } catch (err) {
    return { library: memoryLibrary(), problem: err instanceof Error ? err.message : String(err) };
  }
}
