/**
 * What the outline does to a map, with no canvas involved: add a named node,
 * link two nodes, and edit several rows at once as one undo step.
 */
import { guessActorType } from '../model/actorType.ts';
import { addLink, addNode, batch, newLink, newNode, updateNode, type NodePatch } from '../model/operations.ts';
import { count } from '../model/plural.ts';
import type { Id, MapNode, NodeKind, Polarity } from '../model/types.ts';
import { NODE_MIN_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';
import { freeSpot } from './actions.ts';
import type { Session } from './session.ts';

/** Below the lowest row of the map, so a node added from the outline never lands on another. */
function placeForNew(s: Session) {
  const nodes = Object.values(s.map.getState().doc.nodes);
  if (!nodes.length) return { x: 0, y: 0 };
  const left = Math.min(...nodes.map((n) => n.position.x));
  const bottom = Math.max(...nodes.map((n) => n.position.y));
  const lastRow = nodes.filter((n) => n.position.y === bottom);
  const right = Math.max(...lastRow.map((n) => n.position.x));
  // Fill the bottom row up to six nodes wide before starting a new one.
  return lastRow.length < 6 ? { x: right + NODE_WIDTH + 40, y: bottom } : { x: left, y: bottom + NODE_MIN_HEIGHT + 60 };
}

export function addNamedNode(s: Session, kind: NodeKind, label: string): MapNode {
  const store = s.map.getState();
  const actorType = kind === 'actor' ? guessActorType(label) : null;
  const node = newNode(kind, freeSpot(store.doc, placeForNew(s)), { label: label.trim(), ...(actorType ? { actorType } : {}) });
  store.dispatch(addNode(node));
  return node;
}

export function linkNodes(s: Session, source: Id, target: Id, polarity: Polarity, strength: number) {
  const link = newLink(source, target, { polarity, strength });
  s.map.getState().dispatch(addLink(link));
  return link;
}

export interface BulkPatch {
  kind?: NodeKind;
  /** A theme id, or null for no theme; undefined leaves each node's theme as it is. */
  clusterId?: Id | null;
  /** Tags added to every node. */
  addTags?: string[];
}

/** One undo step however many rows: "Edit 3 nodes". */
export function bulkEdit(s: Session, ids: Id[], patch: BulkPatch) {
  const { doc, dispatch } = s.map.getState();
  const ops = ids.flatMap((id) => {
    const node = doc.nodes[id];
    if (!node) return [];
    const p: NodePatch = {};
    if (patch.kind && patch.kind !== node.kind) {
      p.kind = patch.kind;
      p.actorType = patch.kind === 'actor' ? (guessActorType(node.label) ?? node.actorType ?? 'organisation') : undefined;
      p.factorType = patch.kind === 'factor' ? (node.factorType ?? 'condition') : undefined;
    }
    if (patch.clusterId !== undefined) p.clusterId = patch.clusterId;
    if (patch.addTags?.length) p.tags = [...new Set([...node.tags, ...patch.addTags])];
    return Object.keys(p).length ? [updateNode(id, p)] : [];
  });
  if (ops.length) dispatch(batch(`Edit ${count(ops.length, 'node')}`, ops));
  return ops.length;
}
