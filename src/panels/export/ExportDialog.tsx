/**
 * Export for sense-making: a print-quality PDF (one page or a tiled poster),
 * or a PNG or SVG picture; or a file for another tool (ToolFormats.tsx).
 * The export code loads only when this dialog opens.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { PageSizeName } from '../../export/types.ts';
import { appSession, useMapStore, useViewStore } from '../../ui/appSession.ts';
import { useDocWhile } from '../../ui/mapParts.ts';
import { notify, reportError } from '../../services/session.ts';
import { downloadBlob, downloadMap } from '../../services/fileIO.ts';
import { newId } from '../../model/ids.ts';
import { describeLens, exportLensFor, printableLens, type ExportScope } from '../../views/exportLens.ts';
import type { PreparedFile } from './ToolFormats.tsx';
import { count } from '../../model/plural.ts';
import { describeVoices, voiceSubMap } from '../../views/voices.ts';
import { VoiceFilter } from './VoiceFilter.tsx';
import { describeFilter, isFilterOn } from '../../views/filter.ts';

type ExportModule = typeof import('../../export/browser/index.ts');
type Format = 'pdf' | 'png' | 'svg' | 'json' | 'tool';

// Files for other tools: loaded only when that format is picked.
const ToolFormats = lazy(() => import('./ToolFormats.tsx').then((m) => ({ default: m.ToolFormats })));

const PAGES: PageSizeName[] = ['a4', 'a3', 'a2', 'a1', 'a0', 'letter', 'tabloid'];
const POSTER_SCALES = [0.5, 0.75, 1, 1.5, 2];

export function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const rf = useReactFlow();
  // Closed, it waits: nothing in it shows, and the map may be changing many times a second in a live room.
  const whole = useDocWhile(open);
  // Which perspectives to include; null for every voice. The export is then of the sub-map, in every format.
  const [voices, setVoices] = useState<ReadonlySet<string> | null>(null);
  const doc = useMemo(() => {
    if (!voices) return whole;
    const part = voiceSubMap(whole, voices);
    return { ...part, meta: { ...part.meta, title: `${whole.meta.title} (from ${describeVoices(whole, voices)} only)` } };
  }, [whole, voices]);
  const selection = useMapStore((s) => s.selection.nodeIds);
  const lens = useViewStore((s) => s.lens);
  // Nodes sized by a measure on the canvas are sized the same on paper, and the key says so.
  const sizeBy = useViewStore((s) => s.sizeBy);
  const themeRegions = useViewStore((s) => s.themeRegions);
  // Focus and filter: on paper as on screen when the user asks (asked by default while a filter is on).
  const filter = useViewStore((s) => s.filter);
  const [applyFilter, setApplyFilter] = useState(false);
  const filterOn = isFilterOn(filter);
  const filterWords = filterOn ? describeFilter(doc, filter) : '';
  const withFilter = applyFilter && filterOn ? { filter } : {};
  const [mod, setMod] = useState<ExportModule | null>(null);
  const [format, setFormat] = useState<Format>('pdf');
  const [page, setPage] = useState<PageSizeName>('a3');
  const [orientation, setOrientation] = useState<'auto' | 'portrait' | 'landscape'>('auto');
  const [layout, setLayout] = useState<'fit' | 'poster'>('fit');
  const [posterScale, setPosterScale] = useState(1);
  const [scope, setScope] = useState<ExportScope>('whole');
  const [experiments, setExperiments] = useState(true);
  const [analysis, setAnalysis] = useState(false);
  const [reflections, setReflections] = useState(true);
  const reflectionCount = Object.keys(doc.reflections).length;
  const [index, setIndex] = useState(true);
  const [privateNotes, setPrivateNotes] = useState(false);
  const [pngScale, setPngScale] = useState<1 | 2 | 4>(2);
  const [area, setArea] = useState<'whole' | 'view'>('whole');
  const [progress, setProgress] = useState<{ fraction: number; message: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [toolFile, setToolFile] = useState<PreparedFile | null>(null);
  const onPrepared = useCallback((p: PreparedFile | null) => setToolFile(p), []);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      import('../../export/browser/index.ts').then(setMod, (e: Error) => reportError(appSession, `The export could not load: ${e.message}`));
      setScope(printableLens(useViewStore.getState().lens) ? 'lens' : 'whole');
      setApplyFilter(isFilterOn(useViewStore.getState().filter));
    }
    if (!open && d.open) d.close();
  }, [open]);

  const exportLens = exportLensFor(scope, lens, selection);
  const options = useMemo(
    () => ({
      page,
      orientation: orientation === 'auto' ? undefined : orientation,
      layout,
      posterScale,
      lens: exportLens,
      ...withFilter,
      sizeBy,
      themeRegions,
      experiments: experiments && Object.keys(doc.experiments).length > 0,
      reflections: reflections && reflectionCount > 0,
      index,
      notes: privateNotes,
      includePrivateNotes: privateNotes,
    }),
    // exportLens is rebuilt each render; its parts are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [page, orientation, layout, posterScale, scope, lens, sizeBy, themeRegions, selection, experiments, reflections, reflectionCount, index, privateNotes, doc.experiments, applyFilter, filterOn, filter],
  );

  const pages = useMemo(() => {
    if (!mod || format !== 'pdf' || layout !== 'poster' || !open) return null;
    try {
      return mod.planPoster(doc, options).tiles.tiles.length;
    } catch {
      return null;
    }
  }, [mod, format, layout, doc, options, open]);

  const viewport = () => {
    const { x, y, zoom } = rf.getViewport();
    const el = document.querySelector('.react-flow');
    const w = el?.clientWidth ?? innerWidth;
    const h = el?.clientHeight ?? innerHeight;
    return { x: -x / zoom, y: -y / zoom, width: w / zoom, height: h / zoom };
  };

  const saveToolFile = () => {
    if (!toolFile) return;
    const files = [toolFile.file, ...(toolFile.file.companions ?? [])];
    for (const f of files) downloadBlob(new Blob([f.data as BlobPart], { type: f.mimeType }), f.fileName);
    notify(appSession, `Exported ${files.map((f) => f.fileName).join(' and ')} (${toolFile.label}).`);
    onClose();
  };

  const saveMapFile = () => {
    // The map's own file format; private notes stay behind unless asked for, as in every other export.
    const shared = privateNotes ? doc : { ...doc, nodes: Object.fromEntries(Object.entries(doc.nodes).map(([id, n]) => [id, n.notes.some((x) => x.private) ? { ...n, notes: n.notes.filter((x) => !x.private) } : n])) };
    // A part of the map is a map of its own (a new id), so opening it never replaces the whole one in the library; its title says it is a part.
    downloadMap(voices ? { ...shared, id: newId('map') } : shared);
    notify(appSession, `Exported the map file${voices ? ` of what came from ${describeVoices(whole, voices)}` : ''}.`);
    onClose();
  };

  const run = async () => {
    if (format === 'tool') return saveToolFile();
    if (format === 'json') return saveMapFile();
    if (!mod) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ fraction: 0, message: 'Starting' });
    try {
      let blob: Blob;
      if (format === 'pdf') {
        blob = await mod.exportPdf(doc, { ...options, analysis, signal: controller.signal, onProgress: (fraction, message) => setProgress({ fraction, message }) });
      } else {
        const picture = { lens: exportLens, ...withFilter, sizeBy, themeRegions, ...(area === 'view' ? { viewport: viewport() } : {}) };
        blob = format === 'png' ? await mod.exportPng(doc, { ...picture, scale: pngScale }) : await mod.exportSvg(doc, picture);
      }
      const name = mod.exportFileName(doc.meta.title, format);
      downloadBlob(blob, name);
      notify(appSession, `Exported ${name} (${Math.round(blob.size / 1024)} KB).`);
      onClose();
    } catch (err) {
      if (!controller.signal.aborted) reportError(appSession, `The export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const lensWords = describeLens(lens);
  return (
    <dialog ref={ref} className="export" aria-labelledby="export-heading" onClose={onClose}>
      <h2 id="export-heading">Export the map</h2>
      <fieldset className="field choice">
        <legend>Format</legend>
        <div className="choice__options">
          {(['pdf', 'png', 'svg', 'json', 'tool'] as const).map((f) => (
            <label key={f} className={format === f ? 'is-checked' : undefined}>
              <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
              {f === 'pdf' ? 'PDF (print)' : f === 'tool' ? 'Other tools' : f === 'json' ? 'Map file' : f.toUpperCase()}
            </label>
          ))}
        </div>
      </fieldset>
      {/* Counted only while the dialog is open: the dialog stays mounted, and counting every voice of a big map on each letter typed elsewhere is wasted. */}
      {open && <VoiceFilter doc={whole} keep={voices} onChange={setVoices} shown={doc} />}
      {format !== 'tool' && format !== 'json' && (
        <fieldset className="field">
          <legend>What to show</legend>
          <label className="check">
            <input type="radio" name="export-scope" checked={scope === 'whole'} onChange={() => setScope('whole')} /> The whole map
          </label>
          <label className="check">
            <input type="radio" name="export-scope" disabled={!printableLens(lens)} checked={scope === 'lens'} onChange={() => setScope('lens')} /> The current lens
            {lensWords ? `: ${lensWords}` : lens.kind === 'whatif' ? ' (what-if has no printed form yet)' : lens.kind === 'evidence' ? ' (the evidence lens has no printed form yet)' : ' (none is on)'}
          </label>
          <label className="check">
            <input type="radio" name="export-scope" disabled={!selection.length} checked={scope === 'selection'} onChange={() => setScope('selection')} /> Only the
            selection {selection.length ? `(${count(selection.length, 'node')})` : '(nothing selected)'}
          </label>
          <label className="check">
            <input type="checkbox" disabled={!filterOn} checked={applyFilter && filterOn} onChange={(e) => setApplyFilter(e.target.checked)} />
            {/* One item, so a long statement wraps beside the box rather than dropping under it. */}
            <span style={{ flex: '1 1 0', minWidth: 0 }}>
              Apply the filter{filterOn ? `: ${filterWords} (the rest ${filter.mode === 'hide' ? 'left out' : 'faded'})` : ' (none is on)'}
            </span>
          </label>
        </fieldset>
      )}
      {format === 'tool' ? (
        <Suspense fallback={<p className="muted">Loading the formats…</p>}>
          <ToolFormats doc={doc} privateNotes={privateNotes} setPrivateNotes={setPrivateNotes} onPrepared={onPrepared} />
        </Suspense>
      ) : format === 'json' ? (
        <fieldset className="field">
          <legend>Map file</legend>
          <p className="muted">The map in System Canvas's own file format, to open here or in another browser.</p>
          <label className="check">
            <input type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} /> Include private notes
          </label>
        </fieldset>
      ) : format === 'pdf' ? (
        <>
          <div className="two-col">
            <div className="field">
              <label htmlFor="export-page">Paper</label>
              <select id="export-page" value={page} onChange={(e) => setPage(e.target.value as PageSizeName)}>
                {PAGES.map((p) => (
                  <option key={p} value={p}>
                    {mod?.PAGE_LABELS[p] ?? p.toUpperCase()}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="export-orientation">Orientation</label>
              <select id="export-orientation" value={orientation} onChange={(e) => setOrientation(e.target.value as typeof orientation)}>
                <option value="auto">To suit the map</option>
                <option value="landscape">Landscape</option>
                <option value="portrait">Portrait</option>
              </select>
            </div>
          </div>
          <fieldset className="field">
            <legend>Pages</legend>
            <label className="check">
              <input type="radio" name="export-layout" checked={layout === 'fit'} onChange={() => setLayout('fit')} /> Fit the map on one page
            </label>
            <label className="check">
              <input type="radio" name="export-layout" checked={layout === 'poster'} onChange={() => setLayout('poster')} /> Poster: tile it across pages at
              <select aria-label="Poster scale" value={posterScale} disabled={layout !== 'poster'} onChange={(e) => setPosterScale(Number(e.target.value))}>
                {POSTER_SCALES.map((s) => (
                  <option key={s} value={s}>
                    {Math.round(s * 100)}%
                  </option>
                ))}
              </select>
            </label>
            {layout === 'poster' && pages !== null && (
              <p className="muted" role="status">
                {pages} {mod?.PAGE_LABELS[page]} pages to print, plus a key to how they fit.
              </p>
            )}
          </fieldset>
          <fieldset className="field">
            <legend>Also include</legend>
            <label className="check">
              <input type="checkbox" checked={experiments} disabled={!Object.keys(doc.experiments).length} onChange={(e) => setExperiments(e.target.checked)} /> Experiments
              and learning logs
            </label>
            <label className="check">
              <input type="checkbox" checked={reflections && reflectionCount > 0} disabled={!reflectionCount} onChange={(e) => setReflections(e.target.checked)} /> What we
              noticed ({reflectionCount} reflection {reflectionCount === 1 ? 'point' : 'points'})
            </label>
            <label className="check">
              <input type="checkbox" checked={analysis} onChange={(e) => setAnalysis(e.target.checked)} /> Feedback loops and key factors
            </label>
            <label className="check">
              <input type="checkbox" checked={index} onChange={(e) => setIndex(e.target.checked)} /> An index of node names with grid references
            </label>
            <label className="check">
              <input type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} /> Notes, including private ones
            </label>
            {privateNotes && <p className="surprise">Private notes will be in the PDF. Share it only with people who may read them.</p>}
          </fieldset>
        </>
      ) : (
        <div className="two-col">
          <div className="field">
            <label htmlFor="export-area">Area</label>
            <select id="export-area" value={area} onChange={(e) => setArea(e.target.value as typeof area)}>
              <option value="whole">The whole map, with legend</option>
              <option value="view">What is on screen now</option>
            </select>
          </div>
          {format === 'png' && (
            <div className="field">
              <label htmlFor="export-scale">Resolution</label>
              <select id="export-scale" value={pngScale} onChange={(e) => setPngScale(Number(e.target.value) as 1 | 2 | 4)}>
                <option value={1}>1× (screen)</option>
                <option value={2}>2× (sharp)</option>
                <option value={4}>4× (print)</option>
              </select>
            </div>
          )}
        </div>
      )}
      {progress && (
        <div className="export__progress" role="status" aria-live="polite">
          <progress max={100} value={Math.round(progress.fraction * 100)} aria-label="Export progress" /> {progress.message}
        </div>
      )}
      <div className="confirm__actions">
        <button type="button" onClick={() => (progress ? abort.current?.abort() : onClose())}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={format === 'tool' ? !toolFile : format === 'json' ? false : !mod || !!progress} onClick={() => void run()}>
          {format === 'tool' ? 'Export file' : format === 'json' ? 'Export map file' : `Export ${format.toUpperCase()}`}
        </button>
      </div>
    </dialog>
  );
}
