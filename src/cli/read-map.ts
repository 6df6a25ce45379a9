/**
 * Loading a map file for any command: the same checks as the app, with
 * file-system failures turned into one plain sentence instead of a stack trace.
 */
import type { MapDocument } from '../model/types.ts';
import { ReadError, type CliIo } from './types.ts';
import { readAnyMap, type ReadOutcome } from './read-import.ts';

/** A System Canvas map, or any file another tool wrote that an importer recognises. */
export async function readMapFile(path: string, io: CliIo): Promise<ReadOutcome> {
  try {
    return await readAnyMap(path, io);
  } catch (err) {
    return { ok: false, problems: [{ where: '', message: describeReadError(err) }] };
  }
}

export function describeReadError(err: unknown): string {
  if (err instanceof ReadError) return err.message;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (part of the path is not a folder)';
    case 'EISDIR':
      return 'this is a folder, not a map file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file: permission denied';
    default:
      return `cannot read the file${err instanceof Error ? ` (${err.message})` : ''}`;
  }
}

/** Reads a map for a command, printing every problem with the file name; null when it cannot be used. */
export async function loadMapOrReport(path: string, io: CliIo): Promise<MapDocument | null> {
  const result = await readMapFile(path, io);
  if (result.ok) return result.doc;
  for (const p of result.problems) io.err(`${path}: ${p.where ? `${p.where}: ` : ''}${p.message}`);
  return null;
}
