/**
 * Gives a stack's maps new ids (when they would overwrite maps already in the
 * library, such as a second copy of the example), rewriting every reference.
 */
import type { Id, MapDocument } from '../types.ts';
import type { NodeRef, StackDocument } from './types.ts';

export function remapStack(stack: StackDocument, maps: Record<Id, MapDocument>, idFor: (old: Id) => Id): { stack: StackDocument; maps: Record<Id, MapDocument> } {
  const ids = new Map(Object.keys(stack.maps).map((id) => [id, idFor(id)]));
  const to = (id: Id) => ids.get(id) ?? id;
  const ref = (r: NodeRef): NodeRef => ({ ...r, mapId: to(r.mapId) });
  const rekey = <T>(rec: Record<Id, T>, f: (v: T) => T) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, f(v)]));
  const next: StackDocument = {
    ...stack,
    maps: Object.fromEntries(Object.values(stack.maps).map((m) => [to(m.mapId), { ...m, mapId: to(m.mapId) }])),
    connections: rekey(stack.connections, (c) => ({ ...c, from: to(c.from), to: to(c.to) })),
    identities: rekey(stack.identities, (i) => ({ ...i, members: i.members.map(ref) })),
    learnings: rekey(stack.learnings, (l) => ({ ...l, mapId: to(l.mapId), about: l.about && ref(l.about), experiments: l.experiments.map((e) => ({ ...e, mapId: to(e.mapId) })) })),
    enablers: rekey(stack.enablers, (e) => ({ ...e, lowerNodes: e.lowerNodes.map(ref), upperNode: e.upperNode && ref(e.upperNode) })),
    reviews: rekey(stack.reviews, (r) => ({ ...r, mapId: to(r.mapId) })),
  };
  const nextMaps = Object.fromEntries(Object.values(maps).map((m) => [to(m.id), { ...m, id: to(m.id) }]));
  return { stack: next, maps: nextMaps };
}
