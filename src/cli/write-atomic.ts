/**
 * Every file the CLI writes goes to a temporary file in the same folder first
 * and is then renamed over the target. A rename within one folder is atomic,
 * so `layout m.json --out m.json` or an export interrupted half-way (disk full,
 * Ctrl-C, a crash) leaves the old file whole instead of a truncated one.
 */
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where the bytes really go: through a symbolic link to its file, so the link itself survives. */
async function target(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const final = await target(path);
  const existing = await stat(final).catch(() => null);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
  const temp = join(dirname(final), `.${basename(final)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // wx: never follow or reuse something already at the temporary name.
    await writeFile(temp, data, { flag: 'wx' });
    // An existing file keeps its permissions.
    if (existing) await chmod(temp, existing.mode & 0o7777);
    await rename(temp, final);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}
