/**
 * Saved views: a place on the map (viewport), a lens and a filter, with a
 * title and a question for the group. Those `presented` make the
 * presentation, in `order`. Orders are fractional, so moving a view writes
 * one record (in a room, one person's reorder never rewrites everyone's).
 */
import { newId } from './ids.ts';
import type { Operation } from './operations.ts';
import { NO_FILTER } from './sensemaking.ts';
import type { Id, MapDocument, SavedView } from './types.ts';

/** As the file format caps them. */
export const MAX_VIEW_TEXT = 500;

const op = (name: string, apply: (doc: MapDocument) => MapDocument): Operation => ({ name, apply });

const clip = (text: string) => text.slice(0, MAX_VIEW_TEXT);

/** Every view, in presentation order (the views list shows them so too). */
export function sortedViews(doc: MapDocument): SavedView[] {
  return Object.values(doc.views).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The views in the presentation, in order. */
export function presentation(doc: MapDocument): SavedView[] {
  return sortedViews(doc).filter((v) => v.presented);
}

/** An order after every view on the map: a new view goes last. */
export function orderAfterAll(doc: MapDocument): number {
  const orders = Object.values(doc.views).map((v) => v.order);
  return orders.length ? Math.floor(Math.max(...orders)) + 1 : 0;
}

export function newSavedView(doc: MapDocument, fields: Partial<SavedView> & Pick<SavedView, 'viewport'>): SavedView {
  const view: SavedView = {
    id: newId('v'),
    title: '',
    question: '',
    lens: { kind: 'none' },
    filter: NO_FILTER,
    presented: true,
    order: orderAfterAll(doc),
    createdAt: new Date().toISOString(),
    ...fields,
  };
  return { ...view, title: clip(view.title.trim() || `View ${Object.keys(doc.views).length + 1}`), question: clip(view.question) };
}

export function saveView(view: SavedView): Operation {
  return op('Save view', (doc) => ({ ...doc, views: { ...doc.views, [view.id]: view } }));
}

export type ViewPatch = Partial<Pick<SavedView, 'title' | 'question' | 'viewport' | 'frame' | 'lens' | 'filter' | 'presented'>>;

function withView(doc: MapDocument, id: Id, change: (v: SavedView) => SavedView): MapDocument {
  const v = doc.views[id];
  if (!v) return doc;
  return { ...doc, views: { ...doc.views, [id]: change(v) } };
}

export function updateView(id: Id, patch: ViewPatch, name = 'Edit view'): Operation {
  return op(name, (doc) =>
    withView(doc, id, (v) => {
      const next = { ...v, ...patch };
      // An emptied title would leave a nameless row and a blank slide: the old one stays.
      if (patch.title !== undefined) next.title = clip(patch.title.trim()) || v.title;
      if (patch.question !== undefined) next.question = clip(patch.question);
      return next;
    }),
  );
}

export const renameView = (id: Id, title: string) => updateView(id, { title }, 'Rename view');

export const editViewQuestion = (id: Id, question: string) => updateView(id, { question }, 'Edit view question');

export function setPresented(id: Id, presented: boolean): Operation {
  return updateView(id, { presented }, presented ? 'Put view in presentation' : 'Take view out of presentation');
}

export function removeView(id: Id): Operation {
  return op('Delete view', (doc) => {
    if (!doc.views[id]) return doc;
    const views = { ...doc.views };
    delete views[id];
    // A reflection noted in this view keeps its text; it is no longer tied to a view.
    const tied = Object.values(doc.reflections).filter((r) => r.viewId === id);
    if (!tied.length) return { ...doc, views };
    const reflections = { ...doc.reflections };
    for (const r of tied) reflections[r.id] = { ...r, viewId: null };
    return { ...doc, views, reflections };
  });
}

/**
 * An order between two neighbours (either may be missing, at the ends). Two
 * views that share an order (copies merged in a room) still get one between.
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return before + (after - before) / 2;
}

/** Moves a view one place up (earlier) or down (later) in the list, by giving it an order past its neighbour. */
export function moveView(id: Id, direction: 'up' | 'down'): Operation {
  return op(direction === 'up' ? 'Move view up' : 'Move view down', (doc) => {
    const list = sortedViews(doc);
    const i = list.findIndex((v) => v.id === id);
    if (i < 0) return doc;
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return doc;
    // The neighbour, and the one beyond it: the view lands between them.
    const beyond = direction === 'up' ? list[j - 1] : list[j + 1];
    const neighbour = list[j]!;
    const order = direction === 'up' ? orderBetween(beyond?.order, neighbour.order) : orderBetween(neighbour.order, beyond?.order);
    // Halving forever runs out of digits: past that, renumber the whole list once.
    if (order === neighbour.order || order === beyond?.order) return renumbered(doc, list, i, j);
    return withView(doc, id, (v) => ({ ...v, order }));
  });
}

function renumbered(doc: MapDocument, list: SavedView[], i: number, j: number): MapDocument {
  const ids = list.map((v) => v.id);
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  const views = { ...doc.views };
  ids.forEach((vid, k) => (views[vid] = { ...views[vid]!, order: k }));
  return { ...doc, views };
}
