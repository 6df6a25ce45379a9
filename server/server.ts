/**
 * The room server: one HTTP port for the app, the rooms API and the
 * websockets at /rooms. Built on Hocuspocus 3 (the 4.x line needs Node 22).
 */
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { loadOrCreateSecret } from './capabilities.ts';
import { DEFAULT_OPTIONS, type RoomServerOptions } from './config.ts';
import { RoomControl } from './control.ts';
import { hasMessageHeader, MessageGuard } from './guard.ts';
import { httpHandler } from './http.ts';
import { consoleLogger, type Logger } from './log.ts';
import { redisControlChannel } from './redis-channel.ts';
import { RoomKeeper } from './rooms.ts';
import { openRoomStore, type RoomStore } from './store.ts';

export const WEBSOCKET_PATH = '/rooms';

export interface RunningRoomServer {
  port: number;
  http: HttpServer;
  hocuspocus: Hocuspocus;
  store: RoomStore;
  secret: Buffer;
  /** Closes every connection, compacts the rooms and closes the database. */
  close(): Promise<void>;
}

export async function startRoomServer(options: Partial<RoomServerOptions> = {}, log: Logger = consoleLogger(options.quiet)): Promise<RunningRoomServer> {
  const o: RoomServerOptions = { ...DEFAULT_OPTIONS, ...options };
  const store = openRoomStore(o.dataDir);
  const secret = loadOrCreateSecret(o.dataDir);
  const control = new RoomControl(store, secret, log);
  const keeper = new RoomKeeper(store, secret, control, o.compactEvery, log);
  const extensions: Extension[] = [new MessageGuard(
      o.maxMessageBytes,
      log,
      (c) => control.roleOf(c),
      (c) => control.participantOf(c),
    ), keeper, control];
  if (o.redisUrl) {
    const url = o.redisUrl;
    extensions.push(new RedisExtension({ createClient: () => new IORedis(url) }));
    control.channel = await redisControlChannel(o.redisUrl, (s) => control.onSignal(s), log);
  }
  const hocuspocus = new Hocuspocus({ name: 'system-canvas', quiet: true, extensions });

  const http = createServer(httpHandler({ store, secret, staticDir: o.staticDir, maxCreateBytes: o.maxCreateBytes, log }));
  // ws refuses (code 1009) anything over maxPayload before buffering it all; the guard's own check logs it with the room.
  const wss = new WebSocketServer({ noServer: true, maxPayload: o.maxMessageBytes + 1024 });
  const perIp = new Map<string, number>();

  http.on('upgrade', (req, socket, head) => {
    const ip = req.socket.remoteAddress ?? 'unknown';
    const path = (req.url ?? '').split('?')[0];
    const reject = (status: string, reason: string) => {
      log.warn('upgrade-refused', { ip, path, reason });
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${reason}\n`);
    };
    if (path !== WEBSOCKET_PATH) return reject('404 Not Found', `rooms are at ${WEBSOCKET_PATH}`);
    const open = perIp.get(ip) ?? 0;
    if (open >= o.maxConnectionsPerIp) return reject('429 Too Many Requests', `at most ${o.maxConnectionsPerIp} connections from one address`);
    perIp.set(ip, open + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left > 0) perIp.set(ip, left);
      else perIp.delete(ip);
    };
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (err) => log.warn('socket-error', { ip, error: err.message }));
      // Hocuspocus closes a socket whose message has no readable header; this logs it in our format first.
      ws.on('message', (data: Buffer) => {
        if (!hasMessageHeader(data)) log.warn('message-refused', { ip, reason: 'malformed-message', why: 'no room name and type', bytes: data.length });
      });
      ws.once('close', release);
      hocuspocus.handleConnection(ws, req);
    });
  });
  http.on('clientError', (err, socket) => {
    log.warn('http-client-error', { error: err.message });
    socket.destroy();
  });

  await new Promise<void>((resolveListen, reject) => {
    http.once('error', reject);
    http.listen(o.port, o.host, () => resolveListen());
  });
  const port = (http.address() as AddressInfo).port;
  log.info('listening', { url: `http://${o.host}:${port}`, websocket: WEBSOCKET_PATH, data: o.dataDir, redis: o.redisUrl ? 'on' : 'off' });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      for (const client of wss.clients) client.terminate();
      hocuspocus.closeConnections();
      await new Promise<void>((r) => http.close(() => r()));
      keeper.compactAll();
      await control.channel?.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      store.close();
    })());
  return { port, http, hocuspocus, store, secret, close };
}
