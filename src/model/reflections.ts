/**
 * Reflection points: "what we noticed" during a session, dated, tied to the
 * saved view it was noticed in and to the nodes it is about. Listed with the
 * map's learning log and printed in the PDF.
 */
import { newId } from './ids.ts';
import type { Operation } from './operations.ts';
import { MAX_TEXT } from './schema.ts';
import type { Id, MapDocument, MapNode, Reflection, Voice } from './types.ts';

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

/** Today as YYYY-MM-DD in local time (the day the group is in the room). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const cap = (text: string) => text.trim().slice(0, MAX_TEXT);

export function newReflection(fields: { text: string; nodeIds?: Id[]; viewId?: Id | null; date?: string; voice?: Voice }, now = new Date()): Reflection {
  return {
    id: newId('r'),
    date: fields.date ?? todayIso(now),
    text: cap(fields.text),
    viewId: fields.viewId ?? null,
    nodeIds: [...new Set(fields.nodeIds ?? [])],
    ...(fields.voice ? { voice: fields.voice } : {}),
    createdAt: now.toISOString(),
  };
}

export function addReflection(reflection: Reflection): Operation {
  return op('Record what we noticed', (doc) =>
    !reflection.text || doc.reflections[reflection.id] ? doc : { ...doc, reflections: { ...doc.reflections, [reflection.id]: reflection } },
  );
}

export type ReflectionPatch = Partial<Pick<Reflection, 'text' | 'date' | 'nodeIds' | 'viewId'>>;

export function updateReflection(id: Id, patch: ReflectionPatch): Operation {
  return op('Edit what we noticed', (doc) => {
    const r = doc.reflections[id];
    if (!r) return doc;
    const next: Reflection = { ...r, ...patch, ...(patch.text !== undefined ? { text: cap(patch.text) } : {}) };
    // An edit that empties the text is refused rather than leaving a blank note; delete is the way to remove one.
    if (!next.text) return doc;
    return { ...doc, reflections: { ...doc.reflections, [id]: next } };
  });
}

export function removeReflection(id: Id): Operation {
  return op('Delete what we noticed', (doc) => {
    if (!doc.reflections[id]) return doc;
    const reflections = { ...doc.reflections };
    delete reflections[id];
    return { ...doc, reflections };
  });
}

/** Oldest first, as a history reads; the same day in the order they were written. */
export function sortedReflections(reflections: MapDocument['reflections']): Reflection[] {
  return Object.values(reflections).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The nodes a reflection is about that are still on the map (deleted ones are ignored, not errors). */
export function reflectionNodes(doc: MapDocument, r: Reflection): MapNode[] {
  return r.nodeIds.map((id) => doc.nodes[id]).filter((n): n is MapNode => !!n);
}

/** The saved view a reflection was noticed in, if it is still there. */
export function reflectionViewTitle(doc: MapDocument, r: Reflection): string | null {
  const view = r.viewId ? doc.views[r.viewId] : undefined;
  return view ? view.title || 'Untitled view' : null;
}
