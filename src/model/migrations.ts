/**
 * Versioned loading. Each entry upgrades a raw document from version N to N+1;
 * loading runs them in order until the document is at SCHEMA_VERSION, then the
 * validator checks the result. Add a step here whenever the format changes and
 * document it in docs/file-format.md.
 */
import { SCHEMA_VERSION } from './types.ts';
import { describeValue } from './problem-text.ts';
import { emptySensemaking } from './sensemaking.ts';

type Raw = Record<string, unknown>;
export type Migration = (doc: Raw) => Raw;

/** MIGRATIONS[n] upgrades version n to n + 1. Version 1 is the first published format. */
export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 added experiments; a version 1 map simply has none yet.
  1: (doc) => ({ ...doc, experiments: {} }),
  // Version 3 added voices, perspectives, views of links, rating rounds,
  // comments, saved views and reflections: a version 2 map has the default
  // perspectives and none of the rest. Fields already there are kept, so a
  // file relabelled by hand loses nothing.
  2: (doc) => ({ ...emptySensemaking(), ...doc }),
};

export type MigrationResult =
  | { ok: true; doc: Raw; from: number }
  | { ok: false; message: string; where?: string };

export function migrate(raw: Raw, migrations: Record<number, Migration> = MIGRATIONS, target: number = SCHEMA_VERSION): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion must be a whole number from 1 to ${target}, found ${describeValue(version)}` };
  }
  if (version > target) {
    return {
      ok: false,
      message: `this map was saved by a newer System Canvas (schemaVersion ${version}; this version reads up to ${target}). Update System Canvas to open it.`,
    };
  }
  const lost = wouldLose(raw, version);
  if (lost) return { ok: false, ...lost };
  let doc = raw;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v} to ${v + 1}` };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, doc, from: version };
}

/**
 * A file labelled version 1 that carries experiments (a version 2 field) was
 * most likely saved by a newer app and relabelled by hand or by another tool.
 * Upgrading it would replace them with none, so it is refused with a way out
 * rather than opened with the experiments silently gone. An empty
 * `experiments: {}` loses nothing and is accepted.
 */
function wouldLose(raw: Raw, version: number): { where: string; message: string } | null {
  if (version !== 1 || !('experiments' in raw)) return null;
  const value = raw.experiments;
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isRecord && Object.keys(value).length === 0) return null;
  const what = isRecord ? `${Object.keys(value).length} experiment${Object.keys(value).length === 1 ? '' : 's'}` : 'an experiments field';
  return {
    where: 'experiments',
    message: `this file says schemaVersion 1, which has no experiments, but it holds ${what}; opening it as version 1 would drop them. If it was saved with experiments, change schemaVersion to 2`,
  };
}
