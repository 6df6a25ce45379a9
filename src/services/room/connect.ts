/**
 * Being in a live room: the room's Y.Doc kept in this browser (y-indexeddb,
 * so it opens and edits offline) and on the room server (a Hocuspocus
 * provider), bound to the store through src/sync's SharedMap. The store's
 * document comes from the room while this is open; leaving (opening another
 * map) closes the connection.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { SharedMap, type PrivateNotes } from '../../sync/index.ts';
import { notify, reportError, type Session } from '../session.ts';
import { readAnnouncement } from './announce.ts';
import { storeFirstSyncWhenIdle } from './firstSync.ts';
import { joinRefused, NO_KEY, serverUnreachable } from './failures.ts';
import { facilitatorToken, keepFacilitatorToken, loadIdentity, participantKey } from './identity.ts';
import { roleOf, roomLink } from './links.ts';
import { onHandsOff, othersSpacing, pacedOncePerFrame } from './pacing.ts';
import { publishMine, watchPeople } from './presence.ts';
import { leaveRoom, setLiveRoom, type LiveRoom } from './live.ts';
import { NO_ROOM, readOnlyText, type ReadOnlyReason, type Role } from './roomState.ts';

const privateKey = (room: string) => `system-canvas.room.${room}.private`;

function loadPrivateNotes(room: string): PrivateNotes | undefined {
  try {
    const raw = localStorage.getItem(privateKey(room));
    return raw ? (JSON.parse(raw) as PrivateNotes) : undefined;
  } catch {
    return undefined;
  }
}

function websocketUrl(participant: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/rooms?participant=${encodeURIComponent(participant)}&key=${encodeURIComponent(participantKey())}`;
}

/**
 * Settles once the room's socket is open and the provider has asked the
 * server for the room, or after `withinMs` at most (offline, or a slow
 * network). Start-up renders after it (main.tsx): the socket's open event
 * waits for the main thread like any other task, and the server starts
 * sending the room only once it has been handled.
 */
export function whenAskedForRoom(live: LiveRoom, withinMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      live.provider.off('open', done);
      resolve();
    };
    const timer = setTimeout(done, withinMs);
    // Emitted just before the provider sends its token and first sync message, in the same task.
    live.provider.on('open', done);
  });
}

/** How long a join may go without reaching the server before the app says so (edits go on meanwhile). */
const UNREACHABLE_AFTER_MS = 4000;

/**
 * Joins a room with a capability (the facilitator's kept one wins over a
 * link's). `privateNotes` are the sharer's own, which never go to the room.
 */
export function joinRoom(s: Session, room: string, linkToken: string | null, privateNotes?: PrivateNotes): LiveRoom | null {
  leaveRoom(s);
  const token = facilitatorToken(room) ?? linkToken;
  const roomState = s.room;
  if (!token) {
    roomState.setState({ ...NO_ROOM, room, connection: 'failed', problem: NO_KEY });
    return null;
  }
  const me = loadIdentity();
  const ydoc = new Y.Doc();
  const shared = new SharedMap(ydoc, {
    privateNotes: privateNotes ?? loadPrivateNotes(room),
    onPrivateNotesChange: (notes) => {
      try {
        localStorage.setItem(privateKey(room), JSON.stringify(notes));
      } catch {
        // Storage full or blocked: the notes stay for this visit; the save banner already says storage fails.
      }
    },
    // The role the server gave me (a participant can be made a facilitator while in the room).
    mayFacilitate: () => s.room.getState().role === 'facilitator',
    me: () => me.participant,
  });
  const role: Role = roleOf(token) ?? 'edit';
  roomState.setState({ ...NO_ROOM, room, role, readOnly: role === 'view' ? 'view-link' : null });

  const applyReadOnly = (reason: ReadOnlyReason) => {
    roomState.setState({ readOnly: reason });
    if (s.map.getState().shared === shared) s.map.getState().setReadOnly(readOnlyText(reason));
  };

  // Others' changes are shown once a frame at most, and less often while I move the view or drag (pacing.ts).
  // Mine are shown at once (dispatch reads the new document straight after applying).
  const showOthers = pacedOncePerFrame(() => {
    const doc = shared.doc;
    if (doc && s.map.getState().shared === shared && s.map.getState().doc !== doc) s.map.getState().showShared(doc, 'others');
  }, othersSpacing);
  const stopWaitingForHands = onHandsOff(() => showOthers.schedule());
  // The first time the room's map is known (from this browser's copy or the server), it replaces what is on screen.
  const unsubscribeDoc = shared.onChange((origin) => {
    if (s.map.getState().shared === shared && !shared.isMine(origin)) return showOthers.schedule();
    const doc = shared.doc;
    if (!doc) return;
    if (s.map.getState().shared !== shared) {
      s.map.getState().openShared(shared, doc);
      applyReadOnly(roomState.getState().readOnly);
    } else {
      showOthers.cancel();
      s.map.getState().showShared(doc);
    }
  });

  const persistence = new IndexeddbPersistence(`system-canvas-room-${room}`, ydoc);
  let everConnected = false;
  const unreachable = setTimeout(() => {
    if (!everConnected && roomState.getState().connection !== 'failed') roomState.setState({ connection: 'offline', problem: serverUnreachable(location.host) });
  }, UNREACHABLE_AFTER_MS);

  const provider = new HocuspocusProvider({
    url: websocketUrl(me.participant),
    name: room,
    token,
    document: ydoc,
    onStatus: ({ status }) => {
      if (roomState.getState().connection === 'failed') return;
      if (status === 'connected') {
        everConnected = true;
        roomState.setState({ connection: 'online', problem: null });
      } else if (status === 'disconnected' && everConnected) roomState.setState({ connection: 'offline' });
    },
    onAuthenticationFailed: ({ reason }) => {
      roomState.setState({ connection: 'failed', problem: joinRefused(reason) });
      // Retrying cannot help: the link itself is refused. What is on screen stays, read-only, to be kept as a copy.
      provider.disconnect();
      if (s.map.getState().shared === shared) s.map.getState().setReadOnly('This room could not be opened on the server, so changes here would go nowhere.');
    },
    onStateless: ({ payload }) => onServerMessage(payload),
  });

  function onServerMessage(payload: string) {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(payload) as Record<string, unknown>;
    } catch {
      return;
    }
    if (msg.type === 'you') {
      const newRole = (msg.role as Role) ?? 'edit';
      roomState.setState({ role: newRole });
      applyReadOnly((msg.readOnly ? msg.reason : null) as ReadOnlyReason);
      publishMine(s, provider, me);
    } else if (msg.type === 'room-state') {
      roomState.setState({ locked: msg.locked === true, viewers: Array.isArray(msg.viewers) ? (msg.viewers as string[]) : [] });
    } else if (msg.type === 'capability' && typeof msg.token === 'string') {
      keepFacilitatorToken(room, msg.token);
    } else if (msg.type === 'links' && typeof msg.edit === 'string' && typeof msg.view === 'string') {
      // After Reset the edit link: the address bar (the sharer's edit link) and the links to share become the new ones.
      if (new URL(location.href).searchParams.get('room') === room) history.replaceState(null, '', `/?room=${encodeURIComponent(room)}#cap=${encodeURIComponent(msg.edit)}`);
      roomState.setState({ links: { edit: roomLink(location.origin, room, msg.edit), view: roomLink(location.origin, room, msg.view) } });
      notify(s, 'New edit link made: everyone who joined with the old one can now only watch. Give the new link to those who should edit.');
    } else if (msg.type === 'refused') {
      reportError(s, `The room server did not do that: ${String(msg.reason)}.`);
    } else if (msg.type === 'announce') {
      const a = readAnnouncement(msg.payload, s.map.getState().doc);
      if (a?.kind === 'view') roomState.setState((st) => ({ jump: { viewport: a.viewport, seq: (st.jump?.seq ?? 0) + 1 }, following: null }));
      else if (a?.kind === 'focus') {
        roomState.setState({ following: null });
        const view = s.view.getState();
        // A loop is lit as the analysis panel lights it; a node is only brought into view.
        if (a.linkIds.length) view.setLens({ kind: 'highlight', nodeIds: a.nodeIds, linkIds: a.linkIds, caption: a.caption });
        view.focusOn(a.nodeIds);
      }
    }
  }

  const stopFirstSync = storeFirstSyncWhenIdle(ydoc, provider, persistence);

  // A browser that knows it is offline says so at once (the socket may take a while to notice).
  const wentOffline = () => {
    if (roomState.getState().connection !== 'failed') roomState.setState({ connection: 'offline' });
    provider.disconnect();
  };
  const cameOnline = () => {
    if (roomState.getState().connection !== 'failed') void provider.connect();
  };
  window.addEventListener('offline', wentOffline);
  window.addEventListener('online', cameOnline);

  const stopPresence = watchPeople(s, provider, me);
  // Opening another map (or a new one) leaves the room.
  const unsubscribeStore = s.map.subscribe((state, prev) => {
    if (prev.shared === shared && state.shared !== shared) leaveRoom(s);
  });

  const live: LiveRoom = {
    room,
    shared,
    provider,
    leave() {
      stopFirstSync();
      clearTimeout(unreachable);
      unsubscribeStore();
      unsubscribeDoc();
      showOthers.cancel();
      stopWaitingForHands();
      stopPresence();
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameOnline);
      provider.destroy();
      void persistence.destroy();
      shared.destroy();
      ydoc.destroy();
    },
  };
  setLiveRoom(s, live);
  return live;
}
