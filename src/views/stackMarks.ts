/**
 * What a map's nodes carry from the learning stack it is in: the nodes in
 * other maps marked "same as" it, what the scale above has promised it
 * (enablers and barriers tied to it), what this map itself promised through
 * it (as the larger map), and the learnings recorded about it. Pure, so the
 * canvas, the inspector and tests read the same answer.
 */
import { overdueEnablers } from '../model/stack/stewardship.ts';
import type { EnablerKind, EnablerStatus, StackDocument } from '../model/stack/types.ts';
import type { Id, SystemScale } from '../model/types.ts';

export interface SameAsPlace {
  mapId: Id;
  nodeId: Id;
  /** The node's label as last seen. */
  label: string;
  mapTitle: string;
  scale: SystemScale | null;
  /** False when the map is no longer in the stack: the reference stays readable but cannot be opened. */
  inStack: boolean;
}

export interface StackPromise {
  enablerId: Id;
  kind: EnablerKind;
  statement: string;
  status: EnablerStatus;
  owner: string;
  reviewDate: string;
  overdue: boolean;
  /** The other map of the connection: the larger one for a promise received, the smaller one for a promise made. */
  otherMapId: Id;
  otherMapTitle: string;
}

export interface NodeLearning {
  learningId: Id;
  statement: string;
  date: string;
  experiments: number;
}

export interface NodeStackMarks {
  sameAs: SameAsPlace[];
  /** Promised to this node by the scale above. */
  promised: StackPromise[];
  /** Promised by this map, through this node, to a scale below. */
  promising: StackPromise[];
  learnings: NodeLearning[];
}

const empty = (): NodeStackMarks => ({ sameAs: [], promised: [], promising: [], learnings: [] });

/** Marks for every node of one map that has any; nodes without marks are absent. */
export function stackMarksFor(stack: StackDocument | null, mapId: Id, today: string): Map<Id, NodeStackMarks> {
  const out = new Map<Id, NodeStackMarks>();
  if (!stack || !stack.maps[mapId]) return out;
  const at = (nodeId: Id) => {
    let m = out.get(nodeId);
    if (!m) out.set(nodeId, (m = empty()));
    return m;
  };
  const title = (id: Id) => stack.maps[id]?.title ?? 'a map no longer in the stack';

  for (const identity of Object.values(stack.identities)) {
    const mine = identity.members.filter((m) => m.mapId === mapId);
    if (!mine.length) continue;
    const others = identity.members.filter((m) => m.mapId !== mapId);
    for (const me of mine) {
      at(me.nodeId).sameAs.push(
        ...others.map((o) => ({ mapId: o.mapId, nodeId: o.nodeId, label: o.label, mapTitle: title(o.mapId), scale: stack.maps[o.mapId]?.scale ?? null, inStack: !!stack.maps[o.mapId] })),
      );
    }
  }

  const overdue = new Set(overdueEnablers(stack, today).map((e) => e.id));
  for (const e of Object.values(stack.enablers)) {
    const c = stack.connections[e.connectionId];
    if (!c) continue;
    const base = { enablerId: e.id, kind: e.kind, statement: e.statement, status: e.status, owner: e.owner, reviewDate: e.reviewDate, overdue: overdue.has(e.id) };
    if (c.to === mapId) for (const n of e.lowerNodes) if (n.mapId === mapId) at(n.nodeId).promised.push({ ...base, otherMapId: c.from, otherMapTitle: title(c.from) });
    if (c.from === mapId && e.upperNode?.mapId === mapId) at(e.upperNode.nodeId).promising.push({ ...base, otherMapId: c.to, otherMapTitle: title(c.to) });
  }

  for (const l of Object.values(stack.learnings)) {
    if (l.mapId !== mapId || !l.about || l.about.mapId !== mapId) continue;
    at(l.about.nodeId).learnings.push({ learningId: l.id, statement: l.statement, date: l.date, experiments: l.experiments.length });
  }
  for (const m of out.values()) m.sameAs.sort((a, b) => a.mapTitle.localeCompare(b.mapTitle));
  return out;
}

/** The maps a map learns from, following "learns from" connections down the stack (each map once). */
export function mapsBelow(stack: StackDocument, mapId: Id): Id[] {
  const seen = new Set<Id>([mapId]);
  const queue = [mapId];
  const out: Id[] = [];
  while (queue.length) {
    const at = queue.shift()!;
    for (const c of Object.values(stack.connections)) {
      if (c.kind !== 'learns-from' || c.from !== at || seen.has(c.to) || !stack.maps[c.to]) continue;
      seen.add(c.to);
      out.push(c.to);
      queue.push(c.to);
    }
  }
  return out;
}
