/** Bad input is refused and logged; the server and the room carry on. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connect, createRoom, label, labelUpdate, RawClient, setLabel, startTestServer, waitFor, type Capabilities } from './test-support.ts';

const NODE = 'n_healthy_weight_across_the_population';
const LIMIT = 64 * 1024;

let t: Awaited<ReturnType<typeof startTestServer>>;
let caps: Capabilities;
const cleanup: Array<() => void> = [];

beforeEach(async () => {
  t = await startTestServer({ maxMessageBytes: LIMIT, maxConnectionsPerIp: 6 });
  caps = await createRoom(t.baseUrl);
});
afterEach(async () => {
  for (const fn of cleanup.splice(0)) fn();
  await t.stop();
});

function stored(): Y.Doc {
  const doc = new Y.Doc();
  for (const u of t.server.store.loadUpdates(caps.room)) Y.applyUpdate(doc, u);
  return doc;
}

async function editor(): Promise<RawClient> {
  const r = await RawClient.open(t.wsUrl, caps.room);
  cleanup.push(() => r.close());
  expect(await r.authenticate(caps.edit)).toBe('authenticated');
  return r;
}

/** The room still works: a new client syncs the map and its edit is stored. */
async function roomStillWorks(text: string): Promise<void> {
  expect((await fetch(`${t.baseUrl}/api/health`)).status).toBe(200);
  const c = connect(t.wsUrl, caps.room, caps.edit);
  cleanup.push(() => c.destroy());
  await c.synced();
  expect(c.doc.getMap('nodes').size).toBe(118);
  setLabel(c.doc, NODE, text);
  await waitFor('the edit to be stored', () => label(stored(), NODE) === text);
}

describe('limits', () => {
  it('refuses an update just over the limit, logs it, and keeps the room intact', async () => {
    const before = label(stored(), NODE);
    const r = await editor();
    const update = labelUpdate(Y.encodeStateAsUpdate(stored()), NODE, 'x'.repeat(LIMIT + 200));
    expect(update.length).toBeGreaterThan(LIMIT);
    expect(await r.sendUpdate(update)).toBe(false);
    await waitFor('the socket to close', () => r.closed !== null);
    expect(r.closed?.code).toBe(4413);
    expect(label(stored(), NODE)).toBe(before);
    expect(t.log.lines.some((l) => l.includes('message-refused') && l.includes('message-too-big'))).toBe(true);
    await roomStillWorks('after a big update');
  });

  it('refuses a message far over the limit at the socket, before reading it all', async () => {
    const r = await editor();
    r.ws.send(new Uint8Array(4 * LIMIT));
    await waitFor('the socket to close', () => r.closed !== null);
    expect(r.closed?.code).toBe(1009);
    await roomStillWorks('after a huge message');
  });

  it('survives malformed bytes before and after joining, and logs them', async () => {
    const garbage = [new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), new Uint8Array([]), new Uint8Array([3, 1, 2])];
    for (const bytes of garbage) {
      const r = await RawClient.open(t.wsUrl, caps.room);
      cleanup.push(() => r.close());
      r.ws.send(bytes);
      await waitFor('the socket to close', () => r.closed !== null);
    }
    const r = await editor();
    // A sync update whose payload is not a Yjs update.
    r.ws.send(r.message(0, (e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array([9, 9, 9, 9, 250, 1])))));
    await waitFor('the socket to close', () => r.closed !== null);
    expect(r.closed?.code).toBe(4400);
    const r2 = await editor();
    // An unknown message type, and a truncated one.
    r2.ws.send(r2.message(42, () => {}));
    await waitFor('the socket to close', () => r2.closed !== null);
    const r3 = await editor();
    r3.ws.send(r3.message(0, (e) => encoding.writeVarUint(e, 2)));
    await waitFor('the socket to close', () => r3.closed !== null);
    expect(t.log.lines.filter((l) => l.includes('malformed-message')).length).toBeGreaterThanOrEqual(5);
    await roomStillWorks('after garbage');
  });

  it('refuses more connections from one address than allowed, and accepts again when one closes', async () => {
    const open: RawClient[] = [];
    for (let i = 0; i < 6; i++) open.push(await RawClient.open(t.wsUrl, caps.room));
    cleanup.push(() => open.forEach((r) => r.close()));
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(t.wsUrl);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(429);
    expect(t.log.lines.some((l) => l.includes('upgrade-refused') && l.includes('at most 6'))).toBe(true);
    open.pop()!.close();
    // The server frees the slot when it sees the close; try until it has.
    let reopened: RawClient | null = null;
    for (let i = 0; i < 100 && !reopened; i++) {
      reopened = await RawClient.open(t.wsUrl, caps.room).catch(() => null);
      if (!reopened) await new Promise((r) => setTimeout(r, 20));
    }
    expect(reopened).not.toBeNull();
    reopened!.close();
  });

  it('refuses a room made from something that is not a map', async () => {
    const res = await fetch(`${t.baseUrl}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nodes": 5}' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toMatch(/not a valid map/);
    const bad = await fetch(`${t.baseUrl}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([1, 2, 3]) });
    expect(bad.status).toBe(400);
  });
});
