/**
 * The map as the app sees it: a projection of the Y.Doc, kept up to date
 * incrementally. Yjs tells us, per transaction, which records changed
 * (observeDeep events: a key of a collection, or a path into one record);
 * only those are read again. Every record that did not change keeps its old
 * object, and so does every collection with no changed record, so React's
 * memo and the canvas derivation (src/canvas/toFlow.ts) skip them.
 *
 * The result always passes the loader's checks (src/model/load.ts): records
 * are validated as they are read (read.ts) and what merging broke is repaired
 * (repair.ts). The author's private notes are merged back in (privateNotes.ts).
 */
import * as Y from 'yjs';
import type {
  CommentThread,
  Theme,
  Experiment,
  Id,
  Link,
  LinkView,
  MapDocument,
  MapMeta,
  MapNode,
  Perspective,
  RatingRound,
  Reflection,
  SavedView,
} from '../model/types.ts';
import { SCHEMA_VERSION } from '../model/types.ts';
import { linkViewSchema, perspectiveSchema, ratingRoundSchema, reflectionSchema, savedViewSchema } from '../model/schema.ts';
import { defaultPerspectives } from '../model/sensemaking.ts';
import { sameValue } from './equal.ts';
import { NO_PRIVATE_NOTES, withPrivateNotes, type PrivateNotes } from './privateNotes.ts';
import { readTheme, readExperiment, readLink, readLoopNames, readMapId, readMeta, readNode, readRoomVersion, readThread, recordReader } from './read.ts';
import { linkHolds, repairMeta, repairNode, threadHolds } from './repair.ts';
import { COLLECTIONS, PARTS, roomMaps, type Collection, type Part, type RoomMaps } from './shape.ts';

/** What changed since the last projection. */
interface Pending {
  all: boolean;
  file: boolean;
  meta: boolean;
  loopNames: boolean;
  records: Record<Collection, Set<Id>>;
  /** Nodes whose private notes changed (they are not in the Y.Doc, so Yjs cannot say). */
  privateNodes: Set<Id>;
}

const nothingPending = (): Pending => ({
  all: false,
  file: false,
  meta: false,
  loopNames: false,
  records: Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<Id>()])) as Record<Collection, Set<Id>>,
  privateNodes: new Set(),
});

const everythingPending = (): Pending => ({ ...nothingPending(), all: true });

const isPending = (p: Pending) =>
  p.all || p.file || p.meta || p.loopNames || p.privateNodes.size > 0 || COLLECTIONS.some((c) => p.records[c].size > 0);

/** The records as read from the Y.Doc, before repair and private notes: kept so a repair can be undone when its cause is. */
interface Raw {
  id: Id | null;
  meta: MapMeta | null;
  nodes: Map<Id, MapNode>;
  links: Map<Id, Link>;
  clusters: Map<Id, Theme>;
  experiments: Map<Id, Experiment>;
  loopNames: Record<string, string>;
  version: number | null;
  perspectives: Map<Id, Perspective>;
  linkViews: Map<Id, LinkView>;
  ratingRounds: Map<Id, RatingRound>;
  comments: Map<Id, CommentThread>;
  views: Map<Id, SavedView>;
  reflections: Map<Id, Reflection>;
}

const emptyRaw = (): Raw => ({
  id: null,
  meta: null,
  nodes: new Map(),
  links: new Map(),
  clusters: new Map(),
  experiments: new Map(),
  loopNames: {},
  version: null,
  perspectives: new Map(),
  linkViews: new Map(),
  ratingRounds: new Map(),
  comments: new Map(),
  views: new Map(),
  reflections: new Map(),
});

const readPerspective = recordReader<Perspective>(perspectiveSchema);
const readLinkView = recordReader<LinkView>(linkViewSchema);
const readRound = recordReader<RatingRound>(ratingRoundSchema);
const readView = recordReader<SavedView>(savedViewSchema);
const readReflection = recordReader<Reflection>(reflectionSchema);

/**
 * Reads the whole Y.Doc into a map document, reusing `previous`'s record
 * objects wherever a record came out the same. Null when the room holds no
 * map yet. For a live room use MapProjection, which re-reads only what changed.
 */
export function readYDoc(ydoc: Y.Doc, previous: MapDocument | null = null, privateNotes: PrivateNotes = NO_PRIVATE_NOTES): MapDocument | null {
  return project(roomMaps(ydoc), emptyRaw(), everythingPending(), previous, privateNotes);
}

export type ProjectionListener = (doc: MapDocument | null, origin: unknown) => void;
/** Told that the map changed, and by what origin, without it being read: for whoever reads it later (once a frame). */
export type ChangeListener = (origin: unknown) => void;

export class MapProjection {
  private readonly maps: RoomMaps;
  private readonly raw = emptyRaw();
  private pending = everythingPending();
  private output: MapDocument | null = null;
  private readonly listeners = new Set<ProjectionListener>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly unobserve: (() => void)[] = [];

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly privateNotes: () => PrivateNotes = () => NO_PRIVATE_NOTES,
  ) {
    this.maps = roomMaps(ydoc);
    for (const c of COLLECTIONS) {
      const coll = this.maps[c];
      const seen = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const ids = this.pending.records[c];
        for (const event of events) {
          // A key of the collection itself (a record added or deleted), or a change inside one record.
          if (event.target === coll) for (const key of event.keys.keys()) ids.add(key);
          else ids.add(String(event.path[0]));
        }
      };
      coll.observeDeep(seen);
      this.unobserve.push(() => coll.unobserveDeep(seen));
    }
    for (const part of ['file', 'meta', 'loopNames'] as const) {
      const seen = () => {
        this.pending[part] = true;
      };
      this.maps[part].observe(seen);
      this.unobserve.push(() => this.maps[part].unobserve(seen));
    }
    ydoc.on('afterTransaction', this.afterTransaction);
  }

  /** The map now; computed on demand, so a burst of remote updates costs one re-read. */
  current(): MapDocument | null {
    if (isPending(this.pending)) {
      const pending = this.pending;
      this.pending = nothingPending();
      this.output = project(this.maps, this.raw, pending, this.output, this.privateNotes());
    }
    return this.output;
  }

  /** The author's private notes of these nodes changed: they are re-merged on the next read. */
  privateNotesChanged(nodeIds: Iterable<Id>): void {
    for (const id of nodeIds) this.pending.privateNodes.add(id);
  }

  /** Called after every transaction that changed the map, local or remote, with its origin. */
  subscribe(listener: ProjectionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every change, like subscribe, but the map is only read when someone asks (current()). */
  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Tells listeners about changes no transaction announced (private notes), if there are any. */
  flush(origin: unknown): void {
    if (!isPending(this.pending)) return;
    for (const listener of this.changeListeners) listener(origin);
    if (!this.listeners.size) return;
    const doc = this.current();
    for (const listener of this.listeners) listener(doc, origin);
  }

  destroy(): void {
    for (const off of this.unobserve) off();
    this.ydoc.off('afterTransaction', this.afterTransaction);
    this.listeners.clear();
    this.changeListeners.clear();
  }

  private readonly afterTransaction = (tr: Y.Transaction) => this.flush(tr.origin);
}

function project(maps: RoomMaps, raw: Raw, pending: Pending, previous: MapDocument | null, privateNotes: PrivateNotes): MapDocument | null {
  // Without a previous projection to build on, everything is read.
  const all = pending.all || !previous;
  if (all || pending.file) {
    raw.id = readMapId(maps);
    raw.version = readRoomVersion(maps);
  }
  if (all || pending.meta) raw.meta = readMeta(maps);
  if (all || pending.loopNames) raw.loopNames = readLoopNames(maps);

  const nodes = refresh(raw.nodes, maps.nodes, all, pending.records.nodes, readNode);
  const clusters = refresh(raw.clusters, maps.clusters, all, pending.records.clusters, readTheme);
  const links = refresh(raw.links, maps.links, all, pending.records.links, readLink);
  const experiments = refresh(raw.experiments, maps.experiments, all, pending.records.experiments, readExperiment);
  const perspectives = refresh(raw.perspectives, maps.perspectives, all, pending.records.perspectives, readPerspective);
  const linkViews = refresh(raw.linkViews, maps.linkViews, all, pending.records.linkViews, readLinkView);
  const ratingRounds = refresh(raw.ratingRounds, maps.ratingRounds, all, pending.records.ratingRounds, readRound);
  const comments = refresh(raw.comments, maps.comments, all, pending.records.comments, readThread);
  const views = refresh(raw.views, maps.views, all, pending.records.views, readView);
  const reflections = refresh(raw.reflections, maps.reflections, all, pending.records.reflections, readReflection);

  if (raw.id === null || raw.meta === null) return null;

  // Repairs depend on other records: a theme coming or going changes its
  // nodes, a node coming or going changes its links.
  for (const n of pending.privateNodes) nodes.dirty.add(n);
  if (clusters.cameOrWent.size) for (const n of raw.nodes.values()) if (n.clusterId && clusters.cameOrWent.has(n.clusterId)) nodes.dirty.add(n.id);
  if (nodes.cameOrWent.size) {
    for (const l of raw.links.values()) if (nodes.cameOrWent.has(l.source) || nodes.cameOrWent.has(l.target)) links.dirty.add(l.id);
  }
  // A view of a link, or a thread on a node or link, goes when what it is about goes.
  const linkIdsChanged = new Set([...links.dirty, ...links.cameOrWent]);
  if (linkIdsChanged.size) {
    for (const v of raw.linkViews.values()) if (linkIdsChanged.has(v.linkId)) linkViews.dirty.add(v.id);
  }
  if (linkIdsChanged.size || nodes.cameOrWent.size) {
    for (const t of raw.comments.values()) if (linkIdsChanged.has(t.target.id) || nodes.cameOrWent.has(t.target.id)) comments.dirty.add(t.id);
  }
  if (linkViews.cameOrWent.size || ratingRounds.cameOrWent.size) {
    for (const v of raw.linkViews.values()) if (v.roundId && ratingRounds.cameOrWent.has(v.roundId)) linkViews.dirty.add(v.id);
  }

  const prev = all ? null : previous;
  const next: MapDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: raw.id,
    meta: keep(previous?.meta, repairMeta(raw.meta, raw.nodes)),
    nodes: rebuild(prev?.nodes, previous?.nodes, raw.nodes, nodes.dirty, (n) => withPrivateNotes(repairNode(n, raw.clusters), privateNotes[n.id])),
    links: rebuild(prev?.links, previous?.links, raw.links, links.dirty, (l) => (linkHolds(l, raw.nodes) ? l : null)),
    clusters: rebuild(prev?.clusters, previous?.clusters, raw.clusters, clusters.dirty, (c) => c),
    experiments: rebuild(prev?.experiments, previous?.experiments, raw.experiments, experiments.dirty, (e) => e),
    loopNames: keep(previous?.loopNames, raw.loopNames),
    perspectives: readPerspectives(prev, previous, raw, perspectives.dirty),
    linkViews: rebuild(prev?.linkViews, previous?.linkViews, raw.linkViews, linkViews.dirty, (v) =>
      linkHolds(raw.links.get(v.linkId), raw.nodes) && (v.roundId === null || raw.ratingRounds.has(v.roundId)) ? v : null,
    ),
    ratingRounds: rebuild(prev?.ratingRounds, previous?.ratingRounds, raw.ratingRounds, ratingRounds.dirty, (r) => r),
    comments: rebuild(prev?.comments, previous?.comments, raw.comments, comments.dirty, (t) => (threadHolds(t, raw.nodes, raw.links) ? t : null)),
    views: rebuild(prev?.views, previous?.views, raw.views, views.dirty, (v) => v),
    reflections: rebuild(prev?.reflections, previous?.reflections, raw.reflections, reflections.dirty, (r) => r),
  };
  if (previous && previous.id === next.id && OUTPUT_PARTS.every((k) => previous[k] === next[k])) {
    return previous;
  }
  return next;
}

/** The parts of the document a projection builds: every part of the room but `file` (its id and version). */
const OUTPUT_PARTS = PARTS.filter((p): p is Exclude<Part, 'file'> => p !== 'file') satisfies readonly (keyof MapDocument)[];

/** A room from before version 3 has no perspectives yet: it shows the defaults, which its first writer stores (write.ts). */
function readPerspectives(prev: MapDocument | null | undefined, previous: MapDocument | null, raw: Raw, dirty: Set<Id>): Record<Id, Perspective> {
  if (raw.version !== null && raw.version < SCHEMA_VERSION && raw.perspectives.size === 0) {
    return previous && Object.keys(previous.perspectives).length && sameValue(previous.perspectives, defaultPerspectives()) ? previous.perspectives : defaultPerspectives();
  }
  return rebuild(prev?.perspectives, previous?.perspectives, raw.perspectives, dirty, (p) => p);
}

/** Re-reads the changed records into the raw cache; says which records changed and which came or went. */
function refresh<T>(
  cache: Map<Id, T>,
  coll: Y.Map<Y.Map<unknown>>,
  all: boolean,
  changed: Set<Id>,
  read: (id: Id, ymap: Y.Map<unknown> | undefined) => T | null,
): { dirty: Set<Id>; cameOrWent: Set<Id> } {
  const ids = all ? new Set([...cache.keys(), ...coll.keys()]) : changed;
  const cameOrWent = new Set<Id>();
  for (const id of ids) {
    const record = read(id, coll.get(id));
    const had = cache.has(id);
    if (record) cache.set(id, record);
    else cache.delete(id);
    if (had !== !!record) cameOrWent.add(id);
  }
  return { dirty: new Set(ids), cameOrWent };
}

/**
 * The output collection: `base` (the previous output, or null to build
 * afresh) with the dirty records made again; each made record that equals the
 * previous one keeps the previous object, and an unchanged collection keeps
 * its object.
 */
function rebuild<T, U>(
  base: Record<Id, U> | undefined | null,
  previous: Record<Id, U> | undefined,
  cache: Map<Id, T>,
  dirty: Set<Id>,
  make: (record: T) => U | null,
): Record<Id, U> {
  if (base && !dirty.size) return base;
  let changed = !base;
  const out: Record<Id, U> = base ? { ...base } : {};
  const ids = base ? dirty : cache.keys();
  for (const id of ids) {
    const record = cache.get(id);
    const made = record === undefined ? null : make(record);
    const old = previous && Object.hasOwn(previous, id) ? previous[id] : undefined;
    if (made === null) {
      if (Object.hasOwn(out, id)) {
        delete out[id];
        changed = true;
      }
      continue;
    }
    const kept = old !== undefined && sameValue(old, made) ? old : made;
    if (out[id] !== kept || !Object.hasOwn(out, id)) changed = true;
    out[id] = kept;
  }
  if (!changed && base) return base;
  // Built afresh, the collection may still be the same as before: keep that object then.
  if (!base && previous && sameKeysAndObjects(previous, out)) return previous;
  return out;
}

function sameKeysAndObjects<U>(a: Record<Id, U>, b: Record<Id, U>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

function keep<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && sameValue(previous, next) ? previous : next;
}
