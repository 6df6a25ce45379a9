/**
 * The example maps in examples/. Each loads as its own chunk, only when asked
 * for, so they cost nothing at start-up.
 */
import index from '../../examples/index.json';
import { newId } from '../model/ids.ts';
import { parseMapValue } from '../model/load.ts';
import type { MapDocument } from '../model/types.ts';

export interface ExampleInfo {
  file: string;
  title: string;
  scale: string;
  summary: string;
}

export const EXAMPLES: ExampleInfo[] = index;

const loaders = import.meta.glob<unknown>(['../../examples/*.json', '!../../examples/index.json'], { import: 'default' });

/** Loads an example as a new map of the user's own (a fresh id, so it never overwrites another copy). */
export async function loadExample(file: string): Promise<MapDocument> {
  const load = loaders[`../../examples/${file}`];
  if (!load) throw new Error(`no example called ${file}`);
  const parsed = parseMapValue(await load());
  if (!parsed.ok) throw new Error(`example ${file} is invalid: ${parsed.problems[0]?.message}`);
  const now = new Date().toISOString();
  return { ...parsed.doc, id: newId('map'), meta: { ...parsed.doc.meta, createdAt: now, updatedAt: now } };
}
