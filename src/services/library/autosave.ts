/**
 * Autosave: every change to the open map reaches the library within a second,
 * and is never lost on the way.
 * - Each change goes to the write-ahead journal at once, in the same task as
 *   the edit (journal.ts), so closing or reloading the tab right after it
 *   loses nothing. The first edit after a pause is also written to IndexedDB
 *   at once, in the same task, which survives a killed browser process once the write has
 *   finished (a few milliseconds); edits made while a write is under way are
 *   folded into one write shortly after (30-300 ms, longer for bigger maps). The journal entry goes once
 *   IndexedDB has the same state.
 * - A failed write is shown at once (the save banner, in plain words), the
 *   edit stays in memory and is retried with growing pauses; a newer edit
 *   replaces the waiting one, so the retry always writes the latest state.
 * - Each map's waiting state is kept apart, so switching maps while a write
 *   is pending or failing never drops the first map's edits.
 */
import type { Id, MapDocument } from '../../model/types.ts';
import { notify, type Session } from '../session.ts';
import { createJournal, type Journal } from './journal.ts';
import type { MapLibrary } from './library.ts';
import { describeStorageError } from './storageErrors.ts';

export interface AutosaveOptions {
  journal?: Journal;
  /** The longest an edit made during a write waits for the next one. */
  delayMs?: number;
  /** Pauses before each retry of a failed write; the last repeats. */
  retryDelaysMs?: readonly number[];
}

export interface Autosave {
  /** Writes whatever is waiting now. */
  flush(): void;
  stop(): void;
  /** True while some edit is neither in the library nor in the journal (closing the tab would lose it). */
  atRisk(): boolean;
}

interface Job {
  doc: MapDocument;
  /** The journal write holding this state, or null when the journal could not hold it. */
  stamp: number | null;
}

/** The longest an edit waits behind a write under way (big maps); small maps wait about MIN_FOLD_MS. */
const AUTOSAVE_DELAY_MS = 300;
const MIN_FOLD_MS = 30;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** How long a room's map, as it arrives, waits before its library copy is written. */
const ROOM_ARRIVAL_DELAY_MS = 1_000;

export function startAutosave(s: Session, library: MapLibrary, options: AutosaveOptions = {}): Autosave {
  const journal = options.journal ?? createJournal(null);
  const maxDelay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const waiting = new Map<Id, Job>();
  const atRiskMaps = new Set<Id>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The timer waits only for collaborators' changes: an edit of mine need not wait for it. */
  let timerForOthers = false;
  let writing = false;
  let failures = 0;
  let lastWriteMs = 0;
  const status = (state: 'saved' | 'saving' | 'failed', detail: string | null = null) => {
    // A memory-only library keeps its "not saving" banner whatever happens.
    if (library.persistent) s.saveStatus.getState().set(state, detail);
  };

  const schedule = (ms: number, forOthers = false) => {
    if (timer) clearTimeout(timer);
    timerForOthers = forOthers;
    timer = setTimeout(() => {
      timer = null;
      timerForOthers = false;
      void writeAll();
    }, ms);
  };

  async function writeAll() {
    if (writing) return; // what arrives meanwhile is written when this round ends
    writing = true;
    const round = [...waiting];
    waiting.clear();
    try {
      for (const [index, [id, job]] of round.entries()) {
        try {
          const started = Date.now();
          await library.save(job.doc);
          lastWriteMs = Date.now() - started;
          await library.setLastOpen(s.map.getState().doc.id);
        } catch (err) {
          // Kept in memory for the retry (this map and any not reached yet), unless a newer edit has taken their place.
          for (const [laterId, laterJob] of round.slice(index)) if (!waiting.has(laterId)) waiting.set(laterId, laterJob);
          failures++;
          status('failed', describeStorageError(err));
          schedule(retryDelays[Math.min(failures, retryDelays.length) - 1] ?? 1_000);
          return;
        }
        if (!library.persistent) continue;
        if (job.stamp !== null) journal.clear(id, job.stamp);
        if (!waiting.has(id)) atRiskMaps.delete(id);
      }
      if (failures > 0 && library.persistent) notify(s, 'Saved again: your changes are kept in this browser.');
      failures = 0;
      // Edits made during this round are folded into one write a moment later: soon on a small map
      // (the window for loss stays short), later on a big one (each write costs the page more).
      if (waiting.size) schedule(Math.min(maxDelay, Math.max(MIN_FOLD_MS, 3 * lastWriteMs)));
      else status('saved');
    } finally {
      writing = false;
    }
  }

  s.saveStatus.setState({
    retry: () => {
      if (waiting.size) schedule(0);
    },
  });

  const unsubscribe = s.map.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    const doc = state.doc;
    if (state.shared && state.shared !== prev.shared && !writing && !timer && failures === 0) {
      // A room's map as it arrives: the room (and this browser's copy of it) already keeps it,
      // so its library copy is written a moment later rather than in the task that first shows
      // it (for a 2,000-node room, serialising and cloning it took 30-60 ms there). Nothing is at
      // risk meanwhile; an edit before then replaces it and goes in the same write.
      waiting.set(doc.id, { doc, stamp: null });
      schedule(ROOM_ARRIVAL_DELAY_MS);
      return;
    }
    if (state.shared && state.changedBy === 'others') {
      // Only collaborators' changes: the room and this browser's copy of it keep them, so nothing is
      // at risk. Journaling each (the whole map serialised into localStorage, 2-4 ms for the example)
      // and writing it to the library as it comes cost the page a frame's worth dozens of times a second
      // in a busy workshop; the library copy catches up a moment later instead, in one write. A journal
      // entry of an edit of mine still waiting keeps its stamp, so the write that holds it clears it.
      waiting.set(doc.id, { doc, stamp: waiting.get(doc.id)?.stamp ?? null });
      if (!writing && !timer && failures === 0) schedule(ROOM_ARRIVAL_DELAY_MS, true);
      return;
    }
    const stamp = journal.write(doc);
    waiting.set(doc.id, { doc, stamp });
    if (stamp === null) atRiskMaps.add(doc.id);
    else atRiskMaps.delete(doc.id);
    // While failing, the scheduled retry writes the newest state; writing at every keystroke would not help.
    if (failures > 0) return;
    status('saving');
    // The first edit after a pause is written at once: a browser killed a few milliseconds later still
    // has it (localStorage reaches the disk seconds later; a finished IndexedDB write already has).
    // In the edit's own task: a write started in the next one is lost to a browser killed at once (the
    // storage test kills it right after Enter). IndexedDB copies the whole map as it is handed over (about
    // 35 ms for 5,000 nodes), which a big map's first key press after a pause pays; later ones are folded.
    // Edits while a write is under way wait for it and go together in the next.
    if (!writing && (!timer || timerForOthers)) flush();
  });

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    timerForOthers = false;
    void writeAll();
  }
  const atRisk = () => atRiskMaps.size > 0 && (waiting.size > 0 || writing || !library.persistent);
  // Closing while an edit is only in memory: the browser asks the user to stay.
  const warn = (e: BeforeUnloadEvent) => {
    if (!atRisk()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', warn);
    document.addEventListener('visibilitychange', flush);
  }
  return {
    flush,
    atRisk,
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (hasWindow) {
        window.removeEventListener('pagehide', flush);
        window.removeEventListener('beforeunload', warn);
        document.removeEventListener('visibilitychange', flush);
      }
    },
  };
}
