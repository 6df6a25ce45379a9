/** How notes are ordered and bounded in a room; no Yjs here, so the app can use it before a room's code loads. */
import type { Note } from '../model/types.ts';

export const MAX_NOTES = 1000;

/** Notes oldest first, as the file format keeps them; ties by id so every client agrees. */
export function byCreation(a: Note, b: Note): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
