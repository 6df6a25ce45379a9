/**
 * Defaults and small helpers for the sense-making parts of a map (version 3):
 * perspectives, voices, link views, comments, saved views and reflections.
 * The operations on each live beside it (voices.ts, linkViews.ts,
 * comments.ts, savedViews.ts); this file holds what they all share.
 */
import type { Id, MapDocument, MapFilter, Perspective, Voice } from './types.ts';

/**
 * The perspectives a new map starts with. Their ids are fixed, not random, so
 * two browsers upgrading the same map on their own (or a room and a file)
 * agree on them and merge rather than doubling every perspective.
 */
export const DEFAULT_PERSPECTIVES: readonly Perspective[] = [
  { id: 'p_lived', name: 'Lived experience', order: 0 },
  { id: 'p_practitioner', name: 'Practitioner', order: 1 },
  { id: 'p_manager', name: 'Manager', order: 2 },
  { id: 'p_commissioner', name: 'Commissioner', order: 3 },
  { id: 'p_partner', name: 'Partner organisation', order: 4 },
];

export function defaultPerspectives(): Record<Id, Perspective> {
  return Object.fromEntries(DEFAULT_PERSPECTIVES.map((p) => [p.id, { ...p }]));
}

/** The empty collections a version-3 map has before anyone uses them. */
export function emptySensemaking(): Pick<MapDocument, 'perspectives' | 'linkViews' | 'ratingRounds' | 'comments' | 'views' | 'reflections'> {
  return { perspectives: defaultPerspectives(), linkViews: {}, ratingRounds: {}, comments: {}, views: {}, reflections: {} };
}

/** A filter that leaves everything in. */
export const NO_FILTER: MapFilter = {
  focus: null,
  hiddenThemes: [],
  hiddenKinds: [],
  hiddenTags: [],
  hiddenConfidences: [],
  hiddenPerspectives: [],
  mode: 'fade',
};

/** The key a filter uses for records nobody's voice is on. */
export const NO_PERSPECTIVE = 'none';

/** The perspective a record speaks from, or NO_PERSPECTIVE. */
export function perspectiveOf(record: { voice?: Voice }): string {
  return record.voice?.perspectiveId ?? NO_PERSPECTIVE;
}

/** Perspectives in the order the map lists them. */
export function sortedPerspectives(doc: Pick<MapDocument, 'perspectives'>): Perspective[] {
  return Object.values(doc.perspectives).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
