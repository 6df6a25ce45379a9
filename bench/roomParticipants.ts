/**
 * Simulated participants in a process of their own, so the benchmark can run
 * them at the lowest CPU priority: in a workshop they are on their own
 * machines, here they share two cores with the browser being measured.
 *
 *   node --import tsx bench/roomParticipants.ts <wsUrl> <room> <token> <count> <seed> [nodeIdToLeaveAlone]
 *
 * Prints "ready" once everyone holds the map; on a "start" line on stdin each
 * makes an edit a second; on "stop" it prints "edits <n>" and exits.
 */
import { createInterface } from 'node:readline';
import { allHoldTheMap, editEverySecond, joinAsParticipant } from './roomClients.ts';

const [wsUrl, room, token, count, seed, avoid] = process.argv.slice(2);
if (!wsUrl || !room || !token || !count || !seed) {
  console.error('usage: roomParticipants.ts <wsUrl> <room> <token> <count> <seed> [nodeIdToLeaveAlone]');
  process.exit(2);
}
const people = Array.from({ length: Number(count) }, (_, i) => joinAsParticipant(wsUrl, room, token, `bench-other-${String(i).padStart(3, '0')}`));
await allHoldTheMap(people);
console.log('ready');
let editing: { stop(): number } | null = null;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'start') editing ??= editEverySecond(people, Number(seed), new Set(avoid ? [avoid] : []));
  if (line === 'stop') {
    console.log(`edits ${editing?.stop() ?? 0}`);
    break;
  }
}
people.forEach((p) => p.destroy());
process.exit(0);
