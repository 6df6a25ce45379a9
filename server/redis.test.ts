/**
 * Two server processes sharing rooms through a real Redis: an edit made on
 * server A reaches a client of server B, and a lock set on A makes B's editors
 * read-only. Needs Debian's redis-server; without it the test fails, saying how
 * to install it, rather than skipping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect, createRoom, label, setLabel, spawnServer, tempDataDir, waitFor, type ChildServer, type Client } from './test-support.ts';

const REDIS = '/usr/bin/redis-server';
const NODE = 'n_healthy_weight_across_the_population';

let redis: ChildProcess | null = null;
let redisUrl = '';
const data = tempDataDir();
const servers: ChildServer[] = [];
const clients: Client[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(REDIS)) {
    throw new Error(`${REDIS} is missing: the Redis test needs a real Redis. Install it with "apt-get install -y redis-server" (the test starts its own on a free loopback port).`);
  }
  const port = await freePort();
  let out = '';
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  redis.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  redis.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  await waitFor(`redis-server to accept connections (output so far: ${out})`, () => /ready to accept connections/i.test(out));
  redisUrl = `redis://127.0.0.1:${port}`;
}, 20_000);

afterAll(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  for (const s of servers.splice(0)) await s.kill('SIGTERM');
  if (redis && redis.exitCode === null) {
    const done = new Promise((r) => redis!.once('exit', r));
    redis.kill('SIGTERM');
    await done;
  }
  data.remove();
});

it('carries an edit on server A to a client of server B, and a lock on A to B', async () => {
  // Both processes share the data folder (the same secret and rooms) and Redis.
  const [a, b] = await Promise.all([spawnServer({ DATA_DIR: data.dir, REDIS_URL: redisUrl }), spawnServer({ DATA_DIR: data.dir, REDIS_URL: redisUrl })]);
  servers.push(a, b);
  const caps = await createRoom(a.baseUrl);

  const onA = connect(a.wsUrl, caps.room, caps.facilitator, 'facilitator-a');
  const onB = connect(b.wsUrl, caps.room, caps.edit, 'editor-on-b');
  clients.push(onA, onB);
  await Promise.all([onA.synced(), onB.synced()]);

  setLabel(onA.doc, NODE, 'written through server A');
  await waitFor('the edit to reach the client of server B', () => label(onB.doc, NODE) === 'written through server A');

  onA.provider.sendStateless(JSON.stringify({ type: 'lock' }));
  await waitFor('B’s editor to be told the room is locked', () => onB.messages.some((m) => m.type === 'you' && m.reason === 'locked'));
  setLabel(onB.doc, NODE, 'typed on B while locked');
  await waitFor('B to refuse the write', () => /write-refused/.test(b.output()));
  expect(label(onA.doc, NODE)).toBe('written through server A');
}, 40_000);
