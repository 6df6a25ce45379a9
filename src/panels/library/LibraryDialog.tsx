/** The maps kept in this browser: open, rename, duplicate, delete, and restore what was deleted. */
import { useEffect, useRef, useState } from 'react';
import { appSession, useLibrary, useMapStore } from '../../ui/appSession.ts';
import { deleteMap, duplicateMap, newMap, openFromLibrary, purgeMap, refreshLibrary, renameMap, restoreMap } from '../../services/maps.ts';
import type { LibraryEntry } from '../../services/library/library.ts';
import { StorageNote } from './StorageNote.tsx';
import { VersionList } from './VersionList.tsx';
import { OPENABLE_FILES, openChosenFiles } from '../../services/imports/open.ts';
import { warmImport } from '../import/ImportHost.tsx';
import { count } from '../../model/plural.ts';

function when(iso: string) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function Row({ entry: stored, current, close }: { entry: LibraryEntry; current: boolean; close(): void }) {
  // The open map's row shows its live title: the library copy may be a moment behind.
  const liveTitle = useMapStore((s) => s.doc.meta.title);
  const entry = current ? { ...stored, title: liveTitle } : stored;
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(entry.title);
  const [showVersions, setShowVersions] = useState(false);
  return (
    <li className={`library__row${current ? ' is-current' : ''}${showVersions ? ' library__row--versions' : ''}`}>
      {renaming ? (
        <form
          className="library__rename"
          onSubmit={(e) => {
            e.preventDefault();
            setRenaming(false);
            if (title.trim()) void renameMap(appSession, entry.id, title.trim());
          }}
        >
          <input aria-label={`New name for ${entry.title}`} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <button type="submit">Save name</button>
        </form>
      ) : (
        <div className="library__entry">
          <button
            type="button"
            className="library__open"
            onClick={() => {
              void openFromLibrary(appSession, entry.id);
              close();
            }}
          >
            {/* The name says what the button does and still contains the words it shows (WCAG 2.5.3). */}
            <span className="visually-hidden">Open </span>
            <span className="library__title">{entry.title}</span>
          </button>
          <span className="muted">
            {count(entry.nodeCount, 'node')} · {when(entry.updatedAt)} {current && '· open now'}
          </span>
        </div>
      )}
      <div className="library__actions">
        <button type="button" onClick={() => setShowVersions(!showVersions)} aria-expanded={showVersions} aria-label={`Versions of ${entry.title}`}>
          Versions
        </button>
        <button type="button" onClick={() => setRenaming(!renaming)} aria-label={`Rename ${entry.title}`}>
          Rename
        </button>
        <button type="button" onClick={() => void duplicateMap(appSession, entry.id)} aria-label={`Duplicate ${entry.title}`}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={() => void deleteMap(appSession, entry.id)} aria-label={`Delete ${entry.title}`}>
          Delete
        </button>
      </div>
      {showVersions && <VersionList mapId={entry.id} title={entry.title} onRestored={close} />}
    </li>
  );
}

export function LibraryDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const entries = useLibrary((s) => s.entries);
  const currentId = useMapStore((s) => s.doc.id);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      void refreshLibrary(appSession);
      d.showModal();
    }
    if (!open && d.open) d.close();
  }, [open]);

  const live = entries.filter((e) => !e.deletedAt);
  const deleted = entries.filter((e) => e.deletedAt);

  return (
    <dialog ref={ref} className="library" aria-labelledby="library-heading" onClose={onClose}>
      <header className="library__header">
        <h2 id="library-heading">Your maps</h2>
        <button
          type="button"
          onClick={() => {
            void newMap(appSession);
            onClose();
          }}
        >
          New map
        </button>
        <button
          type="button"
          onClick={() => {
            warmImport();
            importInput.current?.click();
          }}
          title="Import a map file: ours, or another tool’s (Kumu, PRSM, Mental Modeler, GraphML, GEXF, DOT, CSV)">
          Import a file…
        </button>
        <input
          ref={importInput}
          type="file"
          accept={OPENABLE_FILES}
          multiple
          hidden
          aria-label="Map file to import"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (!files.length) return;
            onClose();
            void openChosenFiles(appSession, files);
          }}
        />
        <button type="button" onClick={onClose} aria-label="Close the map library">
          Close
        </button>
      </header>
      <p className="muted">Maps are kept in this browser only. Use Save… to share one as a file.</p>
      <StorageNote />
      <ul className="library__list" aria-label="Maps in this browser">
        {live.map((e) => (
          <Row key={e.id} entry={e} current={e.id === currentId} close={onClose} />
        ))}
      </ul>
      {deleted.length > 0 && (
        <>
          <h3>Recently deleted</h3>
          <ul className="library__list" aria-label="Recently deleted maps">
            {deleted.map((e) => (
              <li key={e.id} className="library__row">
                <span className="library__title">{e.title}</span>
                <div className="library__actions">
                  <button type="button" onClick={() => void restoreMap(appSession, e.id)} aria-label={`Restore ${e.title}`}>
                    Restore
                  </button>
                  <button type="button" className="danger" onClick={() => void purgeMap(appSession, e.id)} aria-label={`Delete forever: ${e.title}`}>
                    Delete forever
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </dialog>
  );
}
