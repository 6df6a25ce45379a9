/**
 * A new map's first steps: name the outcome the map is about (it becomes the
 * focal outcome, and the map's title while it has none), then name what
 * leads to it, each cause linked to the outcome. Each step is one undo step.
 */
import { guessActorType } from '../model/actorType.ts';
import { addLink, addNode, batch, newLink, newNode, setFocalOutcome, updateMeta, type Operation } from '../model/operations.ts';
import type { MapNode, NodeKind, Position } from '../model/types.ts';
import { NODE_MIN_HEIGHT } from '../draw/nodeSize.ts';
import type { Session } from './session.ts';

const UNTITLED = 'Untitled map';

export function addFocalOutcome(s: Session, label: string, position: Position): MapNode {
  const store = s.map.getState();
  const outcome = newNode('outcome', position, { label: label.trim() });
  const ops: Operation[] = [addNode(outcome), setFocalOutcome(outcome.id)];
  if (!store.doc.meta.title.trim() || store.doc.meta.title === UNTITLED) ops.push(updateMeta({ title: label.trim() }));
  store.dispatch(batch('Add focal outcome', ops), { select: { nodeIds: [outcome.id] } });
  return outcome;
}

/** A cause of the focal outcome, placed in a column to its left and linked to it (more cause → more outcome, to be refined). */
export function addCause(s: Session, label: string, kind: NodeKind = 'factor'): MapNode | null {
  const store = s.map.getState();
  const focal = store.doc.meta.focalNodeId ? store.doc.nodes[store.doc.meta.focalNodeId] : undefined;
  if (!focal) return null;
  const causes = Object.values(store.doc.links).filter((l) => l.target === focal.id).length;
  // Alternate above and below the outcome's line, moving outward: 0, +1, -1, +2, -2...
  const step = causes === 0 ? 0 : Math.ceil(causes / 2) * (causes % 2 ? 1 : -1);
  const actorType = kind === 'actor' ? guessActorType(label) : null;
  const node = newNode(kind, { x: focal.position.x - 340, y: focal.position.y + step * (NODE_MIN_HEIGHT + 40) }, { label: label.trim(), ...(actorType ? { actorType } : {}) });
  store.dispatch(batch(`Add ${kind}`, [addNode(node), addLink(newLink(node.id, focal.id))]), { select: { nodeIds: [focal.id] } });
  return node;
}
