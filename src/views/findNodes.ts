/** Nodes whose names contain what was typed: names that start with it first, then alphabetical. Used by Find and the link command. */
import type { Id, MapNode } from '../model/types.ts';

export function findNodes(nodes: Record<Id, MapNode>, query: string, options: { max: number; except?: Id; emptyMatchesAll?: boolean }): MapNode[] {
  const q = query.trim().toLowerCase();
  if (!q && !options.emptyMatchesAll) return [];
  const hits = Object.values(nodes).filter((n) => n.id !== options.except && n.label.toLowerCase().includes(q));
  return hits
    .sort((a, b) => Number(!a.label.toLowerCase().startsWith(q)) - Number(!b.label.toLowerCase().startsWith(q)) || a.label.localeCompare(b.label))
    .slice(0, options.max);
}
