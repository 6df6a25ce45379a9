/**
 * What the toolbar, keyboard shortcuts and menus do, in one place so each
 * path into an action behaves the same.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { extractFragment, pasteFragment, type Fragment } from '../model/fragment.ts';
import { addLink, addNode, batch, newLink, newNode, removeElements } from '../model/operations.ts';
import { guessActorType } from '../model/actorType.ts';
import { experimentsByNode } from '../model/experiments.ts';
import type { Id, Link, MapDocument, MapNode, NodeKind, Position } from '../model/types.ts';
import { ask } from './confirm.ts';
import type { Session } from './session.ts';
import { NODE_MIN_HEIGHT as NODE_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';

/** Finds a free spot near `p` so a new node never lands on top of another. */
export function freeSpot(doc: MapDocument, p: Position): Position {
  const taken = Object.values(doc.nodes).map((n) => n.position);
  const overlaps = (q: Position) => taken.some((t) => Math.abs(t.x - q.x) < NODE_WIDTH && Math.abs(t.y - q.y) < NODE_HEIGHT + 8);
  let q = p;
  for (let i = 1; i < 60 && overlaps(q); i++) q = { x: p.x + (i % 3) * 30, y: p.y + i * (NODE_HEIGHT + 16) };
  return q;
}

export function addNodeAt(s: Session, kind: NodeKind, position: Position, edit = true) {
  const store = s.map.getState();
  const node = newNode(kind, freeSpot(store.doc, position));
  store.dispatch(addNode(node), { select: { nodeIds: [node.id] } });
  if (edit) store.setEditing(node.id);
  return node;
}

/**
 * The link command's way to a node that does not exist yet: makes it, to the
 * right of the node the link comes from (where effects are drawn), and links
 * to it, as one undo step. The selection stays on the node the link is from.
 */
export function addLinkedNode(s: Session, fromId: Id, label: string, kind: NodeKind, link: Pick<Link, 'polarity' | 'strength'>): MapNode | null {
  const store = s.map.getState();
  const from = store.doc.nodes[fromId];
  const name = label.trim();
  if (!from || !name) return null;
  const actorType = kind === 'actor' ? guessActorType(name) : null;
  const spot = freeSpot(store.doc, { x: from.position.x + NODE_WIDTH + 140, y: from.position.y });
  const node = newNode(kind, spot, { label: name, ...(actorType ? { actorType } : {}) });
  store.dispatch(batch(`Add ${kind} and link`, [addNode(node), addLink(newLink(from.id, node.id, link))]), { select: { nodeIds: [from.id] } });
  return node;
}

/** Adds a node in the middle of what the user can see. */
export function addNodeInView(s: Session, kind: NodeKind, rf: ReactFlowInstance, canvas: HTMLElement | null) {
  const rect = canvas?.getBoundingClientRect();
  const screen = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
  const p = rf.screenToFlowPosition(screen);
  return addNodeAt(s, kind, { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
}

/**
 * Deletes nodes and links. Nodes that experiments touch are deleted only
 * after the user confirms; the experiments keep a record of the touch.
 */
export async function deleteElements(s: Session, nodeIds: Id[], linkIds: Id[] = []) {
  const { doc } = s.map.getState();
  if (!nodeIds.length && !linkIds.length) return;
  const byNode = experimentsByNode(doc);
  const touched = nodeIds.filter((id) => byNode.has(id));
  if (touched.length) {
    const titles = [...new Set(touched.flatMap((id) => byNode.get(id)!.map((e) => `“${e.title}”`)))];
    const names = touched.map((id) => `“${doc.nodes[id]?.label}”`).join(', ');
    const ok = await ask(
      s.confirm,
      'Delete a node that experiments touch?',
      `${names} ${touched.length === 1 ? 'is' : 'are'} touched by ${titles.join(', ')}. The experiments keep a record of the touch under the node's name, and Undo brings the node back.`,
      touched.length === 1 && nodeIds.length === 1 ? 'Delete node' : `Delete ${nodeIds.length + linkIds.length} items`,
    );
    if (!ok) return;
  }
  s.map.getState().dispatch(removeElements(nodeIds, linkIds), { select: {} });
}

export function deleteSelection(s: Session) {
  const { selection } = s.map.getState();
  void deleteElements(s, selection.nodeIds, selection.linkIds);
}

export function selectAll(s: Session) {
  const { doc, select } = s.map.getState();
  select({ nodeIds: Object.keys(doc.nodes), linkIds: [] });
}

export function copySelection(s: Session): Fragment | null {
  const { doc, selection } = s.map.getState();
  if (!selection.nodeIds.length) return null;
  return extractFragment(doc, selection.nodeIds);
}

export function pasteNodes(s: Session, fragment: Fragment, offset = { x: 40, y: 40 }) {
  if (!fragment.nodes.length) return;
  const { op, nodeIds } = pasteFragment(fragment, offset);
  s.map.getState().dispatch(op, { select: { nodeIds } });
}

export function duplicateSelection(s: Session) {
  const fragment = copySelection(s);
  if (fragment) pasteNodes(s, fragment);
}
