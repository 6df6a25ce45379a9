/**
 * Facilitator control, enforced here rather than in the browser: lock and
 * unlock, make a participant a viewer (or an editor again), make one a
 * facilitator. Read-only is Hocuspocus's per-connection flag, which the server
 * checks on every incoming update, so changing it takes effect at once.
 * Lock state and viewers are stored per room; with Redis, other processes are
 * told to re-read them (see ControlChannel).
 */
import type { Connection, Extension, connectedPayload, onStatelessPayload } from '@hocuspocus/server';
import { makeCapability, type Role } from './capabilities.ts';
import type { Logger } from './log.ts';
import { parseControl, type ReadOnlyReason, type ServerMessage } from './protocol.ts';
import type { RoomStore } from './store.ts';

interface Participant {
  room: string;
  participant: string;
  role: Role;
  /** The edit link's generation this connection joined with (0 for other roles). */
  generation: number;
}

/** What one process tells the others after a change; they re-read the store. */
export interface ControlSignal {
  room: string;
  promote?: string;
}

export interface ControlChannel {
  publish(signal: ControlSignal): void;
  close(): Promise<void>;
}

interface RoomState {
  locked: boolean;
  viewers: Set<string>;
  editGeneration: number;
}

/**
 * Why a connection may not write, or null. The participant id is the
 * browser's own choice, so "made-viewer" holds only while that browser keeps
 * it; the edit link's generation is signed, so "link-reset" holds for good.
 */
export function readOnlyReason(role: Role, participant: string, state: RoomState, generation = 0): ReadOnlyReason {
  if (role === 'view') return 'view-link';
  if (role === 'facilitator') return null;
  if (generation < state.editGeneration) return 'link-reset';
  if (state.viewers.has(participant)) return 'made-viewer';
  return state.locked ? 'locked' : null;
}

export class RoomControl implements Extension {
  extensionName = 'system-canvas-control';
  channel: ControlChannel | null = null;
  private connections = new Map<string, Set<Connection>>();
  private who = new WeakMap<Connection, Participant>();

  constructor(
    private store: RoomStore,
    private secret: Buffer,
    private log: Logger,
  ) {}

  /** The role a connection holds now: the one its link gave, or facilitator once made one. */
  roleOf(connection: Connection): Role | undefined {
    // Before the connected hook has run, the role its capability gave at authentication.
    return this.who.get(connection)?.role ?? ((connection.context as { role?: Role } | undefined)?.role);
  }

  /** The participant id the server bound to a connection when it joined (server/rooms.ts). */
  participantOf(connection: Connection): string | undefined {
    const context = connection.context as { participant?: unknown } | undefined;
    return this.who.get(connection)?.participant ?? (typeof context?.participant === 'string' ? context.participant : undefined);
  }

  /** The room's lock and viewers as stored: the truth every process shares. */
  state(room: string): RoomState {
    const record = this.store.getRoom(room);
    return { locked: record?.locked ?? false, viewers: this.store.viewers(room), editGeneration: record?.editGeneration ?? 0 };
  }

  async connected({ connection, documentName, context }: connectedPayload): Promise<void> {
    const info: Participant = { room: documentName, participant: String(context.participant), role: context.role as Role, generation: Number(context.generation ?? 0) };
    this.who.set(connection, info);
    const set = this.connections.get(documentName) ?? new Set();
    set.add(connection);
    this.connections.set(documentName, set);
    connection.onClose(() => {
      set.delete(connection);
      if (set.size === 0) this.connections.delete(documentName);
    });
    const state = this.state(documentName);
    this.apply(connection, info, state, true);
    this.send(connection, roomStateMessage(state));
  }

  async onStateless({ connection, documentName, document, payload }: onStatelessPayload): Promise<void> {
    const info = this.who.get(connection);
    if (!info) return;
    const request = parseControl(payload);
    const refuse = (name: string, reason: string) => {
      this.log.warn('control-refused', { room: documentName, participant: info.participant, request: name, reason });
      this.send(connection, { type: 'refused', request: name, reason });
    };
    if (typeof request === 'string') return refuse('unknown', request);
    if (info.role !== 'facilitator') return refuse(request.type, 'only a facilitator can do this');

    switch (request.type) {
      case 'lock':
      case 'unlock':
        this.store.setLocked(documentName, request.type === 'lock');
        break;
      case 'make-viewer': {
        if (request.participant === info.participant) return refuse(request.type, 'you cannot make yourself a viewer');
        const target = this.find(documentName, request.participant);
        if (target.some((c) => this.who.get(c)?.role === 'facilitator')) return refuse(request.type, 'that participant is a facilitator');
        this.store.setViewer(documentName, request.participant, true);
        break;
      }
      case 'make-editor':
        this.store.setViewer(documentName, request.participant, false);
        break;
      case 'make-facilitator':
        this.store.setViewer(documentName, request.participant, false);
        this.promote(documentName, request.participant);
        break;
      case 'reset-edit-link': {
        const generation = this.store.resetEditLink(documentName);
        this.send(connection, {
          type: 'links',
          edit: makeCapability(this.secret, documentName, 'edit', generation),
          view: makeCapability(this.secret, documentName, 'view'),
        });
        break;
      }
      case 'announce':
        // Through the document, so Redis carries it to every process; clients cannot broadcast themselves (see guard.ts).
        document.broadcastStateless(JSON.stringify({ type: 'announce', from: info.participant, payload: request.payload } satisfies ServerMessage));
        return;
    }
    this.log.info('control', { room: documentName, by: info.participant, request: request.type, participant: 'participant' in request ? request.participant : undefined });
    this.refresh(documentName);
    this.channel?.publish({ room: documentName, promote: request.type === 'make-facilitator' ? request.participant : undefined });
  }

  /** Another process changed a room: re-read it and apply it to our connections. */
  onSignal(signal: ControlSignal): void {
    if (signal.promote) this.promote(signal.room, signal.promote);
    this.refresh(signal.room);
  }

  private find(room: string, participant: string): Connection[] {
    return [...(this.connections.get(room) ?? [])].filter((c) => this.who.get(c)?.participant === participant);
  }

  private promote(room: string, participant: string): void {
    for (const connection of this.find(room, participant)) {
      const info = this.who.get(connection)!;
      info.role = 'facilitator';
      // The signed facilitator capability, so the browser can keep the role next time it joins.
      this.send(connection, { type: 'capability', role: 'facilitator', token: makeCapability(this.secret, room, 'facilitator') });
    }
  }

  private refresh(room: string): void {
    const state = this.state(room);
    for (const connection of this.connections.get(room) ?? []) {
      const info = this.who.get(connection);
      if (!info) continue;
      this.apply(connection, info, state, false);
      this.send(connection, roomStateMessage(state));
    }
  }

  private apply(connection: Connection, info: Participant, state: RoomState, always: boolean): void {
    const reason = readOnlyReason(info.role, info.participant, state, info.generation);
    const changed = connection.readOnly !== (reason !== null);
    connection.readOnly = reason !== null;
    if (changed || always || info.role === 'facilitator') {
      this.send(connection, { type: 'you', participant: info.participant, role: info.role, readOnly: reason !== null, reason });
    }
  }

  private send(connection: Connection, message: ServerMessage): void {
    connection.sendStateless(JSON.stringify(message));
  }
}

function roomStateMessage(state: RoomState): ServerMessage {
  return { type: 'room-state', locked: state.locked, viewers: [...state.viewers].sort() };
}
