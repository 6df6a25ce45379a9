/**
 * Simulated workshop participants for the room benchmarks: Node clients on the
 * Hocuspocus provider with src/sync's SharedMap on top, so every edit is one
 * of the model's named operations applied as a transaction, as a browser
 * applies it. Seeded, so a run can be repeated.
 */
import * as Y from 'yjs';
import { moveNodes, renameNode, updateLink, updateNode, type Operation } from '../src/model/operations.ts';
import type { MapDocument } from '../src/model/types.ts';
import { SharedMap } from '../src/sync/index.ts';
import { mulberry32 } from '../src/model/random.ts';
import { connect, waitFor, type Client } from '../server/test-support.ts';

export interface Participant {
  client: Client;
  shared: SharedMap;
  destroy(): void;
}

export function joinAsParticipant(wsUrl: string, room: string, token: string, name: string): Participant {
  const client = connect(wsUrl, room, token, name);
  const shared = new SharedMap(client.doc);
  return {
    client,
    shared,
    destroy: () => {
      shared.destroy();
      client.destroy();
    },
  };
}

/** Waits until every participant holds the room's map. */
export async function allHoldTheMap(people: Participant[]): Promise<void> {
  await Promise.all(people.map((p) => p.client.synced()));
  await waitFor('every participant to hold the map', () => people.every((p) => p.shared.doc !== null), 30_000);
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/**
 * One edit a workshop makes: move a node (40 %), rename one (30 %), describe
 * one (15 %) or re-weigh a link (15 %). Nodes in `avoid` are left alone (the
 * node the measured browser drags).
 */
export function workshopEdit(doc: MapDocument, random: () => number, tag: string, avoid: ReadonlySet<string> = new Set()): Operation {
  const nodeIds = Object.keys(doc.nodes).filter((id) => !avoid.has(id));
  const linkIds = Object.keys(doc.links);
  const id = pick(nodeIds, random);
  const node = doc.nodes[id]!;
  const roll = random();
  if (roll < 0.4) return moveNodes({ [id]: { x: Math.round(node.position.x + (random() - 0.5) * 120), y: Math.round(node.position.y + (random() - 0.5) * 80) } });
  if (roll < 0.7) return renameNode(id, `${node.label.split(' #')[0]} #${tag}`);
  if (roll < 0.85 || !linkIds.length) return updateNode(id, { description: `Noted in the workshop (${tag}).` });
  return updateLink(pick(linkIds, random), { strength: 1 + Math.floor(random() * 3) });
}

/**
 * Each participant makes one edit a second, spread evenly over the second,
 * until stop() is called. Returns how many edits were made.
 */
export function editEverySecond(people: Participant[], seed: number, avoid: ReadonlySet<string> = new Set()): { stop(): number } {
  const random = mulberry32(seed);
  let tick = 0;
  let made = 0;
  const timer = setInterval(() => {
    const who = people[tick % people.length]!;
    const doc = who.shared.doc;
    if (doc && who.shared.apply(workshopEdit(doc, random, String(tick), avoid))) made++;
    tick++;
  }, 1000 / people.length);
  return {
    stop() {
      clearInterval(timer);
      return made;
    },
  };
}

export const stateVector = (doc: Y.Doc) => Y.encodeStateVector(doc);
