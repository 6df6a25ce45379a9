import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { IndexeddbPersistence } from 'y-indexeddb';

const stored = vi.hoisted(() => ({ count: 0 }));
vi.mock('y-indexeddb', () => ({ storeState: () => Promise.resolve(void (stored.count += 1)) }));
const { storeFirstSyncWhenIdle } = await import('./firstSync.ts');

/** Stand-ins with the parts firstSync.ts uses: each 'update' listener records the origins it was given. */
function room() {
  const ydoc = new Y.Doc();
  const sent: unknown[] = [];
  const kept: unknown[] = [];
  const handlers = new Map<string, () => void>();
  const provider = {
    isSynced: false,
    boundDocumentUpdateHandler: (_u: Uint8Array, origin: unknown) => void sent.push(origin),
    on: (name: string, fn: () => void) => void handlers.set(name, fn),
    off: (name: string) => void handlers.delete(name),
  };
  const persistence = { _storeUpdate: (_u: Uint8Array, origin: unknown) => void kept.push(origin), whenSynced: Promise.resolve() };
  ydoc.on('update', provider.boundDocumentUpdateHandler);
  ydoc.on('update', persistence._storeUpdate);
  const stop = storeFirstSyncWhenIdle(ydoc, provider as unknown as HocuspocusProvider, persistence as unknown as IndexeddbPersistence);
  const synced = () => {
    provider.isSynced = true;
    handlers.get('synced')?.();
  };
  return { ydoc, provider, sent, kept, stop, synced };
}

describe('the first sync is stored in one piece', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    stored.count = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('does not re-encode what the server sent before the first sync, and stores the whole doc once idle', async () => {
    const r = room();
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('n1', 1), r.provider);
    expect(r.sent).toEqual([]);
    expect(r.kept).toEqual([]);
    r.synced();
    await vi.runAllTimersAsync();
    expect(stored.count).toBe(1);
  });

  it('gives my own edits, and everything after the first sync, to both listeners', () => {
    const r = room();
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('mine', 1), 'me');
    r.synced();
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('n2', 2), r.provider);
    r.provider.isSynced = false; // a reconnection: not the first sync any more
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('n3', 3), r.provider);
    expect(r.sent).toEqual(['me', r.provider, r.provider]);
    expect(r.kept).toEqual(['me', r.provider, r.provider]);
  });

  it('still sends an edit made while the server’s update was being applied', () => {
    const r = room();
    r.ydoc.getMap('nodes').observe((event) => {
      if (event.transaction.origin === r.provider) r.ydoc.transact(() => r.ydoc.getMap('repairs').set('r', 1), 'repair');
    });
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('n1', 1), r.provider);
    expect(r.sent).toEqual(['repair']);
    expect(r.kept).toEqual(['repair']);
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('mine', 1), 'me');
    expect(r.sent).toEqual(['repair', 'me']);
  });

  it('puts the listeners back and stores nothing once stopped', async () => {
    const r = room();
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('n1', 1), r.provider);
    r.stop();
    await vi.runAllTimersAsync();
    expect(stored.count).toBe(0);
    r.ydoc.transact(() => r.ydoc.getMap('nodes').set('mine', 1), 'me');
    expect(r.sent).toEqual(['me']);
  });
});
