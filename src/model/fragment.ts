/**
 * Copy and paste: a fragment is a self-contained piece of a map (nodes, the
 * links among them and the themes they use) that can be pasted with fresh ids.
 */
import { newId } from './ids.ts';
import { clampCoordinate } from './positions.ts';
import type { Operation } from './operations.ts';
import type { Theme, Id, Link, MapDocument, MapNode } from './types.ts';

export interface Fragment {
  kind: 'system-canvas/fragment';
  nodes: MapNode[];
  links: Link[];
  clusters: Theme[];
}

export function extractFragment(doc: MapDocument, nodeIds: Iterable<Id>): Fragment {
  const ids = new Set(nodeIds);
  const nodes = [...ids].map((id) => doc.nodes[id]).filter((n): n is MapNode => !!n);
  const links = Object.values(doc.links).filter((l) => ids.has(l.source) && ids.has(l.target));
  const themeIds = new Set(nodes.map((n) => n.clusterId).filter((c): c is Id => c !== null));
  const clusters = [...themeIds].map((id) => doc.clusters[id]).filter((c): c is Theme => !!c);
  return { kind: 'system-canvas/fragment', nodes, links, clusters };
}

export function isFragment(value: unknown): value is Fragment {
  const v = value as Fragment | null;
  return !!v && v.kind === 'system-canvas/fragment' && Array.isArray(v.nodes) && Array.isArray(v.links) && Array.isArray(v.clusters);
}

/**
 * Builds the paste: fresh ids for nodes and links, shifted by `offset`.
 * Themes are reused when the map already has one with the same id or name.
 */
export function pasteFragment(fragment: Fragment, offset: { x: number; y: number }): { op: Operation; nodeIds: Id[] } {
  const nodeIdMap = new Map(fragment.nodes.map((n) => [n.id, newId('n')]));
  const linkIds = fragment.links.map(() => newId('l'));
  const op: Operation = {
    name: fragment.nodes.length === 1 ? 'Paste node' : `Paste ${fragment.nodes.length} nodes`,
    apply(doc) {
      const clusters = { ...doc.clusters };
      const themeIdMap = new Map<Id, Id>();
      for (const c of fragment.clusters) {
        const existing = clusters[c.id] ?? Object.values(clusters).find((x) => x.name === c.name);
        if (existing) themeIdMap.set(c.id, existing.id);
        else {
          clusters[c.id] = c;
          themeIdMap.set(c.id, c.id);
        }
      }
      const nodes = { ...doc.nodes };
      for (const n of fragment.nodes) {
        const id = nodeIdMap.get(n.id)!;
        nodes[id] = {
          ...n,
          id,
          clusterId: n.clusterId ? (themeIdMap.get(n.clusterId) ?? null) : null,
          position: { x: clampCoordinate(n.position.x + offset.x), y: clampCoordinate(n.position.y + offset.y) },
          notes: n.notes.map((note) => ({ ...note, id: newId('note') })),
        };
      }
      const links = { ...doc.links };
      fragment.links.forEach((l, i) => {
        const source = nodeIdMap.get(l.source);
        const target = nodeIdMap.get(l.target);
        if (!source || !target) return;
        const id = linkIds[i]!;
        links[id] = { ...l, id, source, target };
      });
      return { ...doc, nodes, links, clusters };
    },
  };
  return { op, nodeIds: [...nodeIdMap.values()] };
}
