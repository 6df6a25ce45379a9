/**
 * What went wrong with the browser's storage, in plain words. Browsers report
 * storage trouble as DOMException names; the user needs to know what happened
 * and what to do, not the name.
 */

const cut = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function describeStorageError(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError') return 'the space this browser gives System Canvas is full';
  if (name === 'SecurityError') return 'this browser does not let pages keep data (a private window, or site data is blocked)';
  if (name === 'InvalidStateError') return 'the browser closed its storage (it may be shutting down or clearing site data)';
  if (name === 'UnknownError') return 'the browser could not write to its storage (the disk may be full)';
  if (name === 'TimeoutError' || message === 'storage did not answer') {
    return 'the browser’s storage did not answer (another tab or window may be holding it, or it is blocked)';
  }
  if (message === 'this browser has no IndexedDB') return 'this browser has no storage for pages';
  return `the browser refused to save (${cut(message.replace(/\s+/g, ' '))})`;
}
