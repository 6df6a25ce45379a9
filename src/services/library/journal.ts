/**
 * The write-ahead journal: the open map's latest state, written to
 * localStorage synchronously, in the same task as the edit. IndexedDB writes
 * are asynchronous and a tab closed, reloaded or killed a moment after an
 * edit loses them; a localStorage write is on its way to disk before the edit
 * returns. Boot replays an entry that is newer than the library's copy
 * (recover.ts), and autosave removes it once IndexedDB has the same state.
 *
 * Bounded: one entry per map with unsaved edits (removed when saved), and a
 * map too big for the journal (over `limitChars`, or over the browser's
 * quota) is not journaled at all; autosave then writes it at once and asks
 * before the tab closes while a write is pending.
 * The healthy-weight example is about 108,000 characters; the limit allows
 * maps about ten times its size.
 */
import type { Id, MapDocument } from '../../model/types.ts';
import { countOf } from '../../model/count.ts';

/** The part of the Web Storage interface the journal uses (localStorage, or a fake in tests). */
export interface JournalStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface JournalEntry {
  mapId: Id;
  /** When the entry was written (ms since 1970): compared with the library copy's updatedAt. */
  at: number;
  doc: unknown;
}

export interface Journal {
  /** Records doc; returns a stamp for clear(), or null when it could not be kept (too big, full, no storage). */
  write(doc: MapDocument, now?: number): number | null;
  /** Removes a map's entry if it still holds the write with this stamp (a later edit may have replaced it). */
  clear(mapId: Id, stamp: number): void;
  remove(mapId: Id): void;
  entries(): JournalEntry[];
}

const PREFIX = 'system-canvas:journal:';
const JOURNAL_LIMIT_CHARS = 1_000_000;

const size = (doc: MapDocument) => countOf(doc.nodes) + countOf(doc.links);

export function createJournal(storage: JournalStorage | null, limitChars = JOURNAL_LIMIT_CHARS): Journal {
  let nextStamp = 1;
  const latest = new Map<Id, number>();
  // Maps found too big, with their size then: skip serialising them on every
  // keystroke until they shrink well below it.
  const tooBig = new Map<Id, number>();

  const remove = (mapId: Id) => {
    latest.delete(mapId);
    try {
      storage?.removeItem(PREFIX + mapId);
    } catch {
      // Storage gone: nothing left to remove.
    }
  };

  return {
    write(doc, now = Date.now()) {
      if (!storage) return null;
      const big = tooBig.get(doc.id);
      if (big !== undefined && size(doc) > big * 0.9) return null;
      const json = JSON.stringify(doc);
      // An older entry must not outlive a newer state it cannot hold.
      if (json.length > limitChars) {
        tooBig.set(doc.id, size(doc));
        remove(doc.id);
        return null;
      }
      tooBig.delete(doc.id);
      try {
        storage.setItem(PREFIX + doc.id, `{"at":${now},"doc":${json}}`);
      } catch {
        remove(doc.id);
        return null;
      }
      const stamp = nextStamp++;
      latest.set(doc.id, stamp);
      return stamp;
    },
    clear(mapId, stamp) {
      if (latest.get(mapId) === stamp) remove(mapId);
    },
    remove,
    entries() {
      if (!storage) return [];
      const found: JournalEntry[] = [];
      try {
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(PREFIX)) keys.push(key);
        }
        for (const key of keys) {
          const mapId = key.slice(PREFIX.length);
          try {
            const parsed = JSON.parse(storage.getItem(key) ?? '') as { at?: unknown; doc?: unknown };
            if (typeof parsed.at === 'number') found.push({ mapId, at: parsed.at, doc: parsed.doc });
            else storage.removeItem(key);
          } catch {
            // A damaged entry (cut short by a full disk) holds nothing to recover.
            storage.removeItem(key);
          }
        }
      } catch {
        return found;
      }
      return found;
    },
  };
}

/** The browser's journal, or a journal that keeps nothing where localStorage is refused. */
export function browserJournal(): Journal {
  try {
    return createJournal(typeof localStorage === 'undefined' ? null : localStorage);
  } catch {
    return createJournal(null);
  }
}
