/** The top bar: adding to the map, history, files and the library. Every button's name starts with its verb. */
import { useReactFlow } from '@xyflow/react';
import { useRef } from 'react';

import { KindIcon } from '../ui/KindIcon.tsx';
import { addNodeInView } from '../services/actions.ts';
import { downloadMap } from '../services/fileIO.ts';
import { OPENABLE_FILES, openChosenFiles } from '../services/imports/open.ts';
import { NewMapMenu } from './NewMapMenu.tsx';
import { LayoutMenu } from './LayoutMenu.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { LiveToolbar } from '../panels/live/LiveToolbar.tsx';
import { warmImport } from '../panels/import/ImportHost.tsx';
import { appSession, useMapStore } from '../ui/appSession.ts';
import { ProjectorReading } from './ProjectorReading.tsx';

interface Props {
  canvasRef: React.RefObject<HTMLElement | null>;
  onOpenLibrary(): void;
  onExport(): void;
  onOpenStack(): void;
}

export function Toolbar({ canvasRef, onOpenLibrary, onExport, onOpenStack }: Props) {
  const rf = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const undoName = useMapStore((s) => s.history.past[s.history.past.length - 1]?.name);
  const redoName = useMapStore((s) => s.history.future[0]?.name);
  const title = useMapStore((s) => s.doc.meta.title);
  // Before the first map is open (start-up, or a room link waiting for the person's name) the store's blank map is no one's.
  const opened = useMapStore((s) => s.openCount > 0);

  return (
    <header className="toolbar">
      <div className="toolbar__brand" title={title}>
        <span className="toolbar__app">
          System Canvas <SaveIndicator />
        </span>
        <h1 className="toolbar__title">{opened ? title || 'Untitled map' : 'Opening a map…'}</h1>
      </div>
      <div className="toolbar__group toolbar__add" aria-label="Add to the map" role="group">
        <span className="toolbar__caption" aria-hidden="true">
          Add
        </span>
        {(['actor', 'factor', 'outcome'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => addNodeInView(appSession, kind, rf, canvasRef.current)}
            aria-keyshortcuts={kind[0]!.toUpperCase()}
            aria-label={`Add ${kind}`}
            title={`Add ${kind} (${kind[0]!.toUpperCase()})`}
          >
            <KindIcon kind={kind} /> {kind[0]!.toUpperCase() + kind.slice(1)}
          </button>
        ))}
      </div>
      <div className="toolbar__group" role="group" aria-label="History">
        <button
          type="button"
          onClick={() => useMapStore.getState().undo()}
          disabled={!undoName}
          aria-label={undoName ? `Undo ${undoName}` : 'Undo'}
          title={`Undo${undoName ? ` ${undoName}` : ''} (Ctrl+Z)`}
          aria-keyshortcuts="Control+Z"
        >
          <span aria-hidden="true" className="icon">↶</span>
        </button>
        <button
          type="button"
          onClick={() => useMapStore.getState().redo()}
          disabled={!redoName}
          aria-label={redoName ? `Redo ${redoName}` : 'Redo'}
          title={`Redo${redoName ? ` ${redoName}` : ''} (Ctrl+Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z"
        >
          <span aria-hidden="true" className="icon">↷</span>
        </button>
      </div>
      <LayoutMenu />
      <ProjectorReading />
      <LiveToolbar />
      <div className="toolbar__group toolbar__files" role="group" aria-label="Maps and files">
        <NewMapMenu />
        <button type="button" onClick={onOpenLibrary} title="Open a map from this browser's library">
          Maps…
        </button>
        <button type="button" onClick={onOpenStack} title="The learning stack: this map with the maps at other scales, their patterns and enablers">
          Stack
        </button>
        <button
          type="button"
          onClick={() => {
            warmImport();
            fileInput.current?.click();
          }}
          title="Open a map file: ours, or Kumu, PRSM, Mental Modeler, GraphML, GEXF, DOT or CSV (Ctrl+O)" aria-keyshortcuts="Control+O">
          Open…
        </button>
        <button
          type="button"
          onClick={() => downloadMap(useMapStore.getState().doc)}
          title="Save the map to a file (Ctrl+S)"
          aria-keyshortcuts="Control+S"
        >
          Save…
        </button>
        <button type="button" onClick={onExport} title="Export a PDF, PNG or SVG for printing and sharing">
          Export…
        </button>
        <input
          ref={fileInput}
          id="open-file-input"
          type="file"
          accept={OPENABLE_FILES}
          multiple
          hidden
          aria-label="Map file to open"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void openChosenFiles(appSession, files);
          }}
        />
      </div>
    </header>
  );
}
