/**
 * Convergence: many people editing one map at once, over a network that
 * delays, reorders and drops messages and loses people for a while, end with
 * the same map, and a valid one. Seeded: a failure replays with its seed.
 *
 * Sizes: SYNC_CLIENTS (default 30) and SYNC_OPS (operations per client,
 * default 300, so 9,000 operations in all); SYNC_SEED picks another run.
 * The issue asks for about 1,000 operations per client:
 * SYNC_OPS=1000 npx vitest run src/sync/convergence.test.ts. That run passed
 * in full (2026-12-02: 152 s of CPU, 8.7 min on a 2-core machine busy with
 * other work), since every operation is integrated by all 30 Y.Docs and the
 * server's and the documents grow as it goes. That is over a third of what
 * the whole of `npm test` may take in CI, so the default is 300 per client
 * (about 18 s of CPU, against 6 s for 100): the largest that fits the budget.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseMapValue } from '../model/load.ts';
import { createMap } from '../model/operations.ts';
import { readYDoc } from './project.ts';
import { SharedMap } from './sharedMap.ts';
import { RandomNetwork } from './testing/connector.ts';
import { Random } from './testing/random.ts';
import { randomOperation } from './testing/randomOperations.ts';

const CLIENTS = Number(process.env.SYNC_CLIENTS ?? 30);
const OPS_PER_CLIENT = Number(process.env.SYNC_OPS ?? 300);
const SEED = Number(process.env.SYNC_SEED ?? 20_250_601);

function simulate(seed: number, clients: number, opsPerClient: number) {
  const rng = new Random(seed);
  const network = new RandomNetwork(rng);
  let counter = 0;
  const ids = () => (++counter).toString(36);
  let clock = Date.UTC(2025, 0, 1);
  const now = () => new Date((clock += 1000)).toISOString();

  const people: SharedMap[] = [];
  for (let i = 0; i < clients; i++) {
    const ydoc = new Y.Doc();
    // Fixed client ids: Yjs breaks ties by client id, so the run replays exactly.
    ydoc.clientID = i + 1;
    people.push(new SharedMap(ydoc));
    network.join(ydoc);
  }
  // The facilitator shares a map; everyone else receives it before starting.
  people[0]!.share(createMap({ title: 'Workshop' }, now()));
  network.settle();

  let applied = 0;
  let undone = 0;
  const total = clients * opsPerClient;
  for (let done = 0; done < total; ) {
    const i = rng.int(clients);
    const person = people[i]!;
    const roll = rng.next();
    if (roll < 0.01) {
      if (network.isOnline(i)) network.disconnect(i);
      else network.reconnect(i);
    } else if (roll < 0.45) network.deliver(i);
    else {
      done++;
      if (rng.chance(0.04)) {
        if (person.undo()) undone++;
      } else if (rng.chance(0.01)) person.redo();
      else {
        const { op, coalesceKey } = randomOperation(person.doc!, rng, ids, now);
        if (person.apply(op, { coalesceKey, now: (clock += 1000) })) applied++;
      }
    }
  }
  network.settle();
  return { people, applied, undone, server: network.server };
}

describe('convergence', () => {
  it(`${CLIENTS} people making ${OPS_PER_CLIENT} operations each end with the same, valid map`, () => {
    const { people, applied, undone, server } = simulate(SEED, CLIENTS, OPS_PER_CLIENT);
    // The run really exercised the map (not a pile of no-ops).
    expect(applied).toBeGreaterThan(CLIENTS * OPS_PER_CLIENT * 0.5);
    expect(undone).toBeGreaterThan(0);

    const reference = people[0]!.ydoc;
    const shared = readYDoc(reference)!;
    expect(Object.keys(shared.nodes).length).toBeGreaterThan(0);
    expect(Object.keys(shared.links).length).toBeGreaterThan(0);
    for (const person of people) {
      // The same state in every Y.Doc, and so the same shared map.
      expect(Y.encodeStateVector(person.ydoc)).toEqual(Y.encodeStateVector(reference));
      expect(readYDoc(person.ydoc)).toEqual(shared);
      // Each person's own view (with their private notes) passes the loader's checks.
      const own = JSON.parse(JSON.stringify(person.doc));
      const loaded = parseMapValue(own);
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
      // And it is the shared map plus exactly their private notes.
      const mine = Object.entries(person.myPrivateNotes)
        .filter(([nodeId]) => Object.hasOwn(shared.nodes, nodeId))
        .flatMap(([, notes]) => notes.map((n) => n.id));
      const shown = Object.values(person.doc!.nodes).flatMap((n) => n.notes.filter((note) => note.private).map((note) => note.id));
      expect(shown.sort()).toEqual(mine.sort());
    }
    // No private note ever reached the room.
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(reference))).not.toContain('secret');
    expect(people.some((p) => Object.keys(p.myPrivateNotes).length > 0)).toBe(true);
    // Nor the server's copy of the room.
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(server))).not.toContain('secret');
    expect(Y.encodeStateVector(server)).toEqual(Y.encodeStateVector(reference));
  }, 600_000);
});
