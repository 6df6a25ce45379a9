/**
 * Versions: a rolling history of snapshots of each map, so a bad edit, a
 * layout or an open-over can be taken back even after the undo history is
 * gone. Each map keeps an index of its versions (small, read to list them)
 * and one record per snapshot. A new snapshot is written before the index
 * that names it, and old snapshots are deleted only after the new index is
 * stored, so a failure at any step leaves every listed version readable.
 */
import type { Id, MapDocument } from '../../model/types.ts';
import type { KeyValue } from './keyValue.ts';

export type VersionReason = 'editing' | 'before-open-file' | 'before-delete' | 'before-layout' | 'before-restore';

export interface VersionInfo {
  id: string;
  mapId: Id;
  /** When the snapshot was taken (ISO time). */
  at: string;
  title: string;
  nodeCount: number;
  reason: VersionReason;
  /** The snapshot's own updatedAt: the same state is never kept twice in a row. */
  docUpdatedAt: string;
}

export const MAX_VERSIONS = 20;
/** The newest versions are all kept; thinning only touches older ones. */
const KEEP_ALL_NEWEST = 10;

const indexKey = (mapId: Id) => `versions:${mapId}`;
const snapshotKey = (mapId: Id, versionId: string) => `version:${mapId}:${versionId}`;

/**
 * Which versions to keep (newest first). Over the limit, the older versions
 * are thinned by dropping the one whose neighbours are closest in time, so
 * what remains spreads back over the map's life rather than bunching up: the
 * last hour in detail, last month in outline. The oldest version stays.
 */
export function thinVersions(list: VersionInfo[], max = MAX_VERSIONS, keepNewest = KEEP_ALL_NEWEST): VersionInfo[] {
  const kept = [...list];
  const time = (v: VersionInfo) => Date.parse(v.at);
  while (kept.length > max) {
    const first = Math.min(keepNewest, kept.length - 2);
    let drop = kept.length - 2;
    let smallest = Infinity;
    for (let i = Math.max(first, 1); i <= kept.length - 2; i++) {
      const gap = time(kept[i - 1]!) - time(kept[i + 1]!);
      if (gap < smallest) {
        smallest = gap;
        drop = i;
      }
    }
    kept.splice(drop, 1);
  }
  return kept;
}

function isVersionList(value: unknown): value is VersionInfo[] {
  return Array.isArray(value) && value.every((v) => v && typeof v === 'object' && typeof (v as VersionInfo).id === 'string');
}

export async function listVersions(kv: KeyValue, mapId: Id): Promise<VersionInfo[]> {
  const raw = await kv.get(indexKey(mapId));
  return isVersionList(raw) ? raw : [];
}

export async function readVersion(kv: KeyValue, mapId: Id, versionId: string): Promise<unknown> {
  return kv.get(snapshotKey(mapId, versionId));
}

let counter = 0;

/** Keeps a snapshot of doc. Returns null when the newest version already holds this very state. */
export async function addVersion(kv: KeyValue, doc: MapDocument, reason: VersionReason, now = new Date()): Promise<VersionInfo | null> {
  const existing = await listVersions(kv, doc.id);
  const newest = existing[0];
  // Two edits in the same millisecond share an updatedAt, so a match is confirmed against the snapshot itself.
  if (newest?.docUpdatedAt === doc.meta.updatedAt && JSON.stringify(await readVersion(kv, doc.id, newest.id)) === JSON.stringify(doc)) return null;
  const info: VersionInfo = {
    id: `v${now.getTime().toString(36)}${(counter++).toString(36)}`,
    mapId: doc.id,
    at: now.toISOString(),
    title: doc.meta.title,
    nodeCount: Object.keys(doc.nodes).length,
    reason,
    docUpdatedAt: doc.meta.updatedAt,
  };
  await kv.set(snapshotKey(doc.id, info.id), doc);
  const kept = thinVersions([info, ...existing]);
  await kv.set(indexKey(doc.id), kept);
  const keptIds = new Set(kept.map((v) => v.id));
  for (const v of existing) {
    // A snapshot left behind by a failed delete costs space, never a version.
    if (!keptIds.has(v.id)) await kv.del(snapshotKey(doc.id, v.id)).catch(() => undefined);
  }
  return info;
}

export async function removeVersions(kv: KeyValue, mapId: Id): Promise<void> {
  const existing = await listVersions(kv, mapId);
  // The index goes first: a half-done removal leaves unlisted snapshots, not listed ones that are gone.
  await kv.del(indexKey(mapId));
  for (const v of existing) await kv.del(snapshotKey(mapId, v.id)).catch(() => undefined);
}
