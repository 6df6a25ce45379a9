/**
 * How a map document lives in a Y.Doc. One top-level Y.Map per part of the
 * document, one nested Y.Map per record, one entry per field:
 *
 *   file         id, schemaVersion
 *   meta         title, description, focalNodeId, scale, authors, createdAt, updatedAt
 *   nodes        node id -> Y.Map of the node's fields; `notes` is a Y.Map note id -> note
 *   links        link id -> Y.Map of the link's fields
 *   clusters     theme id -> Y.Map of the theme's fields
 *   experiments  experiment id -> Y.Map of its fields; `touches` is a Y.Map node id ->
 *                Y.Map of the touch's fields, `log` a Y.Map entry id -> Y.Map of the entry's fields
 *   loopNames    loop key -> name
 *   perspectives, linkViews, ratingRounds, views, reflections
 *                id -> Y.Map of the record's fields (version 3)
 *   comments     thread id -> Y.Map of its fields; `comments` is a Y.Map comment id ->
 *                Y.Map of the comment's fields, so two replies at once both stay
 *
 * Why a Y.Map per record: Yjs resolves a conflict per map entry, so two people
 * changing different fields of one node (label and theme) both win, while two
 * people changing the same field end with one of their values, whole. That is
 * also why labels are plain strings rather than Y.Text: a merged mix of two
 * labels ("Food pricesAccess to food") helps nobody.
 *
 * A record's id is its key and is not repeated inside it, so a key and an id
 * can never disagree. Field values are plain JSON, stored whole: a position
 * moves as one {x, y} (two concurrent drags end at one person's drop point,
 * not x from one and y from the other), tags and authors are replaced whole.
 * Parts that several people add to at once are keyed maps instead, so that
 * both additions survive: a node's notes, an experiment's touches and its log
 * entries. Touches and log entries are edited field by field in the
 * experiments panel (one person records the observed effect while another
 * writes the evidence), so each is a Y.Map of fields; a note is one text, so it
 * is stored whole.
 */
import * as Y from 'yjs';

export const PARTS = [
  'file',
  'meta',
  'nodes',
  'links',
  'clusters',
  'experiments',
  'loopNames',
  'perspectives',
  'linkViews',
  'ratingRounds',
  'comments',
  'views',
  'reflections',
] as const;
export type Part = (typeof PARTS)[number];

/** The collections of id-keyed records. */
export const COLLECTIONS = ['nodes', 'links', 'clusters', 'experiments', 'perspectives', 'linkViews', 'ratingRounds', 'comments', 'views', 'reflections'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Fields of a node and an experiment that are keyed maps in the Y.Doc rather than whole values. */
export const NODE_NOTES = 'notes';
export const EXPERIMENT_TOUCHES = 'touches';
export const EXPERIMENT_LOG = 'log';
export const THREAD_COMMENTS = 'comments';

export type YRecord = Y.Map<unknown>;

export interface RoomMaps {
  file: Y.Map<unknown>;
  meta: Y.Map<unknown>;
  nodes: Y.Map<YRecord>;
  links: Y.Map<YRecord>;
  clusters: Y.Map<YRecord>;
  experiments: Y.Map<YRecord>;
  loopNames: Y.Map<unknown>;
  perspectives: Y.Map<YRecord>;
  linkViews: Y.Map<YRecord>;
  ratingRounds: Y.Map<YRecord>;
  comments: Y.Map<YRecord>;
  views: Y.Map<YRecord>;
  reflections: Y.Map<YRecord>;
}

/** The top-level maps of a room's Y.Doc (created on first use, as Yjs does). */
export function roomMaps(ydoc: Y.Doc): RoomMaps {
  return {
    file: ydoc.getMap('file'),
    meta: ydoc.getMap('meta'),
    nodes: ydoc.getMap('nodes'),
    links: ydoc.getMap('links'),
    clusters: ydoc.getMap('clusters'),
    experiments: ydoc.getMap('experiments'),
    loopNames: ydoc.getMap('loopNames'),
    perspectives: ydoc.getMap('perspectives'),
    linkViews: ydoc.getMap('linkViews'),
    ratingRounds: ydoc.getMap('ratingRounds'),
    comments: ydoc.getMap('comments'),
    views: ydoc.getMap('views'),
    reflections: ydoc.getMap('reflections'),
  };
}

/** True once a map has been written into the Y.Doc (a fresh room has no file id yet). */
export function hasMap(ydoc: Y.Doc): boolean {
  return typeof roomMaps(ydoc).file.get('id') === 'string';
}
