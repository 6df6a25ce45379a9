/**
 * The nodes a link can be made to from one node, sorted by label, for the
 * inspector's "Link to" list. On a big map that list is thousands long and the
 * inspector re-renders on every letter typed in the node's own label; the
 * other nodes have not changed then, so the last list is handed back as it
 * was (same array), and neither sorting nor rendering its options is redone.
 */
import type { Id, MapNode } from '../../model/types.ts';

export interface OtherNode {
  id: Id;
  label: string;
}

/** The list, sorted, with the nodes in the map's own order to compare the next map with. */
export interface OtherNodes {
  sorted: readonly OtherNode[];
  inMapOrder: readonly OtherNode[];
}

// The same order as String.localeCompare, several times faster.
const byLabel = new Intl.Collator().compare;

export function otherNodes(nodes: Record<Id, MapNode>, self: Id, previous: OtherNodes | null): OtherNodes {
  const list: OtherNode[] = [];
  for (const n of Object.values(nodes)) if (n.id !== self) list.push({ id: n.id, label: n.label });
  const was = previous?.inMapOrder;
  if (previous && was && was.length === list.length && list.every((o, i) => was[i]!.id === o.id && was[i]!.label === o.label)) return previous;
  return { sorted: [...list].sort((a, b) => byLabel(a.label, b.label)), inMapOrder: list };
}
