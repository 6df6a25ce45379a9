/**
 * Undo of my own changes only. A Y.UndoManager that tracks only this
 * client's local origin never takes back a collaborator's edit: undoing my
 * rename restores my old label unless someone has renamed the node since, in
 * which case their label stays (Yjs does not overwrite remote changes).
 *
 * Each named operation is one undo step, as in src/store/history.ts: the
 * manager never merges by its own clock (captureTimeout is effectively
 * infinite) and we call stopCapturing() before every operation except a
 * burst of typing in one field (same coalesceKey within COALESCE_MS), which
 * becomes one step.
 *
 * Our own list of steps sits beside the manager's stacks because some steps
 * have no Yjs change at all: private notes live outside the Y.Doc
 * (privateNotes.ts), so adding one produces no stack item. Each step knows
 * its stack items and the private notes before and after it. Undoing a step
 * undoes exactly its own items (the manager's stack is narrowed to them for
 * the call), so a step whose changes collaborators have since overwritten
 * cannot make the manager run on into an older step's items.
 */
import * as Y from 'yjs';
import type { PrivateNotes } from './privateNotes.ts';
import { PARTS } from './shape.ts';

/** As src/store/history.ts: typing in one field within 2 s is one undo step. */
export const COALESCE_MS = 2000;
/** As src/store/history.ts. */
export const UNDO_LIMIT = 300;

type StackItem = Y.UndoManager['undoStack'][number];

/**
 * Undoing a change to a field deletes my value and restores the one before.
 * When a collaborator set the same field at the same time and lost to me,
 * Yjs will not restore the old value (it would overwrite their change) but
 * would still delete mine, leaving the field with no value at all: a node
 * without a label, which the projection would have to drop. So an undo may
 * delete the current value of a key only when that key was empty before my
 * change (a record or optional field I added); otherwise my value stays,
 * which is a valid map, and where nobody else was involved the old value has
 * already been restored on top of it, so it is no longer the current one.
 * (Uses Yjs's Item fields parent, parentSub and left: stable through Yjs 13.)
 */
function keepsAFieldFilled(item: Y.Item): boolean {
  if (item.parentSub === null || !(item.parent instanceof Y.AbstractType)) return true;
  const isCurrent = item.parent._map.get(item.parentSub) === item;
  return !isCurrent || item.left === null;
}

interface Step {
  name: string;
  items: StackItem[];
  privateBefore: PrivateNotes;
  privateAfter: PrivateNotes;
  coalesceKey?: string;
  at: number;
}

export interface PrivateNotesHolder {
  get(): PrivateNotes;
  set(notes: PrivateNotes): void;
}

export class LocalUndo {
  readonly manager: Y.UndoManager;
  private past: Step[] = [];
  private future: Step[] = [];

  constructor(
    ydoc: Y.Doc,
    origin: unknown,
    private readonly privateNotes: PrivateNotesHolder,
  ) {
    this.manager = new Y.UndoManager(
      PARTS.map((p) => ydoc.getMap(p)),
      { trackedOrigins: new Set([origin]), captureTimeout: Number.MAX_SAFE_INTEGER, deleteFilter: keepsAFieldFilled },
    );
  }

  /**
   * Records one named operation. `write` makes its change to the Y.Doc (one
   * transaction with the tracked origin, or none); the private notes have
   * already been moved from `privateBefore` to the holder's current value.
   */
  record(name: string, coalesceKey: string | undefined, now: number, privateBefore: PrivateNotes, write: () => void): void {
    const last = this.past[this.past.length - 1];
    const coalesce = !!coalesceKey && !!last && last.coalesceKey === coalesceKey && now - last.at < COALESCE_MS;
    if (!coalesce) this.manager.stopCapturing();
    const depth = this.manager.undoStack.length;
    write();
    // A new stack item, or none: merged into the last one (coalescing) or no shared change.
    const added = this.manager.undoStack.length > depth ? this.manager.undoStack[this.manager.undoStack.length - 1]! : null;
    const privateAfter = this.privateNotes.get();
    if (coalesce && last) {
      if (added) last.items.push(added);
      last.at = now;
      last.privateAfter = privateAfter;
    } else if (added || privateAfter !== privateBefore) {
      this.past.push({ name, items: added ? [added] : [], privateBefore, privateAfter, coalesceKey, at: now });
      if (this.past.length > UNDO_LIMIT) this.forget(this.past.splice(0, this.past.length - UNDO_LIMIT));
    } else return;
    this.future = [];
    this.manager.clear(false, true);
  }

  canUndo(): boolean {
    return this.past.length > 0;
  }

  canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The name of the step Undo would take back ("Rename"), for the tooltip. */
  undoName(): string | null {
    return this.past[this.past.length - 1]?.name ?? null;
  }

  redoName(): string | null {
    return this.future[this.future.length - 1]?.name ?? null;
  }

  /** Takes back my last step that still has something to take back; returns its name. */
  undo(): string | null {
    for (let step = this.past.pop(); step; step = this.past.pop()) {
      const items = this.run('undo', step.items);
      const privateChanged = this.privateNotes.get() !== step.privateBefore;
      this.privateNotes.set(step.privateBefore);
      this.manager.stopCapturing();
      // Nothing left of it (collaborators changed all it touched): go on to the one before.
      if (!items.length && !privateChanged) continue;
      this.future.push({ ...step, items });
      return step.name;
    }
    return null;
  }

  redo(): string | null {
    for (let step = this.future.pop(); step; step = this.future.pop()) {
      const items = this.run('redo', step.items);
      const privateChanged = this.privateNotes.get() !== step.privateAfter;
      this.privateNotes.set(step.privateAfter);
      this.manager.stopCapturing();
      if (!items.length && !privateChanged) continue;
      this.past.push({ ...step, items });
      return step.name;
    }
    return null;
  }

  /** A new room or a reset: nothing before it can be undone. */
  clear(): void {
    this.past = [];
    this.future = [];
    this.manager.clear();
  }

  destroy(): void {
    this.manager.destroy();
  }

  /**
   * Undoes (or redoes) exactly these stack items, newest first, and returns
   * the items the manager made for the opposite direction.
   */
  private run(kind: 'undo' | 'redo', items: StackItem[]): StackItem[] {
    const from = kind === 'undo' ? 'undoStack' : 'redoStack';
    const to = kind === 'undo' ? 'redoStack' : 'undoStack';
    const others = this.manager[from].filter((item) => !items.includes(item));
    const depth = this.manager[to].length;
    this.manager[from] = [...items];
    try {
      while (this.manager[from].length) {
        if (kind === 'undo') this.manager.undo();
        else this.manager.redo();
      }
    } finally {
      this.manager[from] = others;
    }
    return this.manager[to].slice(depth);
  }

  private forget(steps: Step[]): void {
    const gone = new Set(steps.flatMap((s) => s.items));
    this.manager.undoStack = this.manager.undoStack.filter((item) => !gone.has(item));
  }
}
