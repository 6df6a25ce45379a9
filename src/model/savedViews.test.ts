import { describe, expect, it } from 'vitest';
import { createMap } from './operations.ts';
import {
  editViewQuestion,
  moveView,
  newSavedView,
  orderBetween,
  presentation,
  removeView,
  renameView,
  saveView,
  setPresented,
  sortedViews,
  updateView,
} from './savedViews.ts';
import type { MapDocument } from './types.ts';
import { NO_FILTER } from './sensemaking.ts';

const VP = { x: 10, y: 20, zoom: 1.5 };

function withViews(titles: string[]): MapDocument {
  let doc = createMap();
  for (const title of titles) doc = saveView(newSavedView(doc, { title, viewport: VP })).apply(doc);
  return doc;
}
const titles = (doc: MapDocument) => sortedViews(doc).map((v) => v.title);
const idOf = (doc: MapDocument, title: string) => sortedViews(doc).find((v) => v.title === title)!.id;

describe('saved views', () => {
  it('saves a view last, in the presentation, with its viewport, lens and filter', () => {
    const doc = withViews(['Whole map', 'Food loop']);
    const [a, b] = sortedViews(doc);
    expect(a!.order).toBeLessThan(b!.order);
    expect(b).toMatchObject({ title: 'Food loop', viewport: VP, lens: { kind: 'none' }, filter: NO_FILTER, presented: true, question: '' });
  });

  it('names an untitled view and caps long text at 500 characters', () => {
    const doc = createMap();
    const v = newSavedView(doc, { title: '  ', question: 'q'.repeat(900), viewport: VP });
    expect(v.title).toBe('View 1');
    expect(v.question).toHaveLength(500);
  });

  it('renames, edits the question, and keeps the old title when the new one is empty', () => {
    let doc = withViews(['One']);
    const id = idOf(doc, 'One');
    doc = renameView(id, 'Stress loop').apply(doc);
    doc = editViewQuestion(id, 'What keeps this loop going?').apply(doc);
    doc = renameView(id, '   ').apply(doc);
    expect(doc.views[id]).toMatchObject({ title: 'Stress loop', question: 'What keeps this loop going?' });
    expect(renameView('missing', 'x').apply(doc)).toBe(doc);
  });

  it('updates the viewport and lens of a view', () => {
    let doc = withViews(['One']);
    const id = idOf(doc, 'One');
    doc = updateView(id, { viewport: { x: 0, y: 0, zoom: 2 }, lens: { kind: 'coverage' }, frame: { width: 800, height: 600 } }).apply(doc);
    expect(doc.views[id]).toMatchObject({ viewport: { x: 0, y: 0, zoom: 2 }, lens: { kind: 'coverage' }, frame: { width: 800, height: 600 } });
  });

  it('puts views in and out of the presentation', () => {
    let doc = withViews(['A', 'B', 'C']);
    doc = setPresented(idOf(doc, 'B'), false).apply(doc);
    expect(presentation(doc).map((v) => v.title)).toEqual(['A', 'C']);
    expect(setPresented(idOf(doc, 'B'), true).name).toBe('Put view in presentation');
  });

  it('deletes a view; reflections noted in it stay, no longer tied to it', () => {
    let doc = withViews(['A', 'B']);
    const id = idOf(doc, 'A');
    doc = { ...doc, reflections: { r1: { id: 'r1', date: '2026-01-01', text: 'noticed', viewId: id, nodeIds: [], createdAt: '2026-01-01T00:00:00Z' } } };
    doc = removeView(id).apply(doc);
    expect(titles(doc)).toEqual(['B']);
    expect(doc.reflections.r1!.viewId).toBeNull();
  });

  it('moves a view up and down by changing only its own order', () => {
    let doc = withViews(['A', 'B', 'C', 'D']);
    const before = { ...doc.views };
    doc = moveView(idOf(doc, 'D'), 'up').apply(doc);
    expect(titles(doc)).toEqual(['A', 'B', 'D', 'C']);
    const changed = Object.keys(doc.views).filter((id) => doc.views[id] !== before[id]);
    expect(changed).toEqual([idOf(doc, 'D')]);
    doc = moveView(idOf(doc, 'A'), 'down').apply(doc);
    expect(titles(doc)).toEqual(['B', 'A', 'D', 'C']);
    doc = moveView(idOf(doc, 'B'), 'up').apply(doc);
    expect(titles(doc)).toEqual(['B', 'A', 'D', 'C']);
    doc = moveView(idOf(doc, 'B'), 'down').apply(doc);
    doc = moveView(idOf(doc, 'C'), 'up').apply(doc);
    expect(titles(doc)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('keeps reordering after many moves between the same two places', () => {
    let doc = withViews(['A', 'B', 'C']);
    for (let i = 0; i < 200; i++) doc = moveView(idOf(doc, i % 2 ? 'B' : 'C'), 'up').apply(doc);
    expect(new Set(titles(doc)).size).toBe(3);
    expect(titles(doc)[0]).toBe('A');
  });

  it('orders between neighbours, and at either end', () => {
    expect(orderBetween(undefined, undefined)).toBe(0);
    expect(orderBetween(undefined, 3)).toBe(2);
    expect(orderBetween(3, undefined)).toBe(4);
    expect(orderBetween(1, 2)).toBe(1.5);
  });
});
