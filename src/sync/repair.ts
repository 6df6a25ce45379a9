/**
 * Repair after merge. Each person's operations keep their own copy valid,
 * but two valid edits can merge into an invalid map: a link drawn to a node
 * someone else deleted, a node put in a theme someone else deleted, a focal
 * outcome deleted or turned into a factor, a link reversed by two people at
 * once so that both ends are the same node.
 *
 * These are repaired in the projection only, never written back to the
 * Y.Doc. Why: the projection is a pure function of the Y.Doc, so every client
 * holding the same Y.Doc shows the same map with no extra messages; thirty
 * clients do not race to write the same repair; and nothing is destroyed, so
 * when the deletion is undone (the node comes back) its late links and
 * members come back with it. The cost is a few hidden records in the room's
 * state, which a room export leaves out too because it reads the same
 * projection.
 *
 * Experiments' touches of a deleted node are not repaired: they stay,
 * "orphaned", exactly as when a node is deleted in one's own map.
 */
import type { CommentThread, Theme, Id, Link, MapMeta, MapNode } from '../model/types.ts';

/** A link holds when both its ends are on the map and are different nodes. */
export function linkHolds(link: Link | undefined, nodes: ReadonlyMap<Id, MapNode>): boolean {
  return !!link && link.source !== link.target && nodes.has(link.source) && nodes.has(link.target);
}

/**
 * A thread on a node or link holds while that node or link is on the map
 * (a view of a link likewise, in project.ts); both come back with an undone
 * delete. Threads on a loop or the map always hold.
 */
export function threadHolds(thread: CommentThread, nodes: ReadonlyMap<Id, MapNode>, links: ReadonlyMap<Id, Link>): boolean {
  if (thread.target.kind === 'node') return nodes.has(thread.target.id);
  if (thread.target.kind === 'link') return linkHolds(links.get(thread.target.id), nodes);
  return true;
}

/** A node whose theme is gone is shown without a theme. */
export function repairNode(node: MapNode, clusters: ReadonlyMap<Id, Theme>): MapNode {
  return node.clusterId !== null && !clusters.has(node.clusterId) ? { ...node, clusterId: null } : node;
}

/** The focal outcome must be an outcome on the map. */
export function repairMeta(meta: MapMeta, nodes: ReadonlyMap<Id, MapNode>): MapMeta {
  const focal = meta.focalNodeId;
  if (focal === null) return meta;
  return nodes.get(focal)?.kind === 'outcome' ? meta : { ...meta, focalNodeId: null };
}
