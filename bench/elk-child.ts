/**
 * One elkjs layered run in a process of its own, so the layout benchmark can
 * stop it when it takes too long (the Node build of elkjs runs synchronously
 * and cannot be interrupted in-process). Not a measurement by itself.
 *
 *   tsx bench/elk-child.ts <nodes> <links> <seed>
 *
 * Prints "ready" once the map is built and ELK is loaded, then one line of
 * JSON: { ms, overlaps, crossings }.
 */
import { countCrossings, countOverlaps, layoutMap } from '../src/layout/index.ts';
import { nodeElk } from '../src/layout/elk.ts';
import { generated, linksOf, timed } from './maps.ts';

const [nodes, links, seed] = process.argv.slice(2).map(Number);
if (!nodes || links === undefined || Number.isNaN(links)) throw new Error('usage: tsx bench/elk-child.ts <nodes> <links> <seed>');
const doc = generated(nodes, links, seed ?? 1);
await nodeElk();
console.log('ready');
const run = await timed(() => layoutMap(doc, { algorithm: 'elk-layered' }));
console.log(JSON.stringify({ ms: run.ms, overlaps: countOverlaps(run.value), crossings: countCrossings(run.value, linksOf(doc)) }));
