/**
 * Every change to a map is a named operation: a pure function from one
 * document to the next. Undo/redo, autosave and (later) a shared real-time
 * document all hang off this one place. Ids are chosen by the caller before
 * the operation is built, so applying it twice gives the same result.
 */
import { newId } from './ids.ts';
import { clampCoordinate } from './positions.ts';
import { nextThemeColour } from './palette.ts';
import { emptySensemaking } from './sensemaking.ts';
import type { Theme, Id, Link, MapDocument, MapMeta, MapNode, NodeKind, Position } from './types.ts';
import { SCHEMA_VERSION, STRENGTH_LEVELS } from './types.ts';

export interface Operation {
  /** Shown in the undo/redo tooltips, e.g. "Add factor". */
  name: string;
  apply(doc: MapDocument): MapDocument;
}

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

function without<T>(record: Record<Id, T>, ids: Iterable<Id>): Record<Id, T> {
  const out = { ...record };
  for (const id of ids) delete out[id];
  return out;
}

const DEFAULT_LABELS: Record<NodeKind, string> = {
  actor: 'New actor',
  factor: 'New factor',
  outcome: 'New outcome',
};

export function newNode(kind: NodeKind, position: Position, fields: Partial<MapNode> = {}): MapNode {
  return {
    id: newId('n'),
    kind,
    label: DEFAULT_LABELS[kind],
    description: '',
    clusterId: null,
    tags: [],
    notes: [],
    ...(kind === 'actor' ? { actorType: 'organisation' as const } : {}),
    ...(kind === 'factor' ? { factorType: 'condition' as const } : {}),
    ...fields,
    position: { x: clampCoordinate(position.x), y: clampCoordinate(position.y) },
  };
}

export function newLink(source: Id, target: Id, fields: Partial<Link> = {}): Link {
  return {
    id: newId('l'),
    source,
    target,
    polarity: '+',
    strength: STRENGTH_LEVELS.medium,
    confidence: 'medium',
    delay: false,
    label: '',
    evidence: '',
    ...fields,
  };
}

export function createMap(fields: Partial<MapMeta> = {}, now = new Date().toISOString()): MapDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId('map'),
    meta: {
      title: 'Untitled map',
      description: '',
      focalNodeId: null,
      scale: 'place',
      authors: [],
      createdAt: now,
      updatedAt: now,
      ...fields,
    },
    nodes: {},
    links: {},
    clusters: {},
    experiments: {},
    loopNames: {},
    ...emptySensemaking(),
  };
}

// ---- nodes ----

export function addNode(node: MapNode): Operation {
  return op(`Add ${node.kind}`, (doc) => ({ ...doc, nodes: { ...doc.nodes, [node.id]: node } }));
}

export type NodePatch = Partial<Omit<MapNode, 'id'>>;

export function updateNode(id: Id, patch: NodePatch, name = 'Edit node'): Operation {
  return op(name, (doc) => {
    const node = doc.nodes[id];
    if (!node) return doc;
    const next: MapNode = { ...node, ...patch };
    let meta = doc.meta;
    // An outcome that stops being an outcome cannot stay the focal outcome.
    if (patch.kind && patch.kind !== 'outcome' && doc.meta.focalNodeId === id) meta = { ...meta, focalNodeId: null };
    return { ...doc, meta, nodes: { ...doc.nodes, [id]: next } };
  });
}

export function renameNode(id: Id, label: string): Operation {
  return updateNode(id, { label }, 'Rename');
}

export function moveNodes(positions: Record<Id, Position>, name?: string): Operation {
  const count = Object.keys(positions).length;
  return op(name ?? (count === 1 ? 'Move node' : `Move ${count} nodes`), (doc) => {
    const nodes = { ...doc.nodes };
    let moved = false;
    for (const [id, p] of Object.entries(positions)) {
      const node = nodes[id];
      // Kept inside the bound the file format sets, so a map moved far away can still be saved and reopened.
      const x = clampCoordinate(p.x);
      const y = clampCoordinate(p.y);
      if (!node || (node.position.x === x && node.position.y === y)) continue;
      nodes[id] = { ...node, position: { x, y } };
      moved = true;
    }
    return moved ? { ...doc, nodes } : doc;
  });
}

/** Removes nodes and links; links touching a removed node go with it. */
export function removeElements(nodeIds: Id[], linkIds: Id[] = []): Operation {
  const total = nodeIds.length + linkIds.length;
  const name = total === 1 ? (nodeIds.length ? 'Delete node' : 'Delete link') : `Delete ${total} items`;
  return op(name, (doc) => {
    const gone = new Set(nodeIds);
    const deadLinks = new Set(linkIds);
    for (const l of Object.values(doc.links)) if (gone.has(l.source) || gone.has(l.target)) deadLinks.add(l.id);
    const meta = doc.meta.focalNodeId && gone.has(doc.meta.focalNodeId) ? { ...doc.meta, focalNodeId: null } : doc.meta;
    // People's views of a removed link, and threads on what was removed, go with it (undo brings them back).
    const deadViews = Object.values(doc.linkViews).filter((v) => deadLinks.has(v.linkId)).map((v) => v.id);
    const deadThreads = Object.values(doc.comments)
      .filter((t) => (t.target.kind === 'node' && gone.has(t.target.id)) || (t.target.kind === 'link' && deadLinks.has(t.target.id)))
      .map((t) => t.id);
    return {
      ...doc,
      meta,
      nodes: without(doc.nodes, gone),
      links: without(doc.links, deadLinks),
      experiments: keepTouchLabels(doc, gone),
      linkViews: deadViews.length ? without(doc.linkViews, deadViews) : doc.linkViews,
      comments: deadThreads.length ? without(doc.comments, deadThreads) : doc.comments,
    };
  });
}

/**
 * Experiments keep their touches of deleted nodes ("orphaned"), with the
 * node's last label so the history stays readable; undo brings the node back.
 */
function keepTouchLabels(doc: MapDocument, gone: Set<Id>): MapDocument['experiments'] {
  let experiments = doc.experiments;
  for (const e of Object.values(doc.experiments)) {
    for (const t of Object.values(e.touches)) {
      const node = doc.nodes[t.nodeId];
      if (!gone.has(t.nodeId) || !node || node.label === t.nodeLabel) continue;
      if (experiments === doc.experiments) experiments = { ...doc.experiments };
      const current = experiments[e.id]!;
      experiments[e.id] = { ...current, touches: { ...current.touches, [t.nodeId]: { ...t, nodeLabel: node.label } } };
    }
  }
  return experiments;
}

// ---- links ----

export function addLink(link: Link): Operation {
  return op('Add link', (doc) => {
    if (!doc.nodes[link.source] || !doc.nodes[link.target] || link.source === link.target) return doc;
    return { ...doc, links: { ...doc.links, [link.id]: link } };
  });
}

export type LinkPatch = Partial<Omit<Link, 'id' | 'source' | 'target'>>;

export function updateLink(id: Id, patch: LinkPatch, name = 'Edit link'): Operation {
  return op(name, (doc) => {
    const link = doc.links[id];
    if (!link) return doc;
    return { ...doc, links: { ...doc.links, [id]: { ...link, ...patch } } };
  });
}

/** Turns a link round: A → B becomes B → A. */
export function reverseLink(id: Id): Operation {
  return op('Reverse link', (doc) => {
    const link = doc.links[id];
    if (!link) return doc;
    return { ...doc, links: { ...doc.links, [id]: { ...link, source: link.target, target: link.source } } };
  });
}

// ---- clusters ----

export function newTheme(doc: MapDocument, name: string): Theme {
  return {
    id: newId('c'),
    name,
    colour: nextThemeColour(Object.values(doc.clusters).map((c) => c.colour)),
    description: '',
  };
}

export function addTheme(theme: Theme): Operation {
  return op('Add theme', (doc) => ({ ...doc, clusters: { ...doc.clusters, [theme.id]: theme } }));
}

export function updateTheme(id: Id, patch: Partial<Omit<Theme, 'id'>>): Operation {
  return op('Edit theme', (doc) => {
    const c = doc.clusters[id];
    if (!c) return doc;
    return { ...doc, clusters: { ...doc.clusters, [id]: { ...c, ...patch } } };
  });
}

/** Removes a theme; its nodes stay on the map without a theme. */
export function removeTheme(id: Id): Operation {
  return op('Delete theme', (doc) => {
    const nodes = { ...doc.nodes };
    for (const n of Object.values(doc.nodes)) if (n.clusterId === id) nodes[n.id] = { ...n, clusterId: null };
    return { ...doc, nodes, clusters: without(doc.clusters, [id]) };
  });
}

// ---- the map itself ----

export function updateMeta(patch: Partial<Omit<MapMeta, 'createdAt' | 'updatedAt'>>, name = 'Edit map'): Operation {
  return op(name, (doc) => ({ ...doc, meta: { ...doc.meta, ...patch } }));
}

export function setFocalOutcome(nodeId: Id | null): Operation {
  return op(nodeId ? 'Set focal outcome' : 'Clear focal outcome', (doc) => {
    if (nodeId !== null && doc.nodes[nodeId]?.kind !== 'outcome') return doc;
    return { ...doc, meta: { ...doc.meta, focalNodeId: nodeId } };
  });
}

/** Names a feedback loop; an empty name removes it. */
export function nameLoop(key: string, name: string): Operation {
  return op(name.trim() ? 'Name loop' : 'Clear loop name', (doc) => {
    const loopNames = { ...doc.loopNames };
    if (name.trim()) loopNames[key] = name;
    else delete loopNames[key];
    return { ...doc, loopNames };
  });
}

/** Several operations as one undo step. */
export function batch(name: string, ops: Operation[]): Operation {
  return op(name, (doc) => ops.reduce((d, o) => o.apply(d), doc));
}
