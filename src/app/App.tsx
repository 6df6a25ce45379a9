/** The app shell: toolbar on top, canvas in the middle, inspector on the right. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { MapCanvas } from '../canvas/MapCanvas.tsx';
import { SidePanel } from '../panels/SidePanel.tsx';
import { LensBar } from '../canvas/LensBar.tsx';
import { LevelOfDetail } from '../canvas/LevelOfDetail.tsx';
import { TouchModeBanner } from '../canvas/TouchModeBanner.tsx';
import { FilterBanner } from '../canvas/filter/FilterBanner.tsx';
import { LayoutProgress } from '../canvas/LayoutProgress.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ExportDialog } from '../panels/export/ExportDialog.tsx';
import { Legend } from '../panels/Legend.tsx';
import { LibraryDialog } from '../panels/library/LibraryDialog.tsx';
import { Notices } from './Notices.tsx';
import { SaveBanner } from './SaveIndicator.tsx';
import { boot, openLastMap, saveView } from '../services/maps.ts';
import { openChosenFiles } from '../services/imports/open.ts';
import { ImportHost, warmImport } from '../panels/import/ImportHost.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useShortcuts, type ShortcutTargets } from './useShortcuts.ts';
import { Announcer } from './Announcer.tsx';
import { StartPanel } from '../panels/start/StartPanel.tsx';
import { ShortcutsSheet } from './shortcuts/ShortcutsSheet.tsx';
import { LinkCommand } from '../canvas/keyboard/LinkCommand.tsx';
import { useFollowLinks } from '../canvas/keyboard/useFollowLinks.ts';
import { useFocusSelects } from '../canvas/keyboard/useFocusSelects.ts';
import { appSession, useLibrary, useViewStore } from '../ui/appSession.ts';
import { Presence } from '../canvas/live/Presence.tsx';
import { FollowedStep } from '../canvas/live/FollowedStep.tsx';
import { Presenter } from './presenter/Presenter.tsx';
import { JoinDialog } from '../panels/live/JoinDialog.tsx';
import { LiveBanner } from '../panels/live/LiveBanner.tsx';
import { RoundBanner } from '../panels/rounds/RoundBanner.tsx';
import { RatingCards } from '../panels/rounds/RatingCards.tsx';
import { RoundResults } from '../panels/rounds/RoundResults.tsx';
import { roomLinkInAddress, startLive } from '../services/room/share.ts';

// The stack view (and its pattern roll-up and report code) loads when first opened.
const StackView = lazy(() => import('../panels/stack/StackView.tsx').then((m) => ({ default: m.StackView })));

function Workspace({ askName, onAsked }: { askName: boolean; onAsked(): void }) {
  const canvasRef = useRef<HTMLElement>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [dropping, setDropping] = useState(false);
  const [stackOpen, setStackOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [linkFrom, setLinkFrom] = useState<string | null>(null);
  const ready = useLibrary((s) => s.ready);
  const follow = useFollowLinks();
  const keyTargets = useMemo<ShortcutTargets>(() => ({ showShortcuts: () => setShortcutsOpen(true), linkFrom: setLinkFrom, follow }), [follow]);
  useShortcuts(canvasRef, keyTargets);
  useFocusSelects(canvasRef);
  const projector = useViewStore((s) => s.projector);
  const presenting = useViewStore((s) => s.presenting !== null);
  const largePrint = useViewStore((s) => s.projector && s.largePrint);
  const highContrast = useViewStore((s) => s.projector && s.highContrast);

  return (
    <div className={`app${projector ? ' app--projector' : ''}${presenting ? ' app--presenting' : ''}${largePrint ? ' app--large-print' : ''}${highContrast ? ' app--high-contrast' : ''}`}>
      <Toolbar canvasRef={canvasRef} onOpenLibrary={() => setLibraryOpen(true)} onExport={() => setExportOpen(true)} onOpenStack={() => setStackOpen(true)} />
      <SaveBanner />
      <LiveBanner />
      <RoundBanner />
      <div className="workspace">
        <main
          ref={canvasRef}
          className={`canvas${dropping ? ' canvas--dropping' : ''}`}
          aria-label="Map"
          aria-busy={!ready}
          data-ready={ready ? 'true' : 'false'}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes('Files')) return;
            e.preventDefault();
            warmImport();
            setDropping(true);
          }}
          onDragLeave={() => setDropping(false)}
          onDrop={(e) => {
            setDropping(false);
            const files = [...e.dataTransfer.files];
            if (!files.length) return;
            e.preventDefault();
            void openChosenFiles(appSession, files);
          }}
        >
          <MapCanvas onViewportChange={(viewport) => saveView(appSession, viewport)} />
          <LevelOfDetail container={canvasRef} />
          <LensBar />
          <TouchModeBanner />
          <FilterBanner />
          <LayoutProgress />
          <Legend />
          <Presence />
          <FollowedStep />
          <StartPanel canvasRef={canvasRef} />
          {dropping && <div className="canvas__drop">Drop a map file to open it</div>}
          <Notices />
        </main>
        <SidePanel />
      </div>
      <Presenter />
      <LibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
      <ConfirmDialog />
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} />
      <JoinDialog open={askName} onClose={onAsked} onNotNow={() => void openLastMap(appSession)} />
      <RatingCards />
      <RoundResults />
      {stackOpen && (
        <Suspense fallback={null}>
          <StackView onClose={() => setStackOpen(false)} />
        </Suspense>
      )}
      <ImportHost />
      <ShortcutsSheet open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <LinkCommand fromId={linkFrom} onClose={() => setLinkFrom(null)} />
      <Announcer />
    </div>
  );
}

/** `joinedRoom`: main.tsx already joined the room the address names (joinEarly), so start-up opens no map of its own. */
export function App({ joinedRoom }: { joinedRoom: boolean }) {
  const [askName, setAskName] = useState(false);
  useEffect(() => {
    // A room link opens no map of its own: the room's map is meant, even while the app first asks the person's name.
    void boot(appSession, undefined, { openMap: !joinedRoom && !roomLinkInAddress() }).then(() => setAskName(startLive(appSession, joinedRoom) === 'needs-name'));
  }, [joinedRoom]);
  return (
    <ReactFlowProvider>
      <Workspace askName={askName} onAsked={() => setAskName(false)} />
    </ReactFlowProvider>
  );
}
