/**
 * The HTTP side: POST /api/rooms makes a room, GET /api/health answers "ok",
 * and everything else is the built app from the static folder (index.html
 * for unknown paths, so the app's own routes work on reload).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import * as Y from 'yjs';
import { parseMapValue, formatProblems } from '../src/model/load.ts';
import { makeCapability, newRoomId } from './capabilities.ts';
import type { Logger } from './log.ts';
import { hasPrivateNotes, mapToYDoc, withoutPrivateNotes, yDocToMapValue } from './map-doc.ts';
import type { RoomStore } from './store.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HttpContext {
  store: RoomStore;
  secret: Buffer;
  staticDir: string | null;
  maxCreateBytes: number;
  log: Logger;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, `the map is ${declared} bytes; a new room takes at most ${limit}`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        reject(new HttpError(413, `the map is over ${limit} bytes; a new room takes at most ${limit}`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The room's first state from the request body: a Yjs update, or a map file as JSON. */
function initialState(body: Buffer, contentType: string, roomId: string): Uint8Array {
  if (contentType.startsWith('application/octet-stream')) {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, body);
    } catch {
      throw new HttpError(400, 'the body is not a Yjs update');
    }
    const check = parseMapValue(yDocToMapValue(doc, roomId));
    if (!check.ok) throw new HttpError(422, `the shared map is not a valid map:\n${formatProblems(check.problems)}`);
    if (hasPrivateNotes(doc)) throw new HttpError(422, 'the shared map contains private notes; they must stay in your browser');
    return Y.encodeStateAsUpdate(doc);
  }
  if (contentType.startsWith('application/json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'the body is not valid JSON');
    }
    const check = parseMapValue(raw);
    if (!check.ok) throw new HttpError(422, `not a valid map:\n${formatProblems(check.problems)}`);
    return Y.encodeStateAsUpdate(mapToYDoc(withoutPrivateNotes(check.doc)));
  }
  throw new HttpError(415, 'send the map as application/json or a Yjs update as application/octet-stream');
}

async function createRoom(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): Promise<void> {
  const body = await readBody(req, ctx.maxCreateBytes);
  const room = newRoomId();
  const state = initialState(body, String(req.headers['content-type'] ?? ''), room);
  ctx.store.createRoom(room, state);
  ctx.log.info('room-created', { room, ip: req.socket.remoteAddress, bytes: state.length });
  sendJson(res, 201, {
    room,
    edit: makeCapability(ctx.secret, room, 'edit'),
    view: makeCapability(ctx.secret, room, 'view'),
    facilitator: makeCapability(ctx.secret, room, 'facilitator'),
    websocket: '/rooms',
  });
}

function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): void {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const base = resolve(root);
  let file = normalize(join(base, path));
  // Never outside the static folder, whatever ../ the path holds.
  if (file !== base && !file.startsWith(base + sep)) return sendJson(res, 404, { error: 'not found' });
  if (!existsSync(file) || statSync(file).isDirectory()) {
    file = join(base, 'index.html');
    if (!existsSync(file)) return sendJson(res, 404, { error: 'the app is not built here; run npm run build' });
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

export function httpHandler(ctx: HttpContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const done = (async () => {
      if (path === '/api/rooms' && req.method === 'POST') return createRoom(req, res, ctx);
      if (path === '/api/health' && req.method === 'GET') return sendJson(res, 200, { ok: true });
      if (path?.startsWith('/api/')) return sendJson(res, 404, { error: `no such API: ${req.method} ${path}` });
      if (ctx.staticDir && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(req, res, ctx.staticDir);
      sendJson(res, 404, { error: 'not found' });
    })();
    done.catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : err instanceof URIError ? 400 : 500;
      const message = err instanceof Error ? err.message : String(err);
      ctx.log.warn('http-refused', { path, status, ip: req.socket.remoteAddress, reason: message.split('\n')[0] });
      if (!res.headersSent) sendJson(res, status, { error: message });
      else res.destroy();
    });
  };
}
