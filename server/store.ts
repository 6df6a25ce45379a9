/**
 * Rooms in SQLite. Every update a client sends is appended at once, inside the
 * same synchronous call that applies it, so it is on disk before the server
 * acknowledges it; a server killed with SIGKILL loses nothing it acknowledged
 * (WAL mode: a committed transaction survives the process dying). Compaction
 * merges a room's rows into one Yjs state, so the stored size tracks the map,
 * not the number of edits.
 */
import Database from 'better-sqlite3';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

export interface RoomRecord {
  id: string;
  createdAt: string;
  locked: boolean;
  /** Edit links older than this join read-only (a facilitator reset the edit link). */
  editGeneration: number;
}

export interface RoomStore {
  createRoom(id: string, initialState: Uint8Array): void;
  getRoom(id: string): RoomRecord | null;
  setLocked(id: string, locked: boolean): void;
  /** Makes every edit link so far read-only; returns the new generation for the new link. */
  resetEditLink(id: string): number;
  /** Participants a facilitator made viewers, by participant id. */
  viewers(id: string): Set<string>;
  setViewer(id: string, participant: string, viewer: boolean): void;
  /**
   * Binds a participant id to the hash of its browser's key the first time it
   * joins the room; true when the key given now is that one.
   */
  claimParticipant(id: string, participant: string, keyHash: string): boolean;
  appendUpdate(id: string, update: Uint8Array): void;
  /** Every stored update of the room, oldest first (after compaction: one). */
  loadUpdates(id: string): Uint8Array[];
  /** Merges the room's rows into one state; returns the bytes stored afterwards. */
  compact(id: string): number;
  storedBytes(id: string): number;
  close(): void;
}

export const DATABASE_FILE = 'rooms.sqlite';

export function openRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  // Room contents are private to the server's user, like the secret (SQLite gives -wal and -shm the same mode).
  chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode keeps every commit across a process crash; only a power
  // cut can drop the last moments. See docs/deployment.md.
  db.pragma('synchronous = NORMAL');
  // Several server processes may share the file (Redis mode on one host).
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      locked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      room TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room, seq);
    CREATE TABLE IF NOT EXISTS viewers (
      room TEXT NOT NULL,
      participant TEXT NOT NULL,
      PRIMARY KEY (room, participant)
    );
    CREATE TABLE IF NOT EXISTS participant_keys (
      room TEXT NOT NULL,
      participant TEXT NOT NULL,
      key_hash TEXT NOT NULL,
      PRIMARY KEY (room, participant)
    );
  `);
  // Rooms made before edit links could be reset: add the column (existing links are generation 0).
  if (!(db.pragma('table_info(rooms)') as Array<{ name: string }>).some((c) => c.name === 'edit_generation')) {
    db.exec('ALTER TABLE rooms ADD COLUMN edit_generation INTEGER NOT NULL DEFAULT 0');
  }

  const q = {
    insertRoom: db.prepare('INSERT INTO rooms (id, created_at) VALUES (?, ?)'),
    getRoom: db.prepare<[string], { id: string; created_at: string; locked: number; edit_generation: number }>(
      'SELECT id, created_at, locked, edit_generation FROM rooms WHERE id = ?',
    ),
    bumpGeneration: db.prepare<[string], { edit_generation: number }>('UPDATE rooms SET edit_generation = edit_generation + 1 WHERE id = ? RETURNING edit_generation'),
    setLocked: db.prepare('UPDATE rooms SET locked = ? WHERE id = ?'),
    viewers: db.prepare<[string], { participant: string }>('SELECT participant FROM viewers WHERE room = ?'),
    addViewer: db.prepare('INSERT OR IGNORE INTO viewers (room, participant) VALUES (?, ?)'),
    removeViewer: db.prepare('DELETE FROM viewers WHERE room = ? AND participant = ?'),
    bindKey: db.prepare('INSERT OR IGNORE INTO participant_keys (room, participant, key_hash) VALUES (?, ?, ?)'),
    keyOf: db.prepare<[string, string], { key_hash: string }>('SELECT key_hash FROM participant_keys WHERE room = ? AND participant = ?'),
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    load: db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
    deleteUpTo: db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
    bytes: db.prepare<[string], { bytes: number | null }>('SELECT SUM(LENGTH(data)) AS bytes FROM updates WHERE room = ?'),
  };

  const createRoom = db.transaction((id: string, state: Uint8Array) => {
    q.insertRoom.run(id, new Date().toISOString());
    q.append.run(id, Buffer.from(state));
  });

  const compact = db.transaction((id: string): void => {
    const rows = q.load.all(id);
    if (rows.length <= 1) return;
    // A fresh doc with garbage collection drops deleted content, which
    // Y.mergeUpdates would keep; that is what keeps 10,000 edits small.
    const doc = new Y.Doc({ gc: true });
    for (const row of rows) Y.applyUpdate(doc, row.data);
    const merged = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    q.deleteUpTo.run(id, rows[rows.length - 1]!.seq);
    q.append.run(id, Buffer.from(merged));
  });

  return {
    createRoom: (id, state) => void createRoom(id, state),
    getRoom(id) {
      const row = q.getRoom.get(id);
      return row ? { id: row.id, createdAt: row.created_at, locked: row.locked === 1, editGeneration: row.edit_generation } : null;
    },
    resetEditLink: (id) => q.bumpGeneration.get(id)?.edit_generation ?? 0,
    setLocked: (id, locked) => void q.setLocked.run(locked ? 1 : 0, id),
    viewers: (id) => new Set(q.viewers.all(id).map((r) => r.participant)),
    setViewer: (id, participant, viewer) => void (viewer ? q.addViewer : q.removeViewer).run(id, participant),
    claimParticipant(id, participant, keyHash) {
      // INSERT OR IGNORE then read: two processes claiming at once end with one key, and both read it.
      q.bindKey.run(id, participant, keyHash);
      return q.keyOf.get(id, participant)?.key_hash === keyHash;
    },
    appendUpdate: (id, update) => void q.append.run(id, Buffer.from(update)),
    loadUpdates: (id) => q.load.all(id).map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
    compact(id) {
      // IMMEDIATE: take the write lock first, so another process cannot append between our read and delete.
      compact.immediate(id);
      return q.bytes.get(id)?.bytes ?? 0;
    },
    storedBytes: (id) => q.bytes.get(id)?.bytes ?? 0,
    close: () => db.close(),
  };
}
