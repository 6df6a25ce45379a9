/**
 * Asking the browser to keep the library. Without persistent storage a
 * browser may clear a site's data when the disk runs low ("best effort");
 * navigator.storage.persist() asks it not to. Browsers decide on their own
 * (Chrome and Edge grant it to sites the user engages with, Firefox may ask),
 * so the answer is shown to the user in the library dialog.
 */

export type Keeping = 'unknown' | 'persistent' | 'best-effort' | 'memory';

/** The part of navigator.storage this needs. */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

export async function askToKeep(manager: StorageManagerLike | undefined, libraryPersistent: boolean): Promise<Keeping> {
  if (!libraryPersistent) return 'memory';
  try {
    if (await manager?.persisted?.()) return 'persistent';
    return (await manager?.persist?.()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export const KEEPING_TEXT: Record<Keeping, string> = {
  unknown: 'Checking whether this browser will keep your maps…',
  persistent: 'This browser keeps your maps until you delete them.',
  'best-effort': 'This browser may clear your maps when space runs low: keep a file too (Save…).',
  memory: 'This browser is not keeping your maps: use Save… to keep each one as a file.',
};
