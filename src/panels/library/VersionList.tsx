/** A map's automatic versions, newest first, each restorable (restoring is one undoable step). */
import { useEffect, useState } from 'react';
import { appSession } from '../../ui/appSession.ts';
import { openFromLibrary } from '../../services/maps.ts';
import { describeVersionTime, listVersions, restoreVersion } from '../../services/library/snapshots.ts';
import type { VersionInfo, VersionReason } from '../../services/library/versions.ts';
import './versions.css';

const REASON: Record<VersionReason, string> = {
  editing: 'while editing',
  'before-open-file': 'before opening a file',
  'before-delete': 'before deleting',
  'before-layout': 'before a layout',
  'before-restore': 'before restoring a version',
};

const nodes = (n: number) => `${n} ${n === 1 ? 'node' : 'nodes'}`;

export function VersionList({ mapId, title, onRestored }: { mapId: string; title: string; onRestored(): void }) {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    listVersions(appSession, mapId).then(
      (list) => live && setVersions(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mapId]);

  const id = `versions-${mapId}`;
  return (
    <section className="versions" aria-labelledby={id}>
      <h4 id={id} className="versions__heading">
        Versions of {title}
      </h4>
      {failed ? (
        <p className="versions__empty">The versions could not be read from this browser’s storage.</p>
      ) : versions === null ? (
        <p className="versions__empty">Reading versions…</p>
      ) : versions.length === 0 ? (
        <p className="versions__empty">No versions yet. System Canvas keeps one every few minutes while you edit, and before a layout, opening a file or deleting.</p>
      ) : (
        <ol className="versions__list">
          {versions.map((v) => {
            const time = describeVersionTime(v.at);
            return (
              <li key={v.id} className="versions__item">
                <span className="versions__when">{time}</span>
                <span className="versions__what">
                  {nodes(v.nodeCount)} · {REASON[v.reason] ?? 'kept automatically'}
                  {v.title !== title && ` · titled “${v.title}”`}
                </span>
                <button
                  type="button"
                  aria-label={`Restore the version from ${time}`}
                  onClick={() => {
                    void restoreVersion(appSession, mapId, v, (openId) => openFromLibrary(appSession, openId)).then((ok) => ok && onRestored());
                  }}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
