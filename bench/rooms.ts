/**
 * Live rooms under a workshop's load: the room server in its own process, 40
 * Node clients on loopback in one room holding the healthy-weight example,
 * each making one edit a second for about 20 s. Measures the time from an
 * edit to each other client seeing it (median, p95), the server's CPU and
 * memory, and the stored state after 10,000 edits against the plain file.
 *
 *   tsx bench/rooms.ts            prints the numbers (npm run bench runs it as `rooms`)
 *
 * The 40 clients share one Node process (and the machine's cores with the
 * server), so the latency includes their own queueing: it is an upper bound
 * on what one browser would see.
 */
import { readFileSync } from 'node:fs';
import type * as Y from 'yjs';
import { readRoomMap } from '../server/export-room.ts';
import { openRoomStore } from '../server/store.ts';
import { randomEdit, seeded } from '../server/edits.ts';
import { connect, createRoom, EXAMPLE_MAP, spawnServer, tempDataDir, type Client } from '../server/test-support.ts';
import { serialiseMap } from '../src/model/load.ts';
import type { Row, Section } from './report.ts';
import { median, percentile, round } from './stats.ts';

const CLIENTS = 40;
const SECONDS = 20;
const TOTAL_EDITS = 10_000;

export interface RoomsResult {
  clients: number;
  seconds: number;
  edits: number;
  samples: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
  serverCpuPercent: number;
  serverRssMb: number;
  storedBytes: number;
  fileBytes: number;
  exampleFileBytes: number;
}

/** utime + stime of a process in clock ticks, and its resident memory in bytes (Linux /proc). */
function processUsage(pid: number): { ticks: number; rss: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { ticks, rss: rssKb * 1024 };
}
const TICKS_PER_SECOND = 100;

const LABEL = /^bench (\d+) (\d+)$/;

/** What the latency phase needs of a client: its Y.Doc, whoever's provider keeps it in sync. */
export interface EditingClient {
  doc: Y.Doc;
}

export interface LatencyResult {
  seconds: number;
  edits: number;
  latencies: number[];
  serverCpuPercent: number;
  peakRssBytes: number;
}

/**
 * The workshop load: each client relabels a node once a second, spread
 * evenly, for SECONDS; every other client notes when it sees the new label.
 * Server CPU and peak memory are read from /proc for `serverPid`.
 */
export async function measureEditLatency(clients: EditingClient[], serverPid: number, seconds = SECONDS): Promise<LatencyResult> {
  const count = clients.length;
  const nodeIds = [...clients[0]!.doc.getMap('nodes').keys()];
  // Each edit writes "bench <edit number> <client>" into a label; every other client notes when it sees it.
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  clients.forEach((client, me) => {
    client.doc.getMap('nodes').observeDeep((events, txn) => {
      if (txn.local) return;
      const now = performance.now();
      for (const event of events) {
        for (const key of event.changes.keys.keys()) {
          if (key !== 'label') continue;
          const match = LABEL.exec(String((event.target as { get(k: string): unknown }).get('label')));
          if (!match || Number(match[2]) === me) continue;
          const start = sentAt.get(Number(match[1]));
          if (start !== undefined) latencies.push(now - start);
        }
      }
    });
  });

  const before = processUsage(serverPid);
  const started = performance.now();
  let editNo = 0;
  let peakRss = before.rss;
  await new Promise<void>((done) => {
    let tick = 0;
    const timer = setInterval(() => {
      const n = editNo++;
      const node = clients[tick % count]!.doc.getMap<Y.Map<unknown>>('nodes').get(nodeIds[n % nodeIds.length]!)!;
      sentAt.set(n, performance.now());
      node.set('label', `bench ${n} ${tick % count}`);
      tick++;
      if (tick % count === 0) peakRss = Math.max(peakRss, processUsage(serverPid).rss);
      if (tick >= count * seconds) {
        clearInterval(timer);
        done();
      }
    }, 1000 / count);
  });
  // The last edits' sightings.
  await new Promise((r) => setTimeout(r, 1000));
  const elapsed = (performance.now() - started) / 1000;
  const after = processUsage(serverPid);
  return {
    seconds: round(elapsed),
    edits: editNo,
    latencies,
    serverCpuPercent: round(((after.ticks - before.ticks) / TICKS_PER_SECOND / elapsed) * 100),
    peakRssBytes: peakRss,
  };
}

export async function measureRooms(): Promise<RoomsResult> {
  const data = tempDataDir();
  const server = await spawnServer({ DATA_DIR: data.dir, QUIET: '1', MAX_CONNECTIONS_PER_IP: String(CLIENTS + 10) });
  const clients: Client[] = [];
  try {
    const caps = await createRoom(server.baseUrl);
    for (let i = 0; i < CLIENTS; i++) clients.push(connect(server.wsUrl, caps.room, caps.edit, `bench-client-${String(i).padStart(3, '0')}`));
    await Promise.all(clients.map((c) => c.synced()));
    const latency = await measureEditLatency(clients, server.child.pid!);
    await Promise.all(clients.map((c) => c.synced()));
    const editNo = latency.edits;

    // Then on to 10,000 edits of every kind, as fast as the clients can send them.
    const random = seeded(11);
    for (let n = editNo; n < TOTAL_EDITS; n++) {
      randomEdit(clients[n % CLIENTS]!.doc, random, String(n));
      if (n % 400 === 399) await Promise.all(clients.map((c) => c.synced()));
    }
    await Promise.all(clients.map((c) => c.synced()));
    clients.splice(0).forEach((c) => c.destroy());
    // A clean stop compacts what is left, as the server does when a room empties.
    await server.kill('SIGTERM');

    const store = openRoomStore(data.dir);
    const storedBytes = store.storedBytes(caps.room);
    store.close();
    const map = readRoomMap(data.dir, caps.room);
    if (!map.ok) throw new Error(`the room's map does not load: ${map.problems[0]?.message}`);
    return {
      clients: CLIENTS,
      seconds: latency.seconds,
      edits: editNo,
      samples: latency.latencies.length,
      latencyMedianMs: round(median(latency.latencies)),
      latencyP95Ms: round(percentile(latency.latencies, 95)),
      serverCpuPercent: latency.serverCpuPercent,
      serverRssMb: round(latency.peakRssBytes / 1048576),
      storedBytes,
      fileBytes: Buffer.byteLength(serialiseMap(map.doc)),
      exampleFileBytes: readFileSync(EXAMPLE_MAP).length,
    };
  } finally {
    clients.forEach((c) => c.destroy());
    await server.kill();
    data.remove();
  }
}

export function roomsSection(r: RoomsResult): Section {
  const ratio = r.storedBytes / r.fileBytes;
  const rows: Row[] = [
    { measure: `Edit to other clients, median (${r.clients} clients, ${r.samples} sightings)`, value: `${r.latencyMedianMs} ms` },
    { measure: 'Edit to other clients, p95', value: `${r.latencyP95Ms} ms`, target: '≤ 100 ms', status: r.latencyP95Ms <= 100 ? 'PASS' : 'MISS' },
    { measure: `Server CPU during ${r.edits} edits in ${r.seconds} s`, value: `${r.serverCpuPercent} % of one core` },
    { measure: 'Server memory (peak RSS, one room)', value: `${r.serverRssMb} MB` },
    { measure: 'Stored state after 10,000 edits / plain map file', value: `${round(r.storedBytes / 1024)} KB / ${round(r.fileBytes / 1024)} KB = ${round(ratio, 2)}×`, target: '≤ 3×', status: ratio <= 3 ? 'PASS' : 'MISS' },
  ];
  return {
    title: 'Live rooms',
    rows,
    method: [
      `The room server runs in its own process; ${r.clients} Node clients (Hocuspocus provider, one process) join one room holding the healthy-weight example over loopback.`,
      'Each client relabels a node once a second, spread evenly; every other client records when the new label arrives (same clock).',
      'Server CPU is its user + system time over the edit phase (from /proc); memory is its peak resident set.',
      'Then edits of every kind (move, relabel, describe, re-weigh) continue to 10,000; the server is stopped cleanly (which compacts), and the stored bytes are compared with the room exported as a normal map file.',
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureRooms();
  console.log(JSON.stringify(r, null, 2));
  for (const row of roomsSection(r).rows) console.log(`${row.measure}: ${row.value}${row.target ? ` (target ${row.target}: ${row.status})` : ''}`);
}
