/**
 * A node's causes and effects: the nodes its links come from and go to,
 * ordered by name so that stepping through them with the keyboard, and
 * reading them in the outline, always goes the same way.
 */
import type { Id, Link, MapDocument, MapNode } from '../model/types.ts';

export interface Neighbour {
  link: Link;
  node: MapNode;
}

export type Direction = 'effect' | 'cause';

export function neighbours(doc: MapDocument, nodeId: Id, direction: Direction): Neighbour[] {
  const out: Neighbour[] = [];
  for (const link of Object.values(doc.links)) {
    const otherId = direction === 'effect' ? (link.source === nodeId ? link.target : null) : link.target === nodeId ? link.source : null;
    const node = otherId ? doc.nodes[otherId] : undefined;
    if (node) out.push({ link, node });
  }
  return out.sort((a, b) => a.node.label.localeCompare(b.node.label) || a.link.id.localeCompare(b.link.id));
}
