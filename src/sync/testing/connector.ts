/**
 * An in-memory network for simulated clients of one room, after Yjs's own
 * random message connector (yjs tests/testHelper.js) but shaped like our
 * deployment: a room server (a Y.Doc, as Hocuspocus keeps one) with one
 * connection to each client. Each connection keeps its order, as a websocket
 * does, but connections are served at random moments and take a random
 * number of their waiting messages, so updates reach people with random
 * delays and interleave in any order across people. A client going offline
 * loses everything in flight on its connection and sends nothing; coming
 * back it exchanges state vectors with the server, as a provider's sync step
 * does, so what it did offline merges.
 *
 * Why a server rather than every client talking to every other: that is
 * what runs (System Canvas rooms go through Hocuspocus), and in a full mesh
 * an update often arrives before the updates it builds on, which Yjs holds
 * back and re-merges on every later message; at 30 clients that made the
 * simulation spend minutes re-merging held-back updates instead of testing
 * our binding.
 */
import * as Y from 'yjs';
import type { Random } from './random.ts';

/** The origin of updates that arrive over the network. */
export const NETWORK = Symbol('network');

interface Connection {
  client: Y.Doc;
  online: boolean;
  /** Client to server, oldest first. */
  up: Uint8Array[];
  /** Server to client, oldest first. */
  down: Uint8Array[];
}

export class RandomNetwork {
  readonly server = new Y.Doc();
  private readonly connections: Connection[] = [];

  constructor(private readonly rng: Random) {
    this.server.on('update', (update: Uint8Array, origin: unknown) => {
      // Relay to everyone online except the client it came from.
      for (const c of this.connections) if (c.online && c !== origin) c.down.push(update);
    });
  }

  join(client: Y.Doc): void {
    const c: Connection = { client, online: true, up: [], down: [] };
    this.connections.push(c);
    client.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== NETWORK && c.online) c.up.push(update);
    });
    c.down.push(Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(client)));
  }

  isOnline(i: number): boolean {
    return this.connections[i]!.online;
  }

  disconnect(i: number): void {
    const c = this.connections[i]!;
    c.online = false;
    c.up = [];
    c.down = [];
  }

  /** Back online: the sync step, both ways. */
  reconnect(i: number): void {
    const c = this.connections[i]!;
    if (c.online) return;
    c.online = true;
    c.up.push(Y.encodeStateAsUpdate(c.client, Y.encodeStateVector(this.server)));
    c.down.push(Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(c.client)));
  }

  /**
   * Serves client i's connection: a random number of its waiting messages
   * reach the server, and a random number of the server's reach the client.
   * Messages that arrive together are applied in one transaction, as a
   * provider handling several in one tick would.
   */
  deliver(i: number, most = 8): void {
    const c = this.connections[i]!;
    if (c.up.length && this.rng.chance(0.7)) {
      const burst = c.up.splice(0, 1 + this.rng.int(Math.min(most, c.up.length)));
      this.server.transact(() => burst.forEach((u) => Y.applyUpdate(this.server, u, c)), c);
    }
    if (c.down.length && this.rng.chance(0.7)) {
      const burst = c.down.splice(0, 1 + this.rng.int(Math.min(most, c.down.length)));
      c.client.transact(() => burst.forEach((u) => Y.applyUpdate(c.client, u, NETWORK)), NETWORK);
    }
  }

  /** Everyone online, and every message delivered, until nothing is in flight. */
  settle(): void {
    this.connections.forEach((_, i) => this.reconnect(i));
    while (this.connections.some((c) => c.up.length || c.down.length)) this.connections.forEach((_, i) => this.deliver(i, Infinity));
  }
}
