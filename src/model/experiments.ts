/**
 * Operations on experiments: the tries a team makes in the system, the nodes
 * each one touches, and its learning log. Like every change, each is a named,
 * pure operation, so it is undoable and autosaved.
 */
import { newId } from './ids.ts';
import type { Operation } from './operations.ts';
import type { Experiment, ExperimentStatus, Id, IntendedEffect, LogEntry, MapDocument, MapNode, ObservedEffect, Touch } from './types.ts';

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

export const today = () => new Date().toISOString().slice(0, 10);

export function newExperiment(fields: Partial<Experiment> = {}, scale: Experiment['scale'] = 'place'): Experiment {
  return {
    id: newId('x'),
    title: 'New experiment',
    hypothesis: '',
    owner: '',
    scale,
    status: 'idea',
    phase: 'co-design',
    startDate: '',
    endDate: '',
    touches: {},
    log: {},
    createdAt: new Date().toISOString(),
    ...fields,
  };
}

function newTouch(node: MapNode, fields: Partial<Touch> = {}): Touch {
  return { nodeId: node.id, nodeLabel: node.label, intended: 'explore', observed: 'not-yet-known', evidence: '', ...fields };
}

export function newLogEntry(fields: Partial<LogEntry> = {}): LogEntry {
  return { id: newId('log'), date: today(), did: '', happened: '', learned: '', next: '', measure: null, story: '', perspectives: [], ...fields };
}

function withExperiment(doc: MapDocument, id: Id, change: (e: Experiment) => Experiment): MapDocument {
  const e = doc.experiments[id];
  if (!e) return doc;
  return { ...doc, experiments: { ...doc.experiments, [id]: change(e) } };
}

export function addExperiment(experiment: Experiment): Operation {
  return op('Add experiment', (doc) => ({ ...doc, experiments: { ...doc.experiments, [experiment.id]: experiment } }));
}

export type ExperimentPatch = Partial<Omit<Experiment, 'id' | 'touches' | 'log' | 'createdAt'>>;

export function updateExperiment(id: Id, patch: ExperimentPatch, name = 'Edit experiment'): Operation {
  return op(name, (doc) => withExperiment(doc, id, (e) => ({ ...e, ...patch })));
}

export function removeExperiment(id: Id): Operation {
  return op('Delete experiment', (doc) => {
    if (!doc.experiments[id]) return doc;
    const experiments = { ...doc.experiments };
    delete experiments[id];
    return { ...doc, experiments };
  });
}

/** Adds touches for these nodes; nodes already touched keep their recorded effects. */
export function touchNodes(experimentId: Id, nodeIds: Id[]): Operation {
  return op(nodeIds.length === 1 ? 'Touch node' : `Touch ${nodeIds.length} nodes`, (doc) =>
    withExperiment(doc, experimentId, (e) => {
      const touches = { ...e.touches };
      for (const id of nodeIds) {
        const node = doc.nodes[id];
        if (node && !touches[id]) touches[id] = newTouch(node);
      }
      return { ...e, touches };
    }),
  );
}

export function untouchNode(experimentId: Id, nodeId: Id): Operation {
  return op('Remove touch', (doc) =>
    withExperiment(doc, experimentId, (e) => {
      if (!e.touches[nodeId]) return e;
      const touches = { ...e.touches };
      delete touches[nodeId];
      return { ...e, touches };
    }),
  );
}

/** Touch mode's click: touches the node, or removes the touch if it is there. */
export function toggleTouch(experimentId: Id, nodeId: Id): Operation {
  return {
    name: 'Touch node',
    apply(doc) {
      const e = doc.experiments[experimentId];
      if (!e) return doc;
      return (e.touches[nodeId] ? untouchNode(experimentId, nodeId) : touchNodes(experimentId, [nodeId])).apply(doc);
    },
  };
}

export function updateTouch(experimentId: Id, nodeId: Id, patch: Partial<Omit<Touch, 'nodeId'>>, name = 'Edit touch'): Operation {
  return op(name, (doc) =>
    withExperiment(doc, experimentId, (e) => {
      const t = e.touches[nodeId];
      if (!t) return e;
      return { ...e, touches: { ...e.touches, [nodeId]: { ...t, ...patch } } };
    }),
  );
}

export function addLogEntry(experimentId: Id, entry: LogEntry): Operation {
  return op('Add log entry', (doc) => withExperiment(doc, experimentId, (e) => ({ ...e, log: { ...e.log, [entry.id]: entry } })));
}

export function updateLogEntry(experimentId: Id, entryId: Id, patch: Partial<Omit<LogEntry, 'id'>>, name = 'Edit log entry'): Operation {
  return op(name, (doc) =>
    withExperiment(doc, experimentId, (e) => {
      const entry = e.log[entryId];
      if (!entry) return e;
      return { ...e, log: { ...e.log, [entryId]: { ...entry, ...patch } } };
    }),
  );
}

export function removeLogEntry(experimentId: Id, entryId: Id): Operation {
  return op('Delete log entry', (doc) =>
    withExperiment(doc, experimentId, (e) => {
      const log = { ...e.log };
      delete log[entryId];
      return { ...e, log };
    }),
  );
}

// ---- reading experiments ----

/** A touch whose node is no longer on the map. */
export const isOrphaned = (doc: MapDocument, touch: Touch) => !Object.hasOwn(doc.nodes, touch.nodeId);

export function orphanedTouches(doc: MapDocument): { experiment: Experiment; touch: Touch }[] {
  return Object.values(doc.experiments).flatMap((experiment) =>
    Object.values(experiment.touches)
      .filter((t) => isOrphaned(doc, t))
      .map((touch) => ({ experiment, touch })),
  );
}

/** The experiments touching each node, for badges and the inspector. */
export function experimentsByNode(doc: MapDocument): Map<Id, Experiment[]> {
  const byNode = new Map<Id, Experiment[]>();
  for (const e of Object.values(doc.experiments)) {
    for (const nodeId of Object.keys(e.touches)) {
      const list = byNode.get(nodeId);
      if (list) list.push(e);
      else byNode.set(nodeId, [e]);
    }
  }
  return byNode;
}

/** Log entries in date order, newest first. */
export function sortedLog(e: Experiment): LogEntry[] {
  return Object.values(e.log).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Observed went the other way from what was intended: a prompt for learning. */
export function isSurprise(intended: IntendedEffect, observed: ObservedEffect): boolean {
  return (intended === 'strengthen' && observed === 'down') || (intended === 'weaken' && observed === 'up');
}

/** When a node is touched by several experiments, its badge shows the liveliest status. */
const LIVELINESS: ExperimentStatus[] = ['running', 'designing', 'idea', 'concluded', 'stopped'];
export const liveliest = (statuses: ExperimentStatus[]): ExperimentStatus => LIVELINESS.find((p) => statuses.includes(p)) ?? 'idea';
