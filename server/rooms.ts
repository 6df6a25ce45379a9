/**
 * Who may join a room, and keeping the room on disk. Only rooms made through
 * POST /api/rooms exist; a connection needs a capability for that room.
 */
import type {
  Extension,
  afterUnloadDocumentPayload,
  onAuthenticatePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { checkCapability, isRoomId } from './capabilities.ts';
import { readOnlyReason, type RoomControl } from './control.ts';
import type { Logger } from './log.ts';
import { PARTICIPANT_ID, PARTICIPANT_KEY } from './protocol.ts';
import type { RoomStore } from './store.ts';

/** Hocuspocus sends the reason to the client as "permission denied". */
function denied(reason: string): { reason: string } {
  return { reason };
}

export class RoomKeeper implements Extension {
  extensionName = 'system-canvas-rooms';
  private pending = new Map<string, number>();
  private compactTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private store: RoomStore,
    private secret: Buffer,
    private control: RoomControl,
    private compactEvery: number,
    private log: Logger,
  ) {}

  async onAuthenticate({ token, documentName, requestParameters, socketId, connectionConfig, request }: onAuthenticatePayload) {
    const ip = request.socket.remoteAddress;
    if (!isRoomId(documentName) || !this.store.getRoom(documentName)) {
      this.log.warn('join-refused', { room: documentName.slice(0, 40), ip, reason: 'unknown-room' });
      throw denied('unknown-room: there is no such room on this server; it may have been made on another server');
    }
    const check = checkCapability(this.secret, token, documentName);
    if (!check.ok) {
      this.log.warn('join-refused', { room: documentName, ip, reason: check.reason.split(':')[0] });
      throw denied(check.reason);
    }
    const participant = this.participant(documentName, requestParameters, socketId, ip);
    connectionConfig.readOnly = readOnlyReason(check.role, participant, this.control.state(documentName), check.generation) !== null;
    this.log.info('joined', { room: documentName, ip, role: check.role, generation: check.generation, participant, readOnly: connectionConfig.readOnly });
    return { role: check.role, participant, generation: check.generation };
  }

  /**
   * The participant id this connection speaks as. The browser names itself
   * (?participant=) and proves it with its secret key (?key=): the first key a
   * participant id joins a room with is kept (as a hash), and a later claim of
   * that id with another key is someone else, who is given a fresh id. So no
   * one can edit another person's comments or views of links in their name
   * (server/authorship.ts), whatever id they send.
   */
  private participant(room: string, params: URLSearchParams, socketId: string, ip: string | undefined): string {
    const asked = params.get('participant');
    const key = params.get('key');
    if (!asked || !PARTICIPANT_ID.test(asked) || !key || !PARTICIPANT_KEY.test(key)) return socketId;
    const hash = createHash('sha256').update(key).digest('base64url');
    if (this.store.claimParticipant(room, asked, hash)) return asked;
    this.log.warn('participant-claimed', { room, ip, participant: asked });
    return socketId;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    for (const update of this.store.loadUpdates(documentName)) Y.applyUpdate(document, update);
    // Attached after loading, so the stored state is not stored again. The
    // 'update' event fires inside Y.applyUpdate, before Hocuspocus sends the
    // client its "saved" acknowledgement: the row is written first.
    document.on('update', (update: Uint8Array) => {
      this.store.appendUpdate(documentName, update);
      const count = (this.pending.get(documentName) ?? 0) + 1;
      this.pending.set(documentName, count);
      if (count >= this.compactEvery) this.scheduleCompaction(documentName);
    });
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.compactNow(documentName);
  }

  /** Merges stored rows soon, off the path of the message that triggered it. */
  private scheduleCompaction(room: string): void {
    if (this.compactTimers.has(room)) return;
    this.compactTimers.set(room, setTimeout(() => this.compactNow(room), 0));
  }

  compactNow(room: string): void {
    clearTimeout(this.compactTimers.get(room));
    this.compactTimers.delete(room);
    this.pending.set(room, 0);
    try {
      const bytes = this.store.compact(room);
      this.log.info('compacted', { room, bytes });
    } catch (err) {
      // Nothing is lost: the rows stay as they were and compaction runs again later.
      this.log.warn('compaction-failed', { room, error: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Compacts every room with uncompacted rows (on shutdown). */
  compactAll(): void {
    for (const [room, count] of this.pending) if (count > 0) this.compactNow(room);
  }
}
