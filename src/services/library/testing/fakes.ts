/** Stores that misbehave on purpose, for the storage tests. */
import { memoryKeyValue, type KeyValue } from '../keyValue.ts';
import type { JournalStorage } from '../journal.ts';

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A key-value store that works until told to fail, then fails every write (or every call) with the given error. */
export function flakyKeyValue(inner: KeyValue = memoryKeyValue()) {
  let failWrites: (() => Error) | null = null;
  let hang = false;
  const writes: string[] = [];
  const guard = async <T>(write: boolean, key: string, run: () => Promise<T>): Promise<T> => {
    if (hang) return new Promise<T>(() => undefined);
    if (write && failWrites) throw failWrites();
    if (write) writes.push(key);
    return run();
  };
  const kv: KeyValue = {
    get: (k) => guard(false, k, () => inner.get(k)),
    set: (k, v) => guard(true, k, () => inner.set(k, v)),
    del: (k) => guard(true, k, () => inner.del(k)),
    entries: () => guard(false, '', () => inner.entries()),
  };
  return {
    kv,
    inner,
    writes,
    failWith(error: (() => Error) | null) {
      failWrites = error;
    },
    hangForever() {
      hang = true;
    },
  };
}

/** localStorage as the browser has it: strings only, and a quota counted in characters. */
export function fakeLocalStorage(quotaChars = 5_000_000): JournalStorage & { used(): number; data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    used,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const before = data.get(k);
      if (used() - (before === undefined ? 0 : k.length + before.length) + k.length + v.length > quotaChars) throw quotaError();
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
