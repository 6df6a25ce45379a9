/**
 * The room server's settings: every limit in one place, read from the
 * environment by main.ts and passed in explicitly by tests and the CLI.
 */
import { resolve } from 'node:path';

export interface RoomServerOptions {
  /** TCP port for HTTP and websockets; 0 picks a free one. */
  port: number;
  /** Address to listen on. 0.0.0.0 so people on the local network can join. */
  host: string;
  /** Where the SQLite database and the capability secret live. */
  dataDir: string;
  /** Built app to serve at /, or null to serve the rooms API only. */
  staticDir: string | null;
  /** Several processes share rooms through Redis when set (redis://host:port). */
  redisUrl: string | null;
  /** Largest websocket message (and so Yjs update) a client may send, in bytes. */
  maxMessageBytes: number;
  /** Largest POST /api/rooms body, in bytes. */
  maxCreateBytes: number;
  /** Open websockets one IP address may hold at once. */
  maxConnectionsPerIp: number;
  /** Stored updates of one room merged into one state after this many appends. */
  compactEvery: number;
  /** Print nothing but warnings and the listening line. */
  quiet: boolean;
}

export const DEFAULT_OPTIONS: RoomServerOptions = {
  port: 4173,
  host: '0.0.0.0',
  dataDir: './data',
  staticDir: './dist',
  redisUrl: null,
  maxMessageBytes: 2 * 1024 * 1024,
  maxCreateBytes: 25 * 1024 * 1024,
  maxConnectionsPerIp: 64,
  compactEvery: 500,
  quiet: false,
};

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return n;
}

/** Settings from environment variables (documented in docs/deployment.md). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): RoomServerOptions {
  return {
    port: intFrom(env, 'PORT', DEFAULT_OPTIONS.port),
    host: env.HOST || DEFAULT_OPTIONS.host,
    dataDir: resolve(env.DATA_DIR || DEFAULT_OPTIONS.dataDir),
    staticDir: env.STATIC_DIR === '' ? null : resolve(env.STATIC_DIR || (DEFAULT_OPTIONS.staticDir as string)),
    redisUrl: env.REDIS_URL || null,
    maxMessageBytes: intFrom(env, 'MAX_MESSAGE_BYTES', DEFAULT_OPTIONS.maxMessageBytes),
    maxCreateBytes: intFrom(env, 'MAX_CREATE_BYTES', DEFAULT_OPTIONS.maxCreateBytes),
    maxConnectionsPerIp: intFrom(env, 'MAX_CONNECTIONS_PER_IP', DEFAULT_OPTIONS.maxConnectionsPerIp),
    compactEvery: Math.max(1, intFrom(env, 'COMPACT_EVERY', DEFAULT_OPTIONS.compactEvery)),
    quiet: env.QUIET === '1',
  };
}
