/**
 * Room ids and the capabilities in share links. A capability is
 * "v1.<room>.<role>.<signature>", the signature an HMAC-SHA256 of
 * "v1.<room>.<role>" with the server's secret. Anyone holding it may join the
 * room in that role; nobody can make one without the secret, and changing the
 * room or the role breaks the signature. No accounts are needed.
 *
 * Edit links carry a generation: when a facilitator resets the edit link, the
 * room's generation goes up and links of older generations join read-only.
 * Generation 0 is the v1 form above; later ones are
 * "v2.<room>.edit.<generation>.<signature>", signing "v2.<room>.edit.<generation>".
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROLES = ['view', 'edit', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/** 18 random bytes = 144 bits, 24 base64url characters. */
const ROOM_ID_BYTES = 18;
const ROOM_ID = /^[A-Za-z0-9_-]{24}$/;
const SECRET_FILE = 'capability-secret';

export function newRoomId(): string {
  return randomBytes(ROOM_ID_BYTES).toString('base64url');
}

export function isRoomId(text: string): boolean {
  return ROOM_ID.test(text);
}

/**
 * The secret, made on first start. Kept in the data folder, readable by the
 * server's user only, so it survives restarts and is shared by processes that
 * share the folder.
 */
export function loadOrCreateSecret(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, SECRET_FILE);
  if (!existsSync(path)) {
    // Written whole to a file of our own, then linked into place: a link is atomic and fails if another
    // process made the secret first (then we read theirs). Writing the secret's own file in place let a
    // second process starting at the same moment read it while still empty.
    const draft = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
    writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(draft, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(draft);
    }
  }
  chmodSync(path, 0o600);
  const text = readFileSync(path, 'utf8').trim();
  if (text.length < 32) throw new Error(`${path} is too short to be a capability secret; delete it to make a new one (old links stop working)`);
  return Buffer.from(text, 'utf8');
}

const signed = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

const body = (room: string, role: Role, generation: number) => (generation === 0 ? `v1.${room}.${role}` : `v2.${room}.${role}.${generation}`);

export function makeCapability(secret: Buffer, room: string, role: Role, generation = 0): string {
  const text = body(room, role, generation);
  return `${text}.${signed(secret, text)}`;
}

export type CapabilityCheck =
  | { ok: true; room: string; role: Role; generation: number }
  | { ok: false; reason: string };

/** Checks a capability for one room; the reason is plain words for the person who opened the link. */
export function checkCapability(secret: Buffer, token: string, room: string): CapabilityCheck {
  const parts = token.split('.');
  const v1 = parts.length === 4 && parts[0] === 'v1';
  const v2 = parts.length === 5 && parts[0] === 'v2' && /^[1-9]\d{0,8}$/.test(parts[3] ?? '');
  if (!v1 && !v2) {
    return { ok: false, reason: 'invalid-capability: the link is incomplete or not a room link; ask for the link again' };
  }
  const tokenRoom = parts[1] ?? '';
  const role = parts[2] ?? '';
  const generation = v2 ? Number(parts[3]) : 0;
  const signature = parts[parts.length - 1] ?? '';
  if (!(ROLES as readonly string[]).includes(role)) {
    return { ok: false, reason: 'invalid-capability: the link names no known role; ask for the link again' };
  }
  const expected = Buffer.from(signed(secret, body(tokenRoom, role as Role, generation)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid-capability: the link was altered or was not made by this server; ask for the link again' };
  }
  if (tokenRoom !== room) {
    return { ok: false, reason: 'wrong-room: this link is for another room' };
  }
  return { ok: true, room, role: role as Role, generation };
}
