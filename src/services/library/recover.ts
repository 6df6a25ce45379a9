/**
 * Start-up recovery: edits the journal holds but the library may not (the
 * tab was closed or killed before IndexedDB finished) are written back.
 * An entry is used only when it is valid and at least as new as the library's
 * copy, so a stale entry never overwrites later work.
 */
import { parseMapValue } from '../../model/load.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import type { Journal } from './journal.ts';
import type { MapLibrary } from './library.ts';

/** Returns the recovered maps, by id; each is in the library unless the write failed (then only here). */
export async function replayJournal(library: MapLibrary, journal: Journal): Promise<Map<Id, MapDocument>> {
  const recovered = new Map<Id, MapDocument>();
  for (const entry of journal.entries().sort((a, b) => a.at - b.at)) {
    const parsed = parseMapValue(entry.doc);
    if (!parsed.ok || parsed.doc.id !== entry.mapId) {
      journal.remove(entry.mapId);
      continue;
    }
    const stored = await library.load(entry.mapId).catch(() => null);
    const storedAt = stored?.ok ? Date.parse(stored.doc.meta.updatedAt) : -Infinity;
    if (entry.at < storedAt) {
      journal.remove(entry.mapId);
      continue;
    }
    recovered.set(entry.mapId, parsed.doc);
    try {
      await library.save(parsed.doc);
      // In a memory-only library the journal is the only copy that outlives the tab: keep it.
      if (library.persistent) journal.remove(entry.mapId);
    } catch {
      // Left in the journal; autosave retries once the map is open.
    }
  }
  return recovered;
}
