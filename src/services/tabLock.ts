/**
 * One tab edits a map of one's own at a time. Two tabs of one browser on the
 * same local map would each autosave their own copy over the other's (last
 * writer wins, silently). With the Web Locks API the first tab holds the map;
 * a second tab on it is read-only and says so, with "Use this tab", which
 * takes the map over (the first tab then becomes read-only) after loading
 * what the first tab saved. Why not merge: a local map has no Y.Doc history
 * to merge from; a live room (below) does, so tabs in a room simply merge.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Id } from '../model/types.ts';
import type { Session } from './session.ts';

export const OTHER_TAB = 'This map is open in another tab of this browser. Edit it there, or use this tab instead (the other tab then stops editing).';

export type TabLockStore = StoreApi<{ blocked: boolean }>;

interface Claim {
  id: Id;
  release(): void;
}

const claims = new WeakMap<Session, { store: TabLockStore; claim(id: Id, steal: boolean): void }>();

/** Starts watching which local map is open; returns a store saying whether this tab is blocked. */
export function watchTabLock(s: Session): TabLockStore {
  const store: TabLockStore = createStore(() => ({ blocked: false }));
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  let current: Claim | null = null;

  const block = () => {
    store.setState({ blocked: true });
    s.map.getState().setReadOnly(OTHER_TAB);
  };
  const unblock = () => {
    store.setState({ blocked: false });
    if (s.map.getState().readOnly === OTHER_TAB) s.map.getState().setReadOnly(null);
  };

  const claim = (id: Id, steal: boolean) => {
    current?.release();
    current = null;
    if (!locks) return;
    let release = () => undefined as void;
    const held = new Promise<void>((r) => (release = r));
    const mine: Claim = { id, release };
    current = mine;
    locks
      .request(`system-canvas-map-${id}`, steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (current !== mine) return;
        if (!lock) return block();
        unblock();
        await held;
      })
      // Another tab pressed "Use this tab": our hold was taken away.
      .catch((err: unknown) => {
        if (current === mine && err instanceof DOMException && err.name === 'AbortError') block();
      });
  };

  s.map.subscribe((state, prev) => {
    if (state.shared) {
      // A room merges tabs through its shared document: no need to hold the map.
      if (!prev.shared) {
        current?.release();
        current = null;
        unblock();
      }
      return;
    }
    if (state.doc.id !== current?.id || (prev.shared && !state.shared)) claim(state.doc.id, false);
    // Opening a map clears read-only; a blocked tab stays blocked for the same map.
    else if (store.getState().blocked && !state.readOnly) s.map.getState().setReadOnly(OTHER_TAB);
  });
  if (!s.map.getState().shared) claim(s.map.getState().doc.id, false);
  claims.set(s, { store, claim });
  return store;
}

/** "Use this tab": take the map over from the other tab, showing what it last saved. */
export async function takeOverTab(s: Session): Promise<void> {
  const entry = claims.get(s);
  if (!entry) return;
  const id = s.map.getState().doc.id;
  entry.claim(id, true);
  const loaded = await s.library.getState().library.load(id).catch(() => null);
  if (loaded?.ok) s.map.getState().openDocument(loaded.doc, loaded.view);
  else s.map.getState().setReadOnly(null);
  entry.store.setState({ blocked: false });
}
