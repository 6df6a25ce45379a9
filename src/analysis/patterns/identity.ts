/**
 * Which nodes across a stack's maps are one factor: a node marked "same as"
 * nodes in other maps shares their identity; any other node is its own.
 */
import type { Identity, StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';

export interface FactorKey {
  /** The identity id, or "mapId/nodeId" for a node marked the same as nothing. */
  key: string;
  label: string;
}

export function identityIndex(stack: StackDocument): Map<string, Identity> {
  const index = new Map<string, Identity>();
  for (const identity of Object.values(stack.identities)) for (const m of identity.members) index.set(`${m.mapId}/${m.nodeId}`, identity);
  return index;
}

export function factorKeyOf(index: Map<string, Identity>, mapId: Id, nodeId: Id, label: string): FactorKey {
  const identity = index.get(`${mapId}/${nodeId}`);
  return identity ? { key: identity.id, label: identity.label || label } : { key: `${mapId}/${nodeId}`, label };
}

const norm = (label: string) => label.toLowerCase().normalize('NFKD').replace(/\p{Mark}/gu, '').replace(/[^\p{Letter}\p{Number}]+/gu, ' ').trim();

/** Nodes in other maps of the stack whose labels match this one's, not yet marked the same: suggestions. */
export function suggestSame(stack: StackDocument, maps: Record<Id, MapDocument>, mapId: Id, nodeId: Id): { mapId: Id; nodeId: Id; label: string; mapTitle: string }[] {
  const doc = maps[mapId];
  const node = doc?.nodes[nodeId];
  if (!node) return [];
  const target = norm(node.label);
  const index = identityIndex(stack);
  const mine = index.get(`${mapId}/${nodeId}`);
  const out: { mapId: Id; nodeId: Id; label: string; mapTitle: string }[] = [];
  for (const id of Object.keys(stack.maps)) {
    const other = maps[id];
    if (!other || id === mapId) continue;
    for (const n of Object.values(other.nodes)) {
      if (norm(n.label) !== target) continue;
      if (mine && index.get(`${id}/${n.id}`) === mine) continue;
      out.push({ mapId: id, nodeId: n.id, label: n.label, mapTitle: other.meta.title });
    }
  }
  return out;
}

/** Nodes in the stack's other maps whose labels contain what was typed (any case, accents ignored), labels that start with it first. */
export function findInStack(stack: StackDocument, maps: Record<Id, MapDocument>, mapId: Id, query: string, max = 8): { mapId: Id; nodeId: Id; label: string; mapTitle: string }[] {
  const q = norm(query);
  if (!q) return [];
  const out: { mapId: Id; nodeId: Id; label: string; mapTitle: string; starts: boolean }[] = [];
  for (const id of Object.keys(stack.maps)) {
    const other = Object.hasOwn(maps, id) ? maps[id] : undefined;
    if (!other || id === mapId) continue;
    for (const n of Object.values(other.nodes)) {
      const l = norm(n.label);
      if (l.includes(q)) out.push({ mapId: id, nodeId: n.id, label: n.label, mapTitle: other.meta.title, starts: l.startsWith(q) });
    }
  }
  return out
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.label.localeCompare(b.label) || a.mapTitle.localeCompare(b.mapTitle))
    .slice(0, max)
    .map(({ starts: _starts, ...r }) => r);
}
