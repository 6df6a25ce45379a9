/**
 * Live co-mapping: the map document in a Yjs Y.Doc. See docs/sync.md.
 * The store integration needs SharedMap; the rest is for providers, the
 * room server (room export) and tests.
 */
export { SharedMap, type ApplyOptions, type SharedMapOptions } from './sharedMap.ts';
export { applyToYDoc } from './write.ts';
export { MapProjection, readYDoc, type ProjectionListener } from './project.ts';
export { NO_PRIVATE_NOTES, privateNotesOf, updatePrivateNotes, withPrivateNotes, type PrivateNotes } from './privateNotes.ts';
export { LocalUndo, COALESCE_MS } from './undo.ts';
export { hasMap, roomMaps, PARTS } from './shape.ts';
