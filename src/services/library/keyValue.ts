/**
 * The storage a library needs: a key-value store. IndexedDB through
 * idb-keyval in the browser, a Map in tests and when the browser keeps
 * nothing. Each value is written whole in one IndexedDB transaction, so a
 * failed or interrupted write leaves the previous value as it was: no record
 * is ever half written.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

export function memoryKeyValue(): KeyValue {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    del: async (k) => void data.delete(k),
    entries: async () => [...data.entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]),
  };
}

/**
 * An IndexedDB store that reopens its database when the browser has closed
 * the connection (InvalidStateError), which it does when clearing site data
 * or under memory pressure; idb-keyval would otherwise fail every later write.
 */
export function indexedDbKeyValue(dbName: string, storeName: string): KeyValue {
  let store: UseStore = createStore(dbName, storeName);
  const run = async <T>(action: (s: UseStore) => Promise<T>): Promise<T> => {
    try {
      return await action(store);
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'InvalidStateError')) throw err;
      store = createStore(dbName, storeName);
      return action(store);
    }
  };
  return {
    get: (k) => run((s) => get(k, s)),
    set: (k, v) => run((s) => set(k, v, s)),
    del: (k) => run((s) => del(k, s)),
    entries: () => run((s) => entries<string, unknown>(s)),
  };
}
