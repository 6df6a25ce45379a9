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

// The same order as String.localeCompare, several times faster.
const byLabel = new Intl.Collator().compare;

export function otherNodes(nodes: Record<Id, MapNode>, self: Id, previous: readonly OtherNode[] | null): readonly OtherNode[] {
  const list: OtherNode[] = [];
  for (const n of Object.values(nodes)) if (n.id !== self) list.push({ id: n.id, label: n.label });
  if (previous && previous.length === list.length) {
    const was = new Map(previous.map((o) => [o.id, o.label]));
    if (list.every((o) => was.get(o.id) === o.label)) return previous;
  }
  return list.sort((a, b) => byLabel(a.label, b.label));
}
