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
import { notify, type Session } from './session.ts';
import { NODE_MIN_HEIGHT as NODE_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';

/** Room left between a new node and its neighbours. */
const GAP = 24;
/** The focal outcome is drawn larger than other nodes (draw/nodes.ts); a new node keeps clear of its whole box. */
const FOCAL_HEIGHT = NODE_HEIGHT * 2;

/**
 * The free spot nearest `p` for a new node, so it never lands on another:
 * the cells of a grid one node (and a gap) apart are tried ring by ring
 * outwards, nearest first, so nodes added one after another gather round
 * the spot instead of running down in a column.
 */
export function freeSpot(doc: MapDocument, p: Position): Position {
  const boxes = Object.values(doc.nodes).map((n) => ({ ...n.position, h: n.id === doc.meta.focalNodeId ? FOCAL_HEIGHT : NODE_HEIGHT }));
  const free = (q: Position) => boxes.every((b) => q.x + NODE_WIDTH + GAP <= b.x || b.x + NODE_WIDTH + GAP <= q.x || q.y + NODE_HEIGHT + GAP <= b.y || b.y + b.h + GAP <= q.y);
  if (free(p)) return p;
  const dx = NODE_WIDTH + GAP;
  const dy = NODE_HEIGHT + GAP;
  for (let ring = 1; ring <= 30; ring++) {
    const cells: Position[] = [];
    for (let i = -ring; i <= ring; i++)
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) cells.push({ x: p.x + i * dx, y: p.y + j * dy });
    // Nearest first; on a tie, to the right, then below (reading order).
    cells.sort((a, b) => Math.hypot(a.x - p.x, a.y - p.y) - Math.hypot(b.x - p.x, b.y - p.y) || b.x - a.x || b.y - a.y);
    const spot = cells.find(free);
    if (spot) return spot;
  }
  return p;
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

/**
 * Adds a node beside the selected node (the last one chosen) when that spot
 * is on screen, or else in the middle of what the user can see; either way
 * in the nearest free space.
 */
export function addNodeInView(s: Session, kind: NodeKind, rf: ReactFlowInstance, canvas: HTMLElement | null) {
  const { doc, selection } = s.map.getState();
  const rect = canvas?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth, height: innerHeight };
  const corner = rf.screenToFlowPosition({ x: rect.left, y: rect.top });
  const far = rf.screenToFlowPosition({ x: rect.left + rect.width, y: rect.top + rect.height });
  const onScreen = (q: Position) => q.x >= corner.x && q.y >= corner.y && q.x + NODE_WIDTH <= far.x && q.y + NODE_HEIGHT <= far.y;
  const beside = doc.nodes[selection.nodeIds[selection.nodeIds.length - 1] ?? ''];
  const next = beside && { x: beside.position.x + NODE_WIDTH + GAP * 2, y: beside.position.y };
  if (next && onScreen(next)) return addNodeAt(s, kind, next);
  const p = rf.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  return addNodeAt(s, kind, { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
}

/** The link from `source` to `target` already on the map, if any: a second would be drawn on top of it and say nothing new. */
export function existingLink(doc: MapDocument, source: Id, target: Id): Link | undefined {
  return Object.values(doc.links).find((l) => l.source === source && l.target === target);
}

/** Says, in the map's words, that this link is there already. */
export function alreadyLinked(doc: MapDocument, link: Link): string {
  return `“${doc.nodes[link.source]?.label || 'Untitled'}” already leads to “${doc.nodes[link.target]?.label || 'Untitled'}”.`;
}

/**
 * Links two nodes, as dragging from one to the other does. A link that is
 * there already is not made twice: it is selected instead (to change its
 * polarity or strength), and a notice says why nothing new was drawn.
 */
export function connectNodes(s: Session, source: Id, target: Id, fields: Partial<Link> = {}): Link | null {
  const store = s.map.getState();
  if (source === target || !store.doc.nodes[source] || !store.doc.nodes[target]) return null;
  const there = existingLink(store.doc, source, target);
  if (there) {
    store.select({ nodeIds: [], linkIds: [there.id] });
    notify(s, `${alreadyLinked(store.doc, there)} That link is selected, so you can change it in the inspector.`);
    return null;
  }
  const link = newLink(source, target, fields);
  store.dispatch(addLink(link), { select: { linkIds: [link.id] } });
  return link;
}

/**
 * A link dropped on an empty part of the canvas: a new factor there, linked
 * from (or, dragged from a node's incoming side, to) the node it started at,
 * as one undo step, with its label ready to type.
 */
export function addNodeAtDroppedLink(s: Session, fromId: Id, at: Position, fromIsSource = true): Link | null {
  const store = s.map.getState();
  if (!store.doc.nodes[fromId]) return null;
  const node = newNode('factor', freeSpot(store.doc, at));
  const link = fromIsSource ? newLink(fromId, node.id) : newLink(node.id, fromId);
  store.dispatch(batch('Add factor with a link', [addNode(node), addLink(link)]), { select: { nodeIds: [node.id] } });
  store.setEditing(node.id);
  return link;
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
