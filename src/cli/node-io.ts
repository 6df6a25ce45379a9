/** The real file system and terminal, for src/cli/main.ts and tests that use real files. */
import { decodeMapBytes } from '../model/decode.ts';
import { MAX_FILE_BYTES } from '../model/load.ts';
import { readAtMost } from './bounded-read.ts';
import type { CliIo } from './types.ts';

export async function nodeReadFile(path: string): Promise<string> {
  // Never more than the limit from any file, pipe or device; then decoded as the browser's File.text() does.
  return decodeMapBytes(await nodeReadBytes(path));
}

/** The raw bytes, for other tools' files (xlsx is a zip); never more than the limit from any source. */
export async function nodeReadBytes(path: string): Promise<Uint8Array> {
  return readAtMost(path, MAX_FILE_BYTES);
}

export function nodeIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: nodeReadFile,
    readBytes: nodeReadBytes,
  };
}
