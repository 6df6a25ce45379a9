/**
 * Reading a stack document, and a stack file (the stack with its maps).
 * What cannot be read at all is refused, with where; what merely points at
 * something missing (a map not in the file, a node deleted since) is kept,
 * readable by its last-seen label, and reported as a warning that says which.
 */
import { parseMapValue, syntaxProblem, MAX_FILE_BYTES, type Problem } from '../load.ts';
import { findTooDeep, nestsDeeperThan } from '../nesting.ts';
import { keyText, MAX_MESSAGE, MAX_WHERE, quote, tidyText } from '../problem-text.ts';
import type { Id, MapDocument } from '../types.ts';
import { migrateStack } from './migrations.ts';
import { stackSchema } from './schema.ts';
import { STACK_FILE_KIND, type NodeRef, type StackDocument } from './types.ts';

/** A stack file wraps maps, so it may nest a little deeper than one map. */
const MAX_STACK_NESTING = 70;
const MAX_REPORTED = 50;

export type StackLoadResult =
  | { ok: true; stack: StackDocument; warnings: Problem[]; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

export interface StackFile {
  kind: typeof STACK_FILE_KIND;
  stack: StackDocument;
  /** The maps, keyed by id. */
  maps: Record<Id, MapDocument>;
}

export type StackFileResult =
  | { ok: true; stack: StackDocument; maps: Record<Id, MapDocument>; warnings: Problem[]; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

const tidy = (problems: Problem[]): Problem[] => {
  const capped = problems.length <= MAX_REPORTED ? problems : [...problems.slice(0, MAX_REPORTED), { where: 'whole file', message: `and ${problems.length - MAX_REPORTED} more problems` }];
  return capped.map((p) => ({ where: tidyText(p.where || 'whole file', MAX_WHERE), message: tidyText(p.message, MAX_MESSAGE) }));
};

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${keyText(String(k))}` : keyText(String(k))), '') || 'top level';

const RECORDS = ['maps', 'connections', 'identities', 'learnings', 'enablers', 'reviews'] as const;

/** Reads a stack document (as stored in the browser, or inside a stack file). */
export function parseStackValue(raw: unknown, prefix = ''): StackLoadResult {
  const at = (where: string) => (prefix ? `${prefix}.${where}` : where);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ where: at('top level'), message: 'not a System Canvas stack: expected an object with schemaVersion, maps and connections' }] };
  }
  if (nestsDeeperThan(raw, MAX_STACK_NESTING)) return { ok: false, problems: [{ where: at('top level'), message: 'the data nests too deeply to be a stack' }] };
  const migrated = migrateStack(raw as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: tidy([{ where: at(migrated.where ?? 'schemaVersion'), message: migrated.message }]) };
  const parsed = stackSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, problems: tidy(parsed.error.issues.map((i) => ({ where: at(pathText(i.path)), message: i.message }))) };
  const stack = parsed.data as StackDocument;
  const problems: Problem[] = [];
  for (const record of RECORDS) {
    for (const [k, v] of Object.entries(stack[record])) {
      const own = record === 'maps' ? (v as { mapId: string }).mapId : (v as { id: string }).id;
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') problems.push({ where: at(`${record}.${keyText(k)}`), message: `${quote(k)} cannot be used as an id` });
      else if (own !== k) problems.push({ where: at(`${record}.${keyText(k)}`), message: `id ${quote(own)} does not match its key ${quote(k)}` });
    }
  }
  if (problems.length) return { ok: false, problems: tidy(problems) };
  const { stack: kept, warnings } = dropDangling(stack);
  return { ok: true, stack: kept, warnings: tidy(warnings.map((w) => ({ ...w, where: at(w.where) }))), migratedFrom: migrated.from === stack.schemaVersion ? null : migrated.from };
}

/**
 * A connection must join two maps of the stack; one that does not is dropped
 * (with its enablers), and said so. Everything else that points at a missing
 * thing is kept: see checkAgainstMaps.
 */
function dropDangling(stack: StackDocument): { stack: StackDocument; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const connections = { ...stack.connections };
  for (const c of Object.values(stack.connections)) {
    const missing = [c.from, c.to].filter((m) => !Object.hasOwn(stack.maps, m));
    if (missing.length || c.from === c.to) {
      delete connections[c.id];
      warnings.push({
        where: `connections.${keyText(c.id)}`,
        message: c.from === c.to ? 'a connection must join two different maps; left out' : `refers to map ${quote(missing[0])}, which is not in the stack; left out`,
      });
    }
  }
  const enablers = { ...stack.enablers };
  for (const e of Object.values(stack.enablers)) {
    if (!Object.hasOwn(connections, e.connectionId)) {
      delete enablers[e.id];
      warnings.push({ where: `enablers.${keyText(e.id)}`, message: `${e.kind} ${quote(e.statement)} is on connection ${quote(e.connectionId)}, which is not in the stack; left out` });
    }
  }
  return { stack: { ...stack, connections, enablers }, warnings };
}

/** Warnings for every reference to a map, node or experiment that the given maps do not hold. Nothing is removed. */
export function checkAgainstMaps(stack: StackDocument, maps: Record<Id, MapDocument>): Problem[] {
  const warnings: Problem[] = [];
  for (const m of Object.values(stack.maps)) {
    if (!Object.hasOwn(maps, m.mapId)) warnings.push({ where: `maps.${keyText(m.mapId)}`, message: `the map ${quote(m.title)} is missing; its card is kept, marked missing` });
  }
  const node = (where: string, ref: NodeRef) => {
    const doc = Object.hasOwn(maps, ref.mapId) ? maps[ref.mapId] : undefined;
    if (doc && !Object.hasOwn(doc.nodes, ref.nodeId)) warnings.push({ where, message: `node ${quote(ref.label)} is no longer in the map ${quote(doc.meta.title)}; kept by its label` });
  };
  for (const i of Object.values(stack.identities)) i.members.forEach((r, n) => node(`identities.${keyText(i.id)}.members[${n}]`, r));
  for (const e of Object.values(stack.enablers)) {
    e.lowerNodes.forEach((r, n) => node(`enablers.${keyText(e.id)}.lowerNodes[${n}]`, r));
    if (e.upperNode) node(`enablers.${keyText(e.id)}.upperNode`, e.upperNode);
  }
  for (const l of Object.values(stack.learnings)) {
    if (l.about) node(`learnings.${keyText(l.id)}.about`, l.about);
    l.experiments.forEach((r, n) => {
      const doc = Object.hasOwn(maps, r.mapId) ? maps[r.mapId] : undefined;
      if (doc && !Object.hasOwn(doc.experiments, r.experimentId)) warnings.push({ where: `learnings.${keyText(l.id)}.experiments[${n}]`, message: `experiment ${quote(r.title)} is no longer in the map ${quote(doc.meta.title)}; kept by its title` });
    });
  }
  return tidy(warnings);
}

/** Reads a stack file: the stack and the maps it holds. A map that cannot be read is left out and reported; the rest open. */
export function parseStackFileText(input: string): StackFileResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = text.length > MAX_FILE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, problems: [{ where: 'whole file', message: `the file is ${(bytes / 1048576).toFixed(1)} MB; stack files are at most ${MAX_FILE_BYTES / 1048576} MB` }] };
  if (findTooDeep(text, MAX_STACK_NESTING)) return { ok: false, problems: [{ where: 'whole file', message: 'the data nests too deeply to be a stack file' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [syntaxProblem(text, err)] };
  }
  return parseStackFileValue(raw);
}

export function isStackFileValue(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === STACK_FILE_KIND;
}

export function parseStackFileValue(raw: unknown): StackFileResult {
  if (!isStackFileValue(raw)) return { ok: false, problems: [{ where: 'kind', message: `not a System Canvas stack file: expected "kind": "${STACK_FILE_KIND}"` }] };
  const obj = raw as Record<string, unknown>;
  const read = parseStackValue(obj.stack, 'stack');
  if (!read.ok) return read;
  const warnings = [...read.warnings];
  const maps: Record<Id, MapDocument> = {};
  const rawMaps = obj.maps;
  if (typeof rawMaps !== 'object' || rawMaps === null || Array.isArray(rawMaps)) {
    warnings.push({ where: 'maps', message: 'the file holds no maps (expected an object of maps by id)' });
  } else {
    for (const [k, value] of Object.entries(rawMaps)) {
      const parsed = parseMapValue(value);
      if (!parsed.ok) {
        const first = parsed.problems[0];
        warnings.push({ where: `maps.${keyText(k)}`, message: `this map could not be read and is left out (${first ? `${first.where}: ${first.message}` : 'invalid'})` });
        continue;
      }
      maps[parsed.doc.id] = parsed.doc;
    }
  }
  warnings.push(...checkAgainstMaps(read.stack, maps));
  return { ok: true, stack: read.stack, maps, warnings: tidy(warnings), migratedFrom: read.migratedFrom };
}

/** The stack and its maps as one file. Maps not in the stack are left out; the stack's order is kept. */
export function serialiseStackFile(stack: StackDocument, maps: Record<Id, MapDocument>): string {
  const held: Record<Id, MapDocument> = {};
  for (const id of Object.keys(stack.maps)) if (Object.hasOwn(maps, id)) held[id] = maps[id]!;
  const file: StackFile = { kind: STACK_FILE_KIND, stack, maps: held };
  return JSON.stringify(file, null, 2) + '\n';
}
