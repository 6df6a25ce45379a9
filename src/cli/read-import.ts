/**
 * Opening another tool's file where a command expects a map: the System
 * Canvas loader first, then the importers (src/formats/detect.ts). Kept out
 * of read-map.ts so that file stays the plain loader.
 */
import { parseMapText, type LoadResult } from '../model/load.ts';
import { importFile } from '../formats/detect.ts';
import type { ImportResult } from '../formats/types.ts';
import type { CliIo } from './types.ts';

/** What was imported, for commands that say so (convert); null for a System Canvas file. */
export type ReadOutcome = LoadResult & { imported?: ImportResult };

export async function readAnyMap(path: string, io: CliIo): Promise<ReadOutcome> {
  // Bytes when the io can give them: a workbook is not text.
  const bytes = io.readBytes ? await io.readBytes(path) : new TextEncoder().encode(await io.readFile(path));
  const text = new TextDecoder().decode(bytes);
  const own = parseMapText(text);
  if (own.ok) return own;
  const outcome = await importFile({ name: path.split(/[\\/]/).pop() ?? path, bytes });
  if (!outcome.ok) return { ok: false, problems: outcome.problems };
  return { ok: true, doc: outcome.result.doc, migratedFrom: null, imported: outcome.result };
}
