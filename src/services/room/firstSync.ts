/**
 * The room's first sync brings the whole map: a megabyte of updates for a
 * 2,000-node room. After every transaction Yjs encodes the update once more
 * for the Y.Doc's 'update' listeners, here the provider (which drops what it
 * received itself) and y-indexeddb (which stores it): 70-90 ms of the first
 * sync on the benchmark's machine, before the map can be drawn.
 *
 * So until the provider's first sync is done, transactions that came from the
 * server are not given to those two listeners; this browser's copy of the
 * room is then written in one piece from the whole Y.Doc (y-indexeddb's
 * storeState) when the browser is next idle, after the map is on screen.
 * Every other transaction (my own edits, or any made while the server's were
 * being applied) still reaches both listeners as before.
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { storeState, type IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** How long the copy may wait for an idle moment. */
const STORE_WITHIN_MS = 2000;

type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** Starts watching; the returned function stops (and writes nothing more). */
export function storeFirstSyncWhenIdle(ydoc: Y.Doc, provider: HocuspocusProvider, persistence: IndexeddbPersistence): () => void {
  const listeners: UpdateListener[] = [provider.boundDocumentUpdateHandler, persistence._storeUpdate];
  let firstSyncDone = false;
  let setAside = false;
  let stopped = false;
  let pending: (() => void) | null = null;

  const putBack = () => {
    if (!setAside) return;
    setAside = false;
    for (const listener of listeners) ydoc.on('update', listener);
  };

  const storeLater = () => {
    pending?.();
    pending = whenIdle(() => {
      pending = null;
      // Only once y-indexeddb has read what it held: until then it has no database to write to.
      void persistence.whenSynced.then(() => {
        if (!stopped) void storeState(persistence);
      });
    });
  };

  // Emitted just before Yjs encodes a transaction for 'update' listeners, and again for each
  // transaction made inside the observers of another: each is judged on its own origin.
  const beforeEncoding = (tr: Y.Transaction) => {
    putBack();
    if (firstSyncDone || tr.origin !== provider || provider.isSynced) return;
    setAside = true;
    for (const listener of listeners) ydoc.off('update', listener);
    storeLater();
  };
  const onSynced = () => {
    firstSyncDone = true;
  };

  ydoc.on('afterTransactionCleanup', beforeEncoding);
  ydoc.on('afterAllTransactions', putBack);
  provider.on('synced', onSynced);
  return () => {
    stopped = true;
    pending?.();
    ydoc.off('afterTransactionCleanup', beforeEncoding);
    ydoc.off('afterAllTransactions', putBack);
    provider.off('synced', onSynced);
    putBack();
  };
}

/** Runs `fn` when the browser is next idle (within STORE_WITHIN_MS); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: STORE_WITHIN_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, STORE_WITHIN_MS / 4);
  return () => clearTimeout(handle);
}
