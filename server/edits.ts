/**
 * Realistic workshop edits on a room's Y.Doc, for the compaction test and the
 * bench: relabel a node, move it, describe it, re-weigh a link. Seeded, so a
 * run can be repeated.
 */
import * as Y from 'yjs';
import { mulberry32 } from '../src/model/random.ts';

/** The layouts' seeded random source (mulberry32), so a bench or test run replays. */
export const seeded = mulberry32;

function pick<T>(items: T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Makes one edit; returns the node or link id it touched. */
export function randomEdit(doc: Y.Doc, random: () => number, tag: string): string {
  const nodes = doc.getMap<Y.Map<unknown>>('nodes');
  const links = doc.getMap<Y.Map<unknown>>('links');
  const kind = random();
  if (kind < 0.15 && links.size) {
    const id = pick([...links.keys()], random);
    links.get(id)!.set('strength', 1 + Math.floor(random() * 3));
    return id;
  }
  const id = pick([...nodes.keys()], random);
  const node = nodes.get(id)!;
  if (kind < 0.55) node.set('position', { x: Math.round(random() * 4000), y: Math.round(random() * 3000) });
  else if (kind < 0.85) node.set('label', `${String(node.get('label')).split(' #')[0]} #${tag}`);
  else node.set('description', `Noted in the workshop (${tag}).`);
  return id;
}
