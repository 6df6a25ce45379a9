/**
 * One open map in a room, as the store will use it: the Y.Doc, the
 * projection the store shows, the author's private notes and the undo of my
 * own changes, behind the same verbs the store has today (dispatch an
 * operation, undo, redo). It knows nothing of the network: a provider
 * (Hocuspocus, y-indexeddb, a test connector) exchanges the Y.Doc's updates.
 */
import * as Y from 'yjs';
import { keepOthersWords } from './othersWords.ts';
import type { Operation } from '../model/operations.ts';
import type { MapDocument } from '../model/types.ts';
import { MapProjection, type ProjectionListener } from './project.ts';
import { NO_PRIVATE_NOTES, privateNotesOf, updatePrivateNotes, type PrivateNotes } from './privateNotes.ts';
import { LocalUndo } from './undo.ts';
import { applyToYDoc } from './write.ts';

export interface SharedMapOptions {
  /** The author's private notes kept from an earlier session (IndexedDB later). */
  privateNotes?: PrivateNotes;
  /** Told whenever the private notes change, to keep them. */
  onPrivateNotesChange?: (notes: PrivateNotes) => void;
  /**
   * Whether I may change the parts only facilitators change (rating rounds).
   * The room server refuses such a write from anyone else and closes the
   * connection; so an operation that would change them (restoring a version,
   * say) keeps the room's rounds as they are. Absent: I may.
   */
  mayFacilitate?: () => boolean;
  /**
   * My participant id in the room. Other people's comments and views of
   * links are theirs: the server refuses an editor changing them, so an
   * operation that would (deleting the link they are about, say) leaves them
   * as the room has them (src/sync/othersWords.ts). Absent: no such rule.
   */
  me?: () => string;
}

export interface ApplyOptions {
  /** Consecutive operations with one key (typing in one field) are one undo step. */
  coalesceKey?: string;
  /** The time of the change (ms); stamped as meta.updatedAt. */
  now?: number;
}

export class SharedMap {
  /** The origin of my own transactions: the only one undo tracks. */
  readonly origin = { who: 'me' };
  /** The origin of putting a whole map into the room: not undoable. */
  readonly loadOrigin = { who: 'load' };
  private readonly projection: MapProjection;
  private readonly undoer: LocalUndo;
  private privateNotes: PrivateNotes;

  constructor(
    readonly ydoc: Y.Doc,
    private readonly options: SharedMapOptions = {},
  ) {
    this.privateNotes = options.privateNotes ?? NO_PRIVATE_NOTES;
    this.projection = new MapProjection(ydoc, () => this.privateNotes);
    this.undoer = new LocalUndo(ydoc, this.origin, { get: () => this.privateNotes, set: (notes) => this.setPrivateNotes(notes) });
  }

  /** The map as this person sees it (private notes included); null until the room holds a map. */
  get doc(): MapDocument | null {
    return this.projection.current();
  }

  /** The private notes that are only in this browser. */
  get myPrivateNotes(): PrivateNotes {
    return this.privateNotes;
  }

  /**
   * Puts a whole map into the room (sharing one's own map). Its private notes
   * stay here. Not an undo step: undoing it would empty the room for everyone.
   */
  share(doc: MapDocument): void {
    this.setPrivateNotes(privateNotesOf(doc));
    applyToYDoc(this.ydoc, this.doc, doc, this.loadOrigin);
    this.undoer.clear();
    this.projection.flush(this.loadOrigin);
  }

  /** Applies one named operation as one transaction and one undo step. False when it changed nothing. */
  apply(op: Operation, options: ApplyOptions = {}): boolean {
    const before = this.doc;
    if (!before) return false;
    const applied = op.apply(before);
    if (applied === before) return false;
    const now = options.now ?? Date.now();
    const facilitator = this.options.mayFacilitate?.() !== false;
    const me = this.options.me?.();
    const stamped: MapDocument = {
      ...applied,
      meta: { ...applied.meta, updatedAt: new Date(now).toISOString() },
      ...(facilitator ? {} : { ratingRounds: before.ratingRounds }),
    };
    const after = !facilitator && me !== undefined ? keepOthersWords(before, stamped, me) : stamped;
    const privateBefore = this.privateNotes;
    this.undoer.record(op.name, options.coalesceKey, now, privateBefore, () => {
      // Private notes move first, so the projection made after the transaction already has them.
      this.setPrivateNotes(updatePrivateNotes(privateBefore, before, after).store);
      applyToYDoc(this.ydoc, before, after, this.origin);
    });
    this.projection.flush(this.origin);
    return true;
  }

  undo(): string | null {
    const name = this.undoer.undo();
    this.projection.flush(this.origin);
    return name;
  }

  redo(): string | null {
    const name = this.undoer.redo();
    this.projection.flush(this.origin);
    return name;
  }

  canUndo = () => this.undoer.canUndo();
  canRedo = () => this.undoer.canRedo();
  undoName = () => this.undoer.undoName();
  redoName = () => this.undoer.redoName();

  /** Called with the new map after every change, mine or a collaborator's, and the change's origin. */
  subscribe(listener: ProjectionListener): () => void {
    return this.projection.subscribe(listener);
  }

  /**
   * Called after every change with its origin only: the map is read when asked for (doc), so a burst
   * of others' updates shown once a frame is read once, not once per update.
   */
  onChange(listener: (origin: unknown) => void): () => void {
    return this.projection.onChange(listener);
  }

  /** True when a change came from this person (this tab), not from the room. */
  isMine(origin: unknown): boolean {
    return origin === this.origin || origin === this.loadOrigin || origin === this.undoer.manager;
  }

  destroy(): void {
    this.undoer.destroy();
    this.projection.destroy();
  }

  private setPrivateNotes(notes: PrivateNotes): void {
    if (notes === this.privateNotes) return;
    const old = this.privateNotes;
    this.privateNotes = notes;
    const changed = new Set<string>();
    for (const id of new Set([...Object.keys(old), ...Object.keys(notes)])) if (old[id] !== notes[id]) changed.add(id);
    this.projection.privateNotesChanged(changed);
    this.options.onPrivateNotesChange?.(notes);
  }
}
