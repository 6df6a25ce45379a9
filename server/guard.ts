/**
 * Checks every websocket message before Hocuspocus applies it: size, shape,
 * and whether the sender may write. A message that fails is logged and its
 * connection closed; the room and everyone else in it carry on.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Connection, Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import type { Role } from './capabilities.ts';
import type { Logger } from './log.ts';
import { authorshipRefusal } from './authorship.ts';
import { refusal } from './rules.ts';
import { collectionsTouched } from './touches.ts';

// Hocuspocus's message types (see @hocuspocus/server types.ts).
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const BROADCAST_STATELESS = 6;
const CLOSE = 7;
const KNOWN = new Set([SYNC, AWARENESS, AUTH, QUERY_AWARENESS, SYNC_REPLY, STATELESS, CLOSE]);
// y-protocols sync sub-types.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A refusal Hocuspocus turns into closing the connection with this code and reason. */
class Refusal extends Error {
  constructor(
    public code: number,
    public reason: string,
  ) {
    super('');
  }
}

export const CLOSE_TOO_BIG = { code: 4413, reason: 'message-too-big' };
export const CLOSE_MALFORMED = { code: 4400, reason: 'malformed-message' };
export const CLOSE_NOT_ALLOWED = { code: 4403, reason: 'not-allowed' };

function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

/** True when the bytes start with a room name and a message type, as every message must. */
export function hasMessageHeader(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    decoding.readVarUint(decoder);
    return true;
  } catch {
    return false;
  }
}

export class MessageGuard implements Extension {
  extensionName = 'system-canvas-guard';
  // Before every other extension, so nothing sees a refused message.
  priority = 2000;

  constructor(
    private maxMessageBytes: number,
    private log: Logger,
    /** The connection's role as the room knows it now (a participant can be made a facilitator). */
    private roleOf: (connection: Connection) => Role | undefined = () => undefined,
    /** The participant id the server bound to the connection when it joined. */
    private participantOf: (connection: Connection) => string | undefined = () => undefined,
  ) {}

  async beforeHandleMessage({ update: data, connection, documentName, document }: beforeHandleMessagePayload): Promise<void> {
    const refuse = (close: { code: number; reason: string }, why: string): never => {
      this.log.warn('message-refused', { room: documentName, socket: connection.socketId, reason: close.reason, why, bytes: data.length });
      // Hocuspocus closes the room connection; we also end the socket, as a client sending this is broken or hostile.
      setImmediate(() => connection.webSocket.close(close.code, close.reason));
      throw new Refusal(close.code, close.reason);
    };
    if (data.length > this.maxMessageBytes) refuse(CLOSE_TOO_BIG, `larger than ${this.maxMessageBytes} bytes`);

    let type: number;
    let update: Uint8Array | null = null;
    try {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      type = decoding.readVarUint(decoder);
      if (type === SYNC || type === SYNC_REPLY) {
        const step = decoding.readVarUint(decoder);
        if (step === SYNC_STEP_2 || step === SYNC_UPDATE) update = decoding.readVarUint8Array(decoder);
        else decoding.readVarUint8Array(decoder);
      } else if (type === AWARENESS) {
        decoding.readVarUint8Array(decoder);
      } else if (type === STATELESS) {
        decoding.readVarString(decoder);
      }
    } catch {
      return refuse(CLOSE_MALFORMED, 'cannot be decoded');
    }
    // Broadcasting would let anyone send "the room is unlocked" to everyone; room-wide messages come from the server only.
    if (type === BROADCAST_STATELESS) refuse(CLOSE_NOT_ALLOWED, 'clients may not broadcast; facilitators send "announce"');
    if (!KNOWN.has(type)) refuse(CLOSE_MALFORMED, `unknown message type ${type}`);
    if (update === null) return;

    let empty: boolean;
    try {
      // Decoding the whole update catches garbage before Yjs starts integrating it.
      empty = isEmptyUpdate(update);
    } catch {
      return refuse(CLOSE_MALFORMED, 'not a Yjs update');
    }
    if (!connection.readOnly && !empty) {
      // What the update would change, read against the room before it is applied (server/rules.ts).
      const role = this.roleOf(connection);
      const touches = collectionsTouched(document, update);
      const why = refusal(role, touches) ?? authorshipRefusal(document, touches.changes, this.participantOf(connection), role);
      if (why) refuse(CLOSE_NOT_ALLOWED, why);
    }
    if (connection.readOnly && !empty) {
      // Hocuspocus will not apply it (and answers "not saved"); we log it so refused writes are counted.
      this.log.warn('write-refused', { room: documentName, socket: connection.socketId, reason: 'read-only connection', bytes: update.length });
    }
  }
}
