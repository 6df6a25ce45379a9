/**
 * A session: one person's open map, how they are looking at it, and the
 * services' state around it (the library, save status, notices, questions).
 * Everything lives in the session object, not in modules, so a test can make
 * several sessions side by side and drive each without a browser, and the
 * app makes exactly one (src/ui/appSession.ts).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createMapStore, type MapStore } from '../store/mapStore.ts';
import { createViewStore, type ViewStore } from '../store/viewStore.ts';
import { createStackStore, type StackStore } from '../store/stackStore.ts';
import { createConfirmStore, type ConfirmStore } from './confirm.ts';
import { createImportStore, type ImportStore } from './imports/store.ts';
import { memoryLibrary, type LibraryEntry, type MapLibrary } from './library/library.ts';
import type { Keeping } from './library/keeping.ts';
import { createSaveStatusStore, type SaveStatusStore } from './library/saveStatus.ts';
import { createNoticeStore, type Notice, type NoticeStore } from './notices.ts';
import { createRoomStore, type RoomStore } from './room/roomState.ts';
import { stampingVoice } from './profile.ts';

export interface LibraryState {
  library: MapLibrary;
  entries: LibraryEntry[];
  /** True once the first map is open. */
  ready: boolean;
  /** Whether the browser has promised to keep the library (see library/keeping.ts). */
  keeping: Keeping;
}

export interface Session {
  map: MapStore;
  view: ViewStore;
  library: StoreApi<LibraryState>;
  saveStatus: SaveStatusStore;
  notices: NoticeStore;
  confirm: ConfirmStore;
  /** The live room the map is in, if any (src/services/room). */
  room: RoomStore;
  /** The open learning stack, if any. */
  stack: StackStore;
  /** Other tools' files being read, the import report awaiting an answer, scenarios that came with them. */
  imports: ImportStore;
}

export function createSession(library: MapLibrary = memoryLibrary()): Session {
  const view = createViewStore();
  return {
    map: createMapStore(() => view.getState().reset(), stampingVoice),
    view,
    library: createStore<LibraryState>()(() => ({ library, entries: [], ready: false, keeping: 'unknown' })),
    saveStatus: createSaveStatusStore(),
    notices: createNoticeStore(),
    confirm: createConfirmStore(),
    room: createRoomStore(),
    stack: createStackStore(),
    imports: createImportStore(),
  };
}

export const notify = (s: Session, text: string, action?: Notice['action']) => s.notices.getState().show({ tone: 'info', text, action });
export const reportError = (s: Session, text: string) => s.notices.getState().show({ tone: 'error', text });
