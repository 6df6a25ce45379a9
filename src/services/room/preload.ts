/**
 * Imported first by main.tsx, so on a room link the room's code (the
 * Hocuspocus provider, Yjs, y-indexeddb: a chunk of its own) starts
 * downloading before the rest of the app's code has even run, rather than
 * after it. Joining (share.ts) imports the same module and so waits only for
 * whatever of the download is left.
 */
if (new URLSearchParams(location.search).has('room')) void import('./connect.ts');
