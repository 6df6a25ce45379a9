/**
 * Reading a file without trusting what it says about itself. stat() reports
 * 0 bytes for /dev/zero, a pipe or a terminal, so the size limit is enforced
 * while reading: chunks are read until the end or until one byte past the
 * limit, and then reading stops. Nothing bigger than the limit is ever held.
 */
import { open } from 'node:fs/promises';
import { ReadError } from './types.ts';

const CHUNK = 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function tooBig(max: number, size?: number): ReadError {
  const what = size === undefined ? `more than ${megabytes(max)}` : megabytes(size);
  return new ReadError(`the file is ${what}; maps are at most ${max / 1048576} MB`);
}

/** The bytes of a file, or a ReadError once it passes max bytes. Rejects with Node's error for a missing file or a folder. */
export async function readAtMost(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    // A regular file that says it is too big is refused without reading; a size of 0 proves nothing (devices, pipes).
    if (info.isFile() && info.size > max) throw tooBig(max, info.size);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw tooBig(max);
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
