/**
 * Helpers for the room server's tests: temporary data folders, servers in
 * this process or in child processes, Hocuspocus clients and raw sockets.
 * Everything listens on 127.0.0.1 with ports the OS picks.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { memoryLogger } from './log.ts';
import { startRoomServer, type RunningRoomServer } from './server.ts';
import type { RoomServerOptions } from './config.ts';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_MAP = join(REPO, 'examples', 'healthy-weight-place.json');

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sc-rooms-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Polls until check() is true; fails with what was awaited. Not a timer of anything. */
export async function waitFor(what: string, check: () => boolean, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Capabilities {
  room: string;
  edit: string;
  view: string;
  facilitator: string;
}

export async function createRoom(baseUrl: string, mapJson = readFileSync(EXAMPLE_MAP, 'utf8')): Promise<Capabilities> {
  const res = await fetch(`${baseUrl}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mapJson });
  if (res.status !== 201) throw new Error(`room not created: ${res.status} ${await res.text()}`);
  return (await res.json()) as Capabilities;
}

export async function startTestServer(options: Partial<RoomServerOptions> = {}) {
  const data = tempDataDir();
  const log = memoryLogger();
  const server: RunningRoomServer = await startRoomServer({ port: 0, host: '127.0.0.1', dataDir: data.dir, staticDir: null, ...options }, log);
  const baseUrl = `http://127.0.0.1:${server.port}`;
  return {
    server,
    log,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${server.port}/rooms`,
    dataDir: data.dir,
    async stop() {
      await server.close();
      data.remove();
    },
  };
}

export interface Client {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Every stateless message the server sent this client, parsed. */
  messages: Array<Record<string, unknown>>;
  denied: string[];
  synced(): Promise<void>;
  destroy(): void;
}

/** A test participant's browser key: fixed per participant id, as a browser keeps its own. */
export const keyOf = (participant: string) => `${participant}-key-0123456789abcdefghij`;

export function connect(wsUrl: string, room: string, token: string, participant?: string): Client {
  const doc = new Y.Doc();
  const messages: Array<Record<string, unknown>> = [];
  const denied: string[] = [];
  const url = participant ? `${wsUrl}?participant=${participant}&key=${keyOf(participant)}` : wsUrl;
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token,
    document: doc,
    // Node has no global WebSocket the provider accepts; its config type omits the socket's options.
    ...({ WebSocketPolyfill: WebSocket } as object),
    onStateless: ({ payload }) => void messages.push(JSON.parse(payload) as Record<string, unknown>),
    onAuthenticationFailed: ({ reason }) => void denied.push(reason),
  });
  return {
    provider,
    doc,
    messages,
    denied,
    synced: () => waitFor('the client to sync', () => provider.isSynced && provider.unsyncedChanges === 0),
    destroy: () => provider.destroy(),
  };
}

/** A node's label as the client's Y.Doc has it. */
export function label(doc: Y.Doc, nodeId: string): unknown {
  return (doc.getMap<Y.Map<unknown>>('nodes').get(nodeId) as Y.Map<unknown> | undefined)?.get('label');
}

export function setLabel(doc: Y.Doc, nodeId: string, text: string): void {
  (doc.getMap<Y.Map<unknown>>('nodes').get(nodeId) as Y.Map<unknown>).set('label', text);
}

// ---- A raw socket speaking Hocuspocus's protocol byte by byte ----

export interface RawReply {
  type: number;
  /** For auth replies: 1 denied, 2 authenticated. For sync status: 1 saved, 0 refused. */
  sub?: number;
  text?: string;
}

export class RawClient {
  replies: RawReply[] = [];
  closed: { code: number; reason: string } | null = null;
  constructor(
    public ws: WebSocket,
    public room: string,
  ) {
    ws.on('message', (data: Buffer) => {
      try {
        const d = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarString(d);
        const type = decoding.readVarUint(d);
        if (type === 2) {
          const sub = decoding.readVarUint(d);
          this.replies.push({ type, sub, text: sub === 0 ? '' : decoding.readVarString(d) });
        } else if (type === 8) this.replies.push({ type, sub: decoding.readVarUint(d) });
        else this.replies.push({ type });
      } catch {
        this.replies.push({ type: -1 });
      }
    });
    ws.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
  }

  /** A raw socket; with a participant id (and its key, unless another is given) it speaks as that participant. */
  static async open(wsUrl: string, room: string, participant?: string, key = participant && keyOf(participant)): Promise<RawClient> {
    const ws = new WebSocket(participant ? `${wsUrl}?participant=${participant}&key=${key}` : wsUrl);
    await new Promise((resolveOpen, reject) => {
      ws.once('open', resolveOpen);
      ws.once('error', reject);
    });
    return new RawClient(ws, room);
  }

  message(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, this.room);
    encoding.writeVarUint(e, type);
    write(e);
    return encoding.toUint8Array(e);
  }

  /** Sends the capability and waits for the answer: 'authenticated' or the reason it was denied. */
  async authenticate(token: string): Promise<string> {
    this.ws.send(this.message(2, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarString(e, token))));
    await waitFor('an auth reply', () => this.replies.some((r) => r.type === 2));
    const reply = this.replies.find((r) => r.type === 2)!;
    return reply.sub === 2 ? 'authenticated' : (reply.text ?? '');
  }

  /** Sends a Yjs update as a sync "update" message; resolves with the server's saved (true) or refused (false). */
  async sendUpdate(update: Uint8Array): Promise<boolean> {
    const before = this.replies.filter((r) => r.type === 8).length;
    this.ws.send(this.message(0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, update))));
    await waitFor('a sync status', () => this.replies.filter((r) => r.type === 8).length > before || this.closed !== null);
    const status = this.replies.filter((r) => r.type === 8)[before];
    return status?.sub === 1;
  }

  close(): void {
    this.ws.terminate();
  }
}

/** An update that sets one node's label, made against the room's current state. */
export function labelUpdate(roomState: Uint8Array, nodeId: string, text: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, roomState);
  const before = Y.encodeStateVector(doc);
  setLabel(doc, nodeId, text);
  return Y.encodeStateAsUpdate(doc, before);
}

// ---- Servers in child processes, for kill -9 and Redis ----

export interface ChildServer {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  wsUrl: string;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'main.ts')], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', STATIC_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor('the server to listen', () => /listening url=http:\/\/127\.0\.0\.1:\d+/.test(out) || exited, 20_000).catch(() => undefined);
  const port = Number(/listening url=http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  if (!port) {
    // Never leave a half-started server behind.
    if (!exited) child.kill('SIGKILL');
    throw new Error(`server did not start:\n${out}`);
  }
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/rooms`,
    output: () => out,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (exited) return;
      child.kill(signal);
      await waitFor('the server to exit', () => exited);
    },
  };
}
