/**
 * Voices: who put what on the map, and the perspectives they speak from.
 * stampVoices gives what one local change added the voice of the person who
 * made it; the perspective operations let a map rename, add and remove the
 * perspectives people pick from (each an undoable operation).
 */
import type { Operation } from './operations.ts';
import type { Experiment, Id, Link, MapDocument, MapNode, Note, Perspective, Reflection, Voice } from './types.ts';

/** The longest perspective name the file format takes. */
export const MAX_PERSPECTIVE_NAME = 100;

type Voiced = { voice?: Voice };

function stamp<T extends Voiced>(record: T, voice: Voice): T {
  return record.voice ? record : { ...record, voice };
}

/** Records of `after` whose ids `before` did not have get the voice (unless they already carry one). */
function stampNew<T extends Voiced>(before: Record<Id, T>, after: Record<Id, T>, voice: Voice, inner?: (prev: T | undefined, next: T) => T): Record<Id, T> {
  if (before === after) return after;
  let out: Record<Id, T> | null = null;
  for (const [id, record] of Object.entries(after)) {
    const prev = before[id];
    if (prev === record) continue;
    let next = prev ? record : stamp(record, voice);
    if (inner) next = inner(prev, next);
    if (next !== record) (out ??= { ...after })[id] = next;
  }
  return out ?? after;
}

function stampNotes(prev: MapNode | undefined, node: MapNode, voice: Voice): MapNode {
  if (prev && prev.notes === node.notes) return node;
  const had = new Set(prev?.notes.map((n) => n.id) ?? []);
  let changed = false;
  const notes = node.notes.map((n): Note => {
    if (had.has(n.id) || n.voice) return n;
    changed = true;
    return { ...n, voice };
  });
  return changed ? { ...node, notes } : node;
}

function stampLog(prev: Experiment | undefined, experiment: Experiment, voice: Voice): Experiment {
  if (prev && prev.log === experiment.log) return experiment;
  const log = stampNew(prev?.log ?? {}, experiment.log, voice);
  return log === experiment.log ? experiment : { ...experiment, log };
}

/**
 * What a person added in one change carries their voice: nodes, links, notes
 * inside nodes, log entries inside experiments and reflections that are new
 * in `after` and have no voice yet. Records that already have one (a paste
 * or duplicate of something someone else said) keep it. Returns `after`
 * itself when nothing was new, so an unchanged document stays unchanged.
 */
export function stampVoices(before: MapDocument, after: MapDocument, voice: Voice | null): MapDocument {
  if (!voice || before === after) return after;
  const nodes = stampNew<MapNode>(before.nodes, after.nodes, voice, (prev, next) => stampNotes(prev, next, voice));
  const links = stampNew<Link>(before.links, after.links, voice);
  const experiments =
    before.experiments === after.experiments
      ? after.experiments
      : mapValues(after.experiments, (e) => stampLog(before.experiments[e.id], e, voice));
  const reflections = stampNew<Reflection>(before.reflections, after.reflections, voice);
  if (nodes === after.nodes && links === after.links && experiments === after.experiments && reflections === after.reflections) return after;
  return { ...after, nodes, links, experiments, reflections };
}

function mapValues<T>(record: Record<Id, T>, f: (value: T) => T): Record<Id, T> {
  let out: Record<Id, T> | null = null;
  for (const [id, value] of Object.entries(record)) {
    const next = f(value);
    if (next !== value) (out ??= { ...record })[id] = next;
  }
  return out ?? record;
}

// ---- perspectives ----

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

export function renamePerspective(id: Id, name: string): Operation {
  return op('Rename perspective', (doc) => {
    const p = doc.perspectives[id];
    const trimmed = name.slice(0, MAX_PERSPECTIVE_NAME);
    if (!p || p.name === trimmed) return doc;
    return { ...doc, perspectives: { ...doc.perspectives, [id]: { ...p, name: trimmed } } };
  });
}

/** A perspective placed after the others. */
export function newPerspective(doc: Pick<MapDocument, 'perspectives'>, id: Id, name: string): Perspective {
  const last = Math.max(-1, ...Object.values(doc.perspectives).map((p) => p.order));
  return { id, name: name.slice(0, MAX_PERSPECTIVE_NAME), order: last + 1 };
}

export function addPerspective(perspective: Perspective): Operation {
  return op('Add perspective', (doc) =>
    doc.perspectives[perspective.id] ? doc : { ...doc, perspectives: { ...doc.perspectives, [perspective.id]: perspective } },
  );
}

/**
 * Removes a perspective from the list people pick from. What was said from it
 * keeps its voice (undo brings the perspective back and with it the counts);
 * until then it counts as "no perspective", as the file format says.
 */
export function removePerspective(id: Id): Operation {
  return op('Remove perspective', (doc) => {
    if (!doc.perspectives[id]) return doc;
    const perspectives = { ...doc.perspectives };
    delete perspectives[id];
    return { ...doc, perspectives };
  });
}
