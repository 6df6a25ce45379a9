/** A server killed with SIGKILL and started again has every edit it acknowledged. */
import { afterEach, expect, it } from 'vitest';
import { connect, createRoom, label, setLabel, spawnServer, tempDataDir, waitFor, type ChildServer, type Client } from './test-support.ts';

const data = tempDataDir();
const servers: ChildServer[] = [];
const clients: Client[] = [];

afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  for (const s of servers.splice(0)) await s.kill();
  data.remove();
});

it('keeps acknowledged edits across kill -9 and a restart', async () => {
  const first = await spawnServer({ DATA_DIR: data.dir });
  servers.push(first);
  const caps = await createRoom(first.baseUrl);
  const alice = connect(first.wsUrl, caps.room, caps.edit);
  clients.push(alice);
  await alice.synced();

  const ids = [...alice.doc.getMap('nodes').keys()].slice(0, 40);
  ids.forEach((id, i) => setLabel(alice.doc, id, `edit ${i} before the crash`));
  // unsyncedChanges falls to 0 once the server has acknowledged every update.
  await alice.synced();
  await first.kill('SIGKILL');
  alice.destroy();

  const second = await spawnServer({ DATA_DIR: data.dir });
  servers.push(second);
  const bob = connect(second.wsUrl, caps.room, caps.edit);
  clients.push(bob);
  await bob.synced();
  await waitFor('the map to arrive', () => bob.doc.getMap('nodes').size === 118);
  expect(ids.map((id) => label(bob.doc, id))).toEqual(ids.map((_, i) => `edit ${i} before the crash`));
}, 40_000);
