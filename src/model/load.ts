/**
 * Reading a map from text: every problem is reported with where it is, and
 * nothing is half-loaded. Used by the app (open file, drop, restore) and the CLI.
 */
import { mapSchema } from './schema.ts';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';
import { findSyntaxError } from './json-syntax.ts';
import { findTooDeep, MAX_NESTING, nestsDeeperThan } from './nesting.ts';
import { keyText, MAX_MESSAGE, MAX_WHERE, quote, tidyText } from './problem-text.ts';
import type { MapDocument } from './types.ts';

/** A file bigger than this is refused before parsing: no map needs it. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
const MAX_REPORTED = 50;

export interface Problem {
  /** Where: "line 3, column 7" for syntax, a path like nodes.n1.label, or "whole file" / "top level". */
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

export function syntaxProblem(text: string, err: unknown): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (pos || lc) {
    const where = pos ? lineAndColumn(text, Number(pos[1])) : `line ${lc![1]}, column ${lc![2]}`;
    const detail = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    return { where, message: `not valid JSON (${detail})` };
  }
  // V8 gives no position for an unexpected token, only a piece of the text: find the place ourselves.
  const spot = findSyntaxError(text);
  if (spot) return { where: spot.offset >= text.length ? 'end of file' : lineAndColumn(text, spot.offset), message: `not valid JSON (${spot.message})` };
  return { where: 'whole file', message: 'not valid JSON' };
}

/** A zod path as nodes.n1.notes[0].text; each key is cut short and kept on one line, as a user's id may be anything. */
function pathToString(path: readonly PropertyKey[]): string {
  const where = path.reduce<string>((s, key) => {
    if (typeof key === 'number') return `${s}[${key}]`;
    const text = keyText(String(key));
    return s ? `${s}.${text}` : text;
  }, '');
  return where || 'top level';
}

/** Every problem leaves here with a location, on one line, and of a length a notice can show. */
function tidy(problems: Problem[]): Problem[] {
  return problems.map((p) => ({ where: tidyText(p.where || 'whole file', MAX_WHERE), message: tidyText(p.message, MAX_MESSAGE) }));
}

function refused(problems: Problem[]): LoadResult {
  return { ok: false, problems: tidy(capped(problems)) };
}

export function parseMapText(input: string, migrations: Record<number, Migration> = MIGRATIONS): LoadResult {
  // A byte-order mark is not part of the map (decoding usually drops it already; text pasted or passed in may keep it).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Length in UTF-16 units is at least a third of the UTF-8 size: a cheap refusal before encoding a huge text.
  const bytes = text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return refused([{ where: 'whole file', message: `the file is ${(bytes / 1048576).toFixed(1)} MB; maps are at most ${MAX_FILE_BYTES / 1048576} MB` }]);
  }
  // Before parsing: ten thousand nested brackets would otherwise exhaust the stack somewhere later.
  const deep = findTooDeep(text);
  if (deep) return refused([{ where: lineAndColumn(text, deep.offset), message: `the data nests more than ${MAX_NESTING} levels deep here; a map needs about 6` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return refused([syntaxProblem(text, err)]);
  }
  return readValue(raw, migrations, true);
}

export function parseMapValue(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS): LoadResult {
  return readValue(raw, migrations, false);
}

function readValue(raw: unknown, migrations: Record<number, Migration>, nestingChecked: boolean): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refused([{ where: 'top level', message: 'not a System Canvas map: expected a JSON object with schemaVersion, meta, nodes, links and clusters' }]);
  }
  // A value that did not come through parseMapText (a stored map, another tool's import) gets the same bound.
  if (!nestingChecked && nestsDeeperThan(raw)) return refused([{ where: 'top level', message: `the data nests more than ${MAX_NESTING} levels deep; a map needs about 6` }]);
  const obj = raw as Record<string, unknown>;
  if (!('schemaVersion' in obj) && !('nodes' in obj)) {
    return refused([{ where: 'top level', message: 'not a System Canvas map: it has no schemaVersion and no nodes' }]);
  }
  const migrated = migrate(obj, migrations);
  if (!migrated.ok) return refused([{ where: migrated.where ?? 'schemaVersion', message: migrated.message }]);

  const unsafe = unsafeKeys(migrated.doc);
  if (unsafe.length) return refused(unsafe);
  const parsed = mapSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return refused(parsed.error.issues.map((i) => ({ where: pathToString(i.path), message: i.message })));
  }
  const doc = parsed.data as MapDocument;
  const problems = checkReferences(doc);
  if (problems.length) return refused(problems);
  return { ok: true, doc, migratedFrom: migrated.from === doc.schemaVersion ? null : migrated.from };
}

/** Keys a plain object cannot hold as data: they would be dropped or change its prototype. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function unsafeKeys(doc: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const record of ['nodes', 'links', 'clusters', 'experiments', 'perspectives', 'linkViews', 'ratingRounds', 'comments', 'views', 'reflections']) {
    const value = doc[record];
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) problems.push({ where: `${record}.${keyText(key)}`, message: `${quote(key)} cannot be used as an id` });
    }
  }
  return problems;
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_REPORTED) return problems;
  return [...problems.slice(0, MAX_REPORTED), { where: 'whole file', message: `and ${problems.length - MAX_REPORTED} more problems` }];
}

/** Checks the schema cannot: ids match their keys, are unique, and every reference points at something. */
export function checkReferences(doc: MapDocument): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (where: string, key: string, entityId: string) => {
    if (key !== entityId) problems.push({ where: `${where}.id`, message: `id ${quote(entityId)} does not match its key ${quote(key)}` });
    const other = seen.get(entityId);
    if (other) problems.push({ where, message: `duplicate id ${quote(entityId)} (also used by ${other})` });
    else seen.set(entityId, where);
  };
  for (const [key, n] of Object.entries(doc.nodes)) claim(`nodes.${keyText(key)}`, key, n.id);
  for (const [key, l] of Object.entries(doc.links)) claim(`links.${keyText(key)}`, key, l.id);
  for (const [key, c] of Object.entries(doc.clusters)) claim(`clusters.${keyText(key)}`, key, c.id);
  for (const [key, e] of Object.entries(doc.experiments)) {
    claim(`experiments.${keyText(key)}`, key, e.id);
    for (const [nodeKey, t] of Object.entries(e.touches)) {
      if (nodeKey !== t.nodeId) problems.push({ where: `experiments.${keyText(key)}.touches.${keyText(nodeKey)}.nodeId`, message: `node id ${quote(t.nodeId)} does not match its key ${quote(nodeKey)}` });
    }
    for (const [entryKey, entry] of Object.entries(e.log)) {
      if (entryKey !== entry.id) problems.push({ where: `experiments.${keyText(key)}.log.${keyText(entryKey)}.id`, message: `id ${quote(entry.id)} does not match its key ${quote(entryKey)}` });
    }
  }

  for (const [key, n] of Object.entries(doc.nodes)) {
    if (n.clusterId !== null && !Object.hasOwn(doc.clusters, n.clusterId)) {
      problems.push({ where: `nodes.${keyText(key)}.clusterId`, message: `refers to theme ${quote(n.clusterId)}, which is not in the map` });
    }
  }
  for (const [key, l] of Object.entries(doc.links)) {
    if (!Object.hasOwn(doc.nodes, l.source)) problems.push({ where: `links.${keyText(key)}.source`, message: `refers to node ${quote(l.source)}, which is not in the map` });
    if (!Object.hasOwn(doc.nodes, l.target)) problems.push({ where: `links.${keyText(key)}.target`, message: `refers to node ${quote(l.target)}, which is not in the map` });
    if (l.source === l.target) problems.push({ where: `links.${keyText(key)}`, message: 'a link must join two different nodes' });
  }
  problems.push(...checkSensemakingReferences(doc, claim));
  const focal = doc.meta.focalNodeId;
  if (focal !== null) {
    const node = Object.hasOwn(doc.nodes, focal) ? doc.nodes[focal] : undefined;
    if (!node) problems.push({ where: 'meta.focalNodeId', message: `refers to node ${quote(focal)}, which is not in the map` });
    else if (node.kind !== 'outcome') problems.push({ where: 'meta.focalNodeId', message: `the focal node ${quote(node.label)} must be an outcome, not ${node.kind === 'actor' ? 'an actor' : 'a factor'}` });
  }
  return problems;
}

/** Version 3's records: ids match keys, views are of links on the map, threads are on things on the map. */
function checkSensemakingReferences(doc: MapDocument, claim: (where: string, key: string, id: string) => void): Problem[] {
  const problems: Problem[] = [];
  for (const part of ['perspectives', 'linkViews', 'ratingRounds', 'comments', 'views', 'reflections'] as const) {
    for (const [key, record] of Object.entries(doc[part])) claim(`${part}.${keyText(key)}`, key, record.id);
  }
  for (const [key, v] of Object.entries(doc.linkViews)) {
    if (!Object.hasOwn(doc.links, v.linkId)) problems.push({ where: `linkViews.${keyText(key)}.linkId`, message: `refers to link ${quote(v.linkId)}, which is not in the map` });
    if (v.roundId !== null && !Object.hasOwn(doc.ratingRounds, v.roundId)) {
      problems.push({ where: `linkViews.${keyText(key)}.roundId`, message: `refers to rating round ${quote(v.roundId)}, which is not in the map` });
    }
  }
  for (const [key, t] of Object.entries(doc.comments)) {
    const { kind, id } = t.target;
    if (kind === 'node' && !Object.hasOwn(doc.nodes, id)) problems.push({ where: `comments.${keyText(key)}.target.id`, message: `refers to node ${quote(id)}, which is not in the map` });
    if (kind === 'link' && !Object.hasOwn(doc.links, id)) problems.push({ where: `comments.${keyText(key)}.target.id`, message: `refers to link ${quote(id)}, which is not in the map` });
    for (const [commentKey, c] of Object.entries(t.comments)) {
      if (commentKey !== c.id) problems.push({ where: `comments.${keyText(key)}.comments.${keyText(commentKey)}.id`, message: `id ${quote(c.id)} does not match its key ${quote(commentKey)}` });
    }
  }
  return problems;
}

export function serialiseMap(doc: MapDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
