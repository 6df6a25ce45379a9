/**
 * What the toolbar, keyboard shortcuts and menus do, in one place so each
 * path into an action behaves the same.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { extractFragment, pasteFragment, type Fragment } from '../model/fragment.ts';
import { addNode, newNode, removeElements } from '../model/operations.ts';
import type { MapDocument, NodeKind, Position } from '../model/types.ts';
import { useMapStore } from '../store/mapStore.ts';

export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 56;

/** Finds a free spot near `p` so a new node never lands on top of another. */
export function freeSpot(doc: MapDocument, p: Position): Position {
  const taken = Object.values(doc.nodes).map((n) => n.position);
  const overlaps = (q: Position) => taken.some((t) => Math.abs(t.x - q.x) < NODE_WIDTH && Math.abs(t.y - q.y) < NODE_HEIGHT + 8);
  let q = p;
  for (let i = 1; i < 60 && overlaps(q); i++) q = { x: p.x + (i % 3) * 30, y: p.y + i * (NODE_HEIGHT + 16) };
  return q;
}

export function addNodeAt(kind: NodeKind, position: Position, edit = true) {
  const store = useMapStore.getState();
  const node = newNode(kind, freeSpot(store.doc, position));
  store.dispatch(addNode(node), { select: { nodeIds: [node.id] } });
  if (edit) store.setEditing(node.id);
  return node;
}

/** Adds a node in the middle of what the user can see. */
export function addNodeInView(kind: NodeKind, rf: ReactFlowInstance, canvas: HTMLElement | null) {
  const rect = canvas?.getBoundingClientRect();
  const screen = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
  const p = rf.screenToFlowPosition(screen);
  return addNodeAt(kind, { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
}

export function deleteSelection() {
  const { selection, dispatch } = useMapStore.getState();
  if (!selection.nodeIds.length && !selection.linkIds.length) return;
  dispatch(removeElements(selection.nodeIds, selection.linkIds), { select: {} });
}

export function selectAll() {
  const { doc, select } = useMapStore.getState();
  select({ nodeIds: Object.keys(doc.nodes), linkIds: [] });
}

export function copySelection(): Fragment | null {
  const { doc, selection } = useMapStore.getState();
  if (!selection.nodeIds.length) return null;
  return extractFragment(doc, selection.nodeIds);
}

export function pasteNodes(fragment: Fragment, offset = { x: 40, y: 40 }) {
  if (!fragment.nodes.length) return;
  const { op, nodeIds } = pasteFragment(fragment, offset);
  useMapStore.getState().dispatch(op, { select: { nodeIds } });
}

export function duplicateSelection() {
  const fragment = copySelection();
  if (fragment) pasteNodes(fragment);
}
