/**
 * Reading a map from text: every problem is reported with where it is, and
 * nothing is half-loaded. Used by the app (open file, drop, restore) and the CLI.
 */
import { mapSchema } from './schema.ts';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';
import type { MapDocument } from './types.ts';

/** A file bigger than this is refused before parsing: no map needs it. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
const MAX_REPORTED = 50;

export interface Problem {
  /** Where: "line 3, column 7" for syntax, or a path like nodes.n1.label. */
  where: string;
  message: string;
}

export type LoadResult =
  | { ok: true; doc: MapDocument; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => (p.where ? `${p.where}: ${p.message}` : p.message)).join('\n');
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

function syntaxProblem(text: string, err: unknown): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const where = pos ? lineAndColumn(text, Number(pos[1])) : lc ? `line ${lc[1]}, column ${lc[2]}` : '';
  const detail = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  return { where, message: `not valid JSON (${detail})` };
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, key) => {
    if (typeof key === 'number') return `${s}[${key}]`;
    return s ? `${s}.${String(key)}` : String(key);
  }, '');
}

export function parseMapText(text: string, migrations: Record<number, Migration> = MIGRATIONS): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [{ where: '', message: `the file is ${(bytes / 1048576).toFixed(1)} MB; maps are at most ${MAX_FILE_BYTES / 1048576} MB` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [syntaxProblem(text, err)] };
  }
  return parseMapValue(raw, migrations);
}

export function parseMapValue(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ where: '', message: 'not a System Canvas map: expected a JSON object with schemaVersion, meta, nodes, links and clusters' }] };
  }
  const obj = raw as Record<string, unknown>;
  if (!('schemaVersion' in obj) && !('nodes' in obj)) {
    return { ok: false, problems: [{ where: '', message: 'not a System Canvas map: it has no schemaVersion and no nodes' }] };
  }
  const migrated = migrate(obj, migrations);
  if (!migrated.ok) return { ok: false, problems: [{ where: 'schemaVersion', message: migrated.message }] };

  const unsafe = unsafeKeys(migrated.doc);
  if (unsafe.length) return { ok: false, problems: unsafe };
  const parsed = mapSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ where: pathToString(i.path), message: i.message }));
    return { ok: false, problems: capped(problems) };
  }
  const doc = parsed.data as MapDocument;
  const problems = checkReferences(doc);
  if (problems.length) return { ok: false, problems: capped(problems) };
  return { ok: true, doc, migratedFrom: migrated.from === doc.schemaVersion ? null : migrated.from };
}

/** Keys a plain object cannot hold as data: they would be dropped or change its prototype. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function unsafeKeys(doc: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const record of ['nodes', 'links', 'clusters', 'experiments']) {
    const value = doc[record];
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) problems.push({ where: `${record}.${key}`, message: `"${key}" cannot be used as an id` });
    }
  }
  return problems;
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_REPORTED) return problems;
  return [...problems.slice(0, MAX_REPORTED), { where: '', message: `and ${problems.length - MAX_REPORTED} more problems` }];
}

/** Checks the schema cannot: ids match their keys, are unique, and every reference points at something. */
export function checkReferences(doc: MapDocument): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (where: string, key: string, entityId: string) => {
    if (key !== entityId) problems.push({ where: `${where}.id`, message: `id "${entityId}" does not match its key "${key}"` });
    const other = seen.get(entityId);
    if (other) problems.push({ where, message: `duplicate id "${entityId}" (also used by ${other})` });
    else seen.set(entityId, where);
  };
  for (const [key, n] of Object.entries(doc.nodes)) claim(`nodes.${key}`, key, n.id);
  for (const [key, l] of Object.entries(doc.links)) claim(`links.${key}`, key, l.id);
  for (const [key, c] of Object.entries(doc.clusters)) claim(`clusters.${key}`, key, c.id);
  for (const [key, e] of Object.entries(doc.experiments)) {
    claim(`experiments.${key}`, key, e.id);
    for (const [nodeKey, t] of Object.entries(e.touches)) {
      if (nodeKey !== t.nodeId) problems.push({ where: `experiments.${key}.touches.${nodeKey}.nodeId`, message: `node id "${t.nodeId}" does not match its key "${nodeKey}"` });
    }
    for (const [entryKey, entry] of Object.entries(e.log)) {
      if (entryKey !== entry.id) problems.push({ where: `experiments.${key}.log.${entryKey}.id`, message: `id "${entry.id}" does not match its key "${entryKey}"` });
    }
  }

  for (const [key, n] of Object.entries(doc.nodes)) {
    if (n.clusterId !== null && !Object.hasOwn(doc.clusters, n.clusterId)) {
      problems.push({ where: `nodes.${key}.clusterId`, message: `refers to theme "${n.clusterId}", which is not in the map` });
    }
  }
  for (const [key, l] of Object.entries(doc.links)) {
    if (!Object.hasOwn(doc.nodes, l.source)) problems.push({ where: `links.${key}.source`, message: `refers to node "${l.source}", which is not in the map` });
    if (!Object.hasOwn(doc.nodes, l.target)) problems.push({ where: `links.${key}.target`, message: `refers to node "${l.target}", which is not in the map` });
    if (l.source === l.target) problems.push({ where: `links.${key}`, message: 'a link must join two different nodes' });
  }
  const focal = doc.meta.focalNodeId;
  if (focal !== null) {
    const node = Object.hasOwn(doc.nodes, focal) ? doc.nodes[focal] : undefined;
    if (!node) problems.push({ where: 'meta.focalNodeId', message: `refers to node "${focal}", which is not in the map` });
    else if (node.kind !== 'outcome') problems.push({ where: 'meta.focalNodeId', message: `the focal node "${node.label}" must be an outcome, not ${node.kind === 'actor' ? 'an actor' : 'a factor'}` });
  }
  return problems;
}

export function serialiseMap(doc: MapDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
