/**
 * The app's one session, and React hooks onto its stores. Components read
 * state with `useMapStore(selector)` as with any zustand store; services are
 * called with `appSession`. Tests of the stores and services make their own
 * sessions (src/services/session.ts) and never touch this one.
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createSession } from '../services/session.ts';

export const appSession = createSession();

/** A hook for one store, which also carries the store's getState/setState/subscribe. */
function hookFor<T>(store: StoreApi<T>) {
  function useBound(): T;
  function useBound<U>(selector: (state: T) => U): U;
  function useBound<U>(selector?: (state: T) => U) {
    return useStore(store, selector ?? ((s: T) => s as unknown as U));
  }
  return Object.assign(useBound, store);
}

export const useMapStore = hookFor(appSession.map);
export const useViewStore = hookFor(appSession.view);
export const useLibrary = hookFor(appSession.library);
export const useSaveStatus = hookFor(appSession.saveStatus);
export const useNotices = hookFor(appSession.notices);
export const useConfirm = hookFor(appSession.confirm);
export const useRoom = hookFor(appSession.room);
export const useStack = hookFor(appSession.stack);
export const useImports = hookFor(appSession.imports);
