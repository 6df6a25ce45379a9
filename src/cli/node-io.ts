/** The real file system and terminal, for src/cli/main.ts and tests that use real files. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../model/load.ts';
import { ReadError, type CliIo } from './types.ts';

export async function nodeReadFile(path: string): Promise<string> {
  // TextDecoder drops a leading byte-order mark, as the browser does when the app opens a file.
  return new TextDecoder().decode(await nodeReadBytes(path));
}

export async function nodeReadBytes(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
  // Refuse before reading, so a huge file is never pulled into memory.
  if (info.size > MAX_FILE_BYTES) {
    throw new ReadError(`the file is ${(info.size / 1048576).toFixed(1)} MB; maps are at most ${MAX_FILE_BYTES / 1048576} MB`);
  }
  return new Uint8Array(await readFile(path));
}

export function nodeIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: nodeReadFile,
    readBytes: nodeReadBytes,
  };
}
