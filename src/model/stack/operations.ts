/**
 * Every change to a stack is a named operation, as for maps: a pure function
 * from one stack document to the next, so undo and autosave treat it like a
 * map. Ids are chosen by the caller before the operation is built.
 */
import { newId } from '../ids.ts';
import type { Id, MapDocument } from '../types.ts';
import {
  STACK_SCHEMA_VERSION,
  type Connection,
  type ConnectionKind,
  type CyclePhase,
  type Enabler,
  type Identity,
  type Learning,
  type NodeRef,
  type Review,
  type StackDocument,
} from './types.ts';

export interface StackOperation {
  name: string;
  apply(stack: StackDocument): StackDocument;
}

const op = (name: string, apply: (s: StackDocument) => StackDocument): StackOperation => ({ name, apply });

export function createStack(title = 'Untitled stack', now = new Date().toISOString(), id: Id = newId('stack')): StackDocument {
  return { schemaVersion: STACK_SCHEMA_VERSION, id, title, description: '', maps: {}, connections: {}, identities: {}, learnings: {}, enablers: {}, reviews: {}, createdAt: now, updatedAt: now };
}

export const renameStack = (title: string) => op('Rename stack', (s) => (s.title === title ? s : { ...s, title }));

/** Adds a map (or refreshes its title and scale from the map itself). */
export const addMapToStack = (doc: MapDocument, phase: CyclePhase = 'understand') =>
  op('Add map to stack', (s) => {
    const old = s.maps[doc.id];
    if (old && old.title === doc.meta.title && old.scale === doc.meta.scale) return s;
    return { ...s, maps: { ...s.maps, [doc.id]: { mapId: doc.id, title: doc.meta.title, scale: doc.meta.scale, phase: old?.phase ?? phase } } };
  });

export const setMapPhase = (mapId: Id, phase: CyclePhase) =>
  op('Set learning-cycle phase', (s) => {
    const m = s.maps[mapId];
    if (!m || m.phase === phase) return s;
    return { ...s, maps: { ...s.maps, [mapId]: { ...m, phase } } };
  });

/** What still points at a map: shown before it is taken out, so the user can decide. */
export function referencesTo(s: StackDocument, mapId: Id): string[] {
  const out: string[] = [];
  const c = Object.values(s.connections).filter((x) => x.from === mapId || x.to === mapId).length;
  if (c) out.push(`${c} connection${c === 1 ? '' : 's'}`);
  const i = Object.values(s.identities).filter((x) => x.members.some((m) => m.mapId === mapId)).length;
  if (i) out.push(`${i} same-as link${i === 1 ? '' : 's'}`);
  const l = Object.values(s.learnings).filter((x) => x.mapId === mapId || x.experiments.some((e) => e.mapId === mapId)).length;
  if (l) out.push(`${l} learning${l === 1 ? '' : 's'}`);
  const e = Object.values(s.enablers).filter((x) => {
    const c = s.connections[x.connectionId];
    return c?.from === mapId || c?.to === mapId;
  }).length;
  if (e) out.push(`${e} enabler${e === 1 ? '' : 's'} or barrier${e === 1 ? '' : 's'}`);
  return out;
}

/**
 * Takes a map out of the stack. Its connections (and their enablers) go with
 * it; learnings and same-as links that mention it stay, readable by the
 * labels they keep, like an experiment's orphaned touches.
 */
export const removeMapFromStack = (mapId: Id) =>
  op('Remove map from stack', (s) => {
    if (!s.maps[mapId]) return s;
    const maps = { ...s.maps };
    delete maps[mapId];
    const connections = Object.fromEntries(Object.entries(s.connections).filter(([, c]) => c.from !== mapId && c.to !== mapId));
    const enablers = Object.fromEntries(Object.entries(s.enablers).filter(([, e]) => connections[e.connectionId]));
    return { ...s, maps, connections, enablers };
  });

export const connectMaps = (kind: ConnectionKind, from: Id, to: Id, id: Id = newId('con')) =>
  op('Connect maps', (s) => {
    if (from === to || !s.maps[from] || !s.maps[to]) return s;
    if (Object.values(s.connections).some((c) => c.kind === kind && c.from === from && c.to === to)) return s;
    const c: Connection = { id, kind, from, to };
    return { ...s, connections: { ...s.connections, [id]: c } };
  });

export const disconnect = (id: Id) =>
  op('Remove connection', (s) => {
    if (!s.connections[id]) return s;
    const connections = { ...s.connections };
    delete connections[id];
    const enablers = Object.fromEntries(Object.entries(s.enablers).filter(([, e]) => e.connectionId !== id));
    return { ...s, connections, enablers };
  });

const sameRef = (a: NodeRef, b: NodeRef) => a.mapId === b.mapId && a.nodeId === b.nodeId;

/** Marks two nodes (in different maps) as the same thing, joining their identities if either has one. */
export const markSame = (a: NodeRef, b: NodeRef, id: Id = newId('same')) =>
  op('Mark as the same', (s) => {
    if (sameRef(a, b)) return s;
    const all = Object.values(s.identities);
    const ia = all.find((i) => i.members.some((m) => sameRef(m, a)));
    const ib = all.find((i) => i.members.some((m) => sameRef(m, b)));
    if (ia && ia === ib) return s;
    const identities = { ...s.identities };
    const members = [...(ia?.members ?? [a]), ...(ib?.members ?? [b])];
    if (ia) delete identities[ia.id];
    if (ib) delete identities[ib.id];
    const keep = ia?.id ?? ib?.id ?? id;
    const identity: Identity = { id: keep, label: ia?.label ?? ib?.label ?? a.label, members };
    identities[keep] = identity;
    return { ...s, identities };
  });

/** Takes one node out of its same-as group; a group left with one member goes. */
export const unmarkSame = (ref: NodeRef) =>
  op('Not the same', (s) => {
    const identity = Object.values(s.identities).find((i) => i.members.some((m) => sameRef(m, ref)));
    if (!identity) return s;
    const identities = { ...s.identities };
    const members = identity.members.filter((m) => !sameRef(m, ref));
    if (members.length < 2) delete identities[identity.id];
    else identities[identity.id] = { ...identity, members };
    return { ...s, identities };
  });

export const addLearning = (learning: Omit<Learning, 'id'>, id: Id = newId('learn')) =>
  op('Record a learning', (s) => ({ ...s, learnings: { ...s.learnings, [id]: { ...learning, id } } }));

export const removeLearning = (id: Id) =>
  op('Remove learning', (s) => {
    if (!s.learnings[id]) return s;
    const learnings = { ...s.learnings };
    delete learnings[id];
    return { ...s, learnings };
  });

export const addEnabler = (enabler: Omit<Enabler, 'id'>, id: Id = newId('en')) =>
  op(enabler.kind === 'barrier' ? 'Add barrier' : 'Add enabler', (s) => (s.connections[enabler.connectionId] ? { ...s, enablers: { ...s.enablers, [id]: { ...enabler, id } } } : s));

/** Edits an enabler or barrier; named by what changed, so undo says "Undo Set status" or "Undo Edit barrier". */
export const updateEnabler = (id: Id, fields: Partial<Omit<Enabler, 'id' | 'connectionId'>>, name = 'Edit enabler') =>
  op(name, (s) => {
    const e = s.enablers[id];
    if (!e) return s;
    const next = { ...e, ...fields };
    if (JSON.stringify(next) === JSON.stringify(e)) return s;
    return { ...s, enablers: { ...s.enablers, [id]: next } };
  });

export const removeEnabler = (id: Id, name = 'Remove enabler') =>
  op(name, (s) => {
    if (!s.enablers[id]) return s;
    const enablers = { ...s.enablers };
    delete enablers[id];
    return { ...s, enablers };
  });

export const addReview = (review: Omit<Review, 'id'>, id: Id = newId('rev')) =>
  op('Add review', (s) => (s.maps[review.mapId] ? { ...s, reviews: { ...s.reviews, [id]: { ...review, id } } } : s));
