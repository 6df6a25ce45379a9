/**
 * Other people's words stay as the room has them. The room server refuses an
 * editor's update that changes, deletes or forges another person's comment or
 * view of a link (server/authorship.ts) and closes the connection; so before
 * an editor's operation is written to the room, whatever it would do to
 * other people's comments and views is taken back out. Deleting a node or a
 * link therefore leaves others' views and threads on it in the room, hidden
 * (the projection shows only those whose link or target is there), and Undo
 * brings them back with it.
 */
import type { CommentThread, MapDocument } from '../model/types.ts';

export function keepOthersWords(before: MapDocument, after: MapDocument, me: string): MapDocument {
  const linkViews = keepViews(before.linkViews, after.linkViews, me);
  const comments = keepComments(before.comments, after.comments, me);
  return linkViews === after.linkViews && comments === after.comments ? after : { ...after, linkViews, comments };
}

function keepViews(before: MapDocument['linkViews'], after: MapDocument['linkViews'], me: string): MapDocument['linkViews'] {
  if (before === after) return after;
  let next: MapDocument['linkViews'] | null = null;
  const edit = () => (next ??= { ...after });
  for (const [id, view] of Object.entries(before)) if (view.voice.personId !== me && after[id] !== view) edit()[id] = view;
  for (const [id, view] of Object.entries(after)) if (!before[id] && view.voice.personId !== me) delete edit()[id];
  return next ?? after;
}

const othersIn = (thread: CommentThread, me: string) => Object.values(thread.comments).some((c) => c.voice.personId !== me);

function keepComments(before: MapDocument['comments'], after: MapDocument['comments'], me: string): MapDocument['comments'] {
  if (before === after) return after;
  let next: MapDocument['comments'] | null = null;
  const edit = () => (next ??= { ...after });
  // A thread deleted with other people's comments in it stays.
  for (const [id, was] of Object.entries(before)) if (!after[id] && othersIn(was, me)) edit()[id] = was;
  for (const [id, now] of Object.entries(after)) {
    const was = before[id];
    if (now === was) continue;
    let comments: CommentThread['comments'] | null = null;
    const change = () => (comments ??= { ...now.comments });
    for (const [cid, c] of Object.entries(was?.comments ?? {})) if (c.voice.personId !== me && now.comments[cid] !== c) change()[cid] = c;
    for (const [cid, c] of Object.entries(now.comments)) if (!was?.comments[cid] && c.voice.personId !== me) delete change()[cid];
    if (!comments) continue;
    if (Object.keys(comments).length) edit()[id] = { ...now, comments };
    else delete edit()[id];
  }
  return next ?? after;
}
