/**
 * Our room server beside y-websocket's (the server PRSM's is a fork of), like
 * for like: the same 40 Node clients on loopback in one room holding the
 * healthy-weight example, each relabelling a node once a second (the
 * `rooms` load, bench/rooms.ts), each server in its own process. Also checks
 * what each does with a write from someone meant only to watch.
 *
 * y-websocket's server is @y/websocket-server 0.1.1 (a devDependency, the
 * line that runs on Yjs 13), its clients y-websocket 3.1's WebsocketProvider.
 * It runs as its README starts it: in memory, no persistence (its optional
 * LevelDB store needs a native build), no authentication.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { mapToYDoc } from '../server/map-doc.ts';
import { connect, createRoom, label, REPO, setLabel, spawnServer, tempDataDir, waitFor, type Client } from '../server/test-support.ts';
import { loadExample } from './maps.ts';
import { measureEditLatency, type LatencyResult } from './rooms.ts';
import type { Section } from './report.ts';
import { median, percentile, round } from './stats.ts';

const CLIENTS = 40;

export interface ServerFigures {
  samples: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
  serverCpuPercent: number;
  serverRssMb: number;
  /** A participant meant only to watch sends an edit: did the others get it? */
  watcherWriteReachedOthers: boolean;
}

export interface RoomsCompareResult {
  clients: number;
  ours: ServerFigures;
  yWebsocket: ServerFigures;
}

function figures(l: LatencyResult, watcherWrite: boolean): ServerFigures {
  return {
    samples: l.latencies.length,
    latencyMedianMs: round(median(l.latencies)),
    latencyP95Ms: round(percentile(l.latencies, 95)),
    serverCpuPercent: l.serverCpuPercent,
    serverRssMb: round(l.peakRssBytes / 1048576),
    watcherWriteReachedOthers: watcherWrite,
  };
}

/** Sets a label from `writer` and says whether `reader` sees it within two seconds. */
async function reaches(writer: Y.Doc, reader: Y.Doc, nodeId: string): Promise<boolean> {
  const text = `written by a watcher ${Math.random()}`;
  setLabel(writer, nodeId, text);
  return waitFor('the write to arrive', () => label(reader, nodeId) === text, 2000).then(
    () => true,
    () => false,
  );
}

async function ours(): Promise<ServerFigures> {
  const data = tempDataDir();
  const server = await spawnServer({ DATA_DIR: data.dir, QUIET: '1', MAX_CONNECTIONS_PER_IP: String(CLIENTS + 10) });
  const clients: Client[] = [];
  try {
    const caps = await createRoom(server.baseUrl);
    for (let i = 0; i < CLIENTS; i++) clients.push(connect(server.wsUrl, caps.room, caps.edit, `bench-client-${String(i).padStart(3, '0')}`));
    await Promise.all(clients.map((c) => c.synced()));
    const latency = await measureEditLatency(clients, server.child.pid!);
    // A view link's holder edits their own copy: the server refuses the update, so nobody else gets it.
    const watcher = connect(server.wsUrl, caps.room, caps.view, 'bench-watcher-001');
    clients.push(watcher);
    await waitFor('the watcher to sync', () => watcher.provider.isSynced);
    const nodeId = [...clients[0]!.doc.getMap('nodes').keys()][0]!;
    return figures(latency, await reaches(watcher.doc, clients[0]!.doc, nodeId));
  } finally {
    clients.forEach((c) => c.destroy());
    await server.kill();
    data.remove();
  }
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => done(port));
    });
  });
}

interface YwsClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function ywsClient(url: string, room: string): YwsClient {
  const doc = new Y.Doc();
  // disableBc: the clients share one process, so without it they would also talk over a BroadcastChannel, not the server.
  const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
  return { doc, provider };
}

async function yWebsocket(): Promise<ServerFigures> {
  // Each WebsocketProvider listens for the process's exit; 40 of them in one process is expected.
  process.setMaxListeners(CLIENTS + 20);
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(REPO, 'node_modules/@y/websocket-server/src/server.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const clients: YwsClient[] = [];
  try {
    await waitFor('y-websocket to listen', () => out.includes('running at') || child.exitCode !== null, 20_000);
    if (!out.includes('running at')) throw new Error(`y-websocket's server did not start:\n${out}`);
    const url = `ws://127.0.0.1:${port}`;
    const room = 'healthy-weight';
    // The first client brings the map, as the sharer's browser does (the server has no way to create a room).
    const first = ywsClient(url, room);
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(mapToYDoc(loadExample())));
    clients.push(first);
    await waitFor('the first client to connect', () => first.provider.synced);
    const size = first.doc.getMap('nodes').size;
    for (let i = 1; i < CLIENTS; i++) clients.push(ywsClient(url, room));
    await waitFor('every client to hold the map', () => clients.every((c) => c.provider.synced && c.doc.getMap('nodes').size === size), 30_000);
    const latency = await measureEditLatency(clients, child.pid!);
    // PRSM makes a viewer read-only in its browser; the server has no notion of it. A client that ignores that just writes.
    const watcher = ywsClient(url, room);
    clients.push(watcher);
    await waitFor('the watcher to sync', () => watcher.provider.synced && watcher.doc.getMap('nodes').size === size);
    const nodeId = [...first.doc.getMap('nodes').keys()][0]!;
    return figures(latency, await reaches(watcher.doc, first.doc, nodeId));
  } finally {
    clients.forEach((c) => c.provider.destroy());
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

export async function measureRoomsCompare(): Promise<RoomsCompareResult> {
  return { clients: CLIENTS, ours: await ours(), yWebsocket: await yWebsocket() };
}

export function roomsCompareSection(r: RoomsCompareResult): Section {
  const row = (measure: string, f: (s: ServerFigures) => string) => [measure, f(r.ours), f(r.yWebsocket)];
  return {
    title: 'Live rooms beside y-websocket',
    summary: `PRSM’s server is a fork of y-websocket with no access control; PRSM itself could not be fetched here, so y-websocket’s own server stands in for it, under the same ${r.clients} clients and the same edits.`,
    rows: [
      { measure: 'Edit to other clients, median: ours / y-websocket', value: `${r.ours.latencyMedianMs} ms / ${r.yWebsocket.latencyMedianMs} ms` },
      { measure: 'Edit to other clients, p95: ours / y-websocket', value: `${r.ours.latencyP95Ms} ms / ${r.yWebsocket.latencyP95Ms} ms` },
    ],
    tables: [
      {
        headers: ['', 'Ours (Hocuspocus 3, SQLite, capabilities)', 'y-websocket server 0.1.1 (in memory, no access control)'],
        rows: [
          row('Sightings of others’ edits', (s) => String(s.samples)),
          row('Edit to other clients, median', (s) => `${s.latencyMedianMs} ms`),
          row('Edit to other clients, p95', (s) => `${s.latencyP95Ms} ms`),
          row('Server CPU during the edits', (s) => `${s.serverCpuPercent} % of one core`),
          row('Server memory (peak RSS)', (s) => `${s.serverRssMb} MB`),
          ['Each edit on disk before it is acknowledged', 'yes (SQLite, WAL)', 'no (kept in memory; lost if the process stops)'],
          row('A watcher’s write reaches the others', (s) => (s.watcherWriteReachedOthers ? 'yes' : 'no: refused by the server')),
          ['Where view-only is enforced', 'by the server, per connection (view links, lock, viewers)', 'nowhere in the server: PRSM hides the editing controls in its browser'],
        ],
      },
    ],
    method: [
      `Both servers run in their own process on loopback; ${r.clients} Node clients (ours: Hocuspocus provider; y-websocket: its WebsocketProvider, BroadcastChannel off) join one room holding the healthy-weight example.`,
      'Each relabels a node once a second, spread evenly, for 20 s; every other client records when the new label arrives. CPU and peak memory of the server process come from /proc.',
      'Then a client meant only to watch (ours: holding the view link; y-websocket: any client, since it has no roles) sets a label, and we wait two seconds for another client to see it.',
      'y-websocket runs as its README starts it: in memory, with no persistence and no authentication, so it does less per edit than ours.',
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureRoomsCompare(), null, 2));
}
