/**
 * The React Flow view of the open map. The document in the store is the
 * truth; React Flow only ever holds a derived copy, plus node positions
 * while a drag is in progress (committed as one "Move" on release).
 */
import {
  applyNodeChanges,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  type Connection,
  type NodeChange,
  type OnConnectEnd,
  type Rect,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { moveNodes } from '../model/operations.ts';
import { tint } from '../model/palette.ts';
import { type Selection } from '../store/mapStore.ts';
import { addNodeAtDroppedLink, addNodeAt, connectNodes } from '../services/actions.ts';
import { notify } from '../services/session.ts';
import { handsOn } from '../services/room/pacing.ts';
import { MapGrid } from './MapGrid.tsx';
import { useNodeScales } from './useNodeScales.ts';
import { usePanCapture } from './usePanCapture.ts';
import { NODE_MIN_HEIGHT as NODE_HEIGHT, NODE_WIDTH } from '../draw/nodeSize.ts';
import { LinksLayer } from './edges/LinksLayer.tsx';
import { LinkMarkers } from './edges/LinkMarkers.tsx';
import { MapNodeView } from './nodes/MapNodeView.tsx';
import { ConnectingFrom, useConnectingFrom } from './nodes/connectingFrom.ts';
import { openCounts } from '../model/comments.ts';
import { agreementMarks, toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode } from './toFlow.ts';
import { applyLens, fadesEveryLink } from '../views/lens.ts';
import { fadeOut, filterOut, withoutOut } from '../views/filter.ts';
import { evidenceOnMap } from '../views/evidence.ts';
import { useMinimapWanted } from './useWholeMapInView.ts';
import { useArrangement } from './useArrangement.ts';
import { detailAt, useMapScale, useZoomDetail } from './LevelOfDetail.tsx';
import { OverviewCanvas } from './overview/OverviewCanvas.tsx';
import { nodeAt, type OverviewScene } from './overview/overviewScene.ts';
import { OverviewHint } from './overview/OverviewHint.tsx';
import { OverviewCallouts } from './overview/OverviewCallouts.tsx';
import type { LinkHitTest } from './linkLayer/LinkCanvas.tsx';
import { LinkRoutesProvider, useCanvasRoutes } from './routes/LinkRoutesProvider.tsx';
import { ThemeRegionsLayer } from './regions/ThemeRegionsLayer.tsx';
import { LoopMarkersLayer } from './loops/LoopMarkersLayer.tsx';
import { markedLoops } from '../views/loopMarks.ts';
import { keyLabelNodes } from './labels/keyLabels.ts';
import { FIT_PADDING, choosePadding, fitPaddings, legendCoversMap, type Padding } from './fitPadding.ts';
import { KeyLabelsProvider, NO_KEY_LABELS } from './labels/KeyLabels.tsx';

// Only big maps draw their links on a canvas: the code loads when one is opened.
const LinkCanvas = lazy(() => import('./linkLayer/LinkCanvas.tsx'));
const NO_AGREEMENT: ReturnType<typeof agreementMarks> = new Map();
const NO_COMMENTS: ReadonlyMap<string, number> = new Map();
import { appSession, useMapStore, useStack, useViewStore } from '../ui/appSession.ts';
import { toggleTouch } from '../model/experiments.ts';
import { motion } from '../ui/motion.ts';

const nodeTypes = { map: MapNodeView };
const NO_EDGES: FlowEdge[] = [];
const NO_IDS: string[] = [];
const NO_DIMMED_LINKS = new Set<string>();
const FIT = { padding: FIT_PADDING, maxZoom: 1.2, minZoom: 0.05 } as const;
/**
 * The room to leave round a fitted map, measured at the moment of fitting: the legend may have been opened or
 * hidden since. An open legend the map cannot be fitted clear of (a wide map; clearing it would shrink the map
 * too much) would cover part of the map: it folds to its strip, unless the user opened it by hand.
 */
function fitPaddingNow(flow: HTMLElement | null, bounds: Rect): Padding {
  const canvas = flow?.getBoundingClientRect();
  const legend = openLegend(flow);
  if (!canvas) return FIT_PADDING;
  const viewWith = (padding: Padding) => getViewportForBounds(bounds, canvas.width, canvas.height, FIT.minZoom, FIT.maxZoom, padding);
  const padding = choosePadding(fitPaddings(canvas, legend), (p) => viewWith(p).zoom);
  if (padding === FIT_PADDING) foldLegendOver(canvas, legend, bounds, viewWith(padding));
  return padding;
}

const openLegend = (flow: HTMLElement | null) => flow?.parentElement?.querySelector('.legend:not(.legend--closed)')?.getBoundingClientRect() ?? null;

/** Folds an open legend that nobody opened by hand if it covers part of the map in this view (a fit's, or the map's saved one). */
function foldLegendOver(canvas: DOMRect | undefined, legend: DOMRect | null, bounds: Rect, view: FlowViewport): void {
  const store = useViewStore.getState();
  if (canvas && legend && !store.legend.byHand && legendCoversMap(legend, canvas, bounds, view)) store.setLegend(false, false);
}
/** In projector mode: room above for the theme regions' names, and clear of the zoom controls and the legend's strip. */
const PROJECTOR_PADDING = { top: '40px', right: '56px', bottom: '44px', left: '16px' } as const;

// Handlers, keys and the overview's colours live outside the component: a new function or array on every
// render would re-render every node (React Flow hands node handlers to each node) and every overview box.
const editLabel = (_e: React.MouseEvent, node: FlowNode) => useMapStore.getState().setEditing(node.id);
const toggleTouchOf = (_e: React.MouseEvent, node: FlowNode) => {
  const experimentId = useViewStore.getState().touchModeExperimentId;
  if (experimentId) useMapStore.getState().dispatch(toggleTouch(experimentId, node.id));
};
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const toggleProjector = () => useViewStore.getState().setProjector(!useViewStore.getState().projector);
const overviewColour = (n: FlowNode) => {
  const c = n.data.theme;
  return c ? tint(c.colour, 0.3) : '#b8bcc4';
};

function applySelectChanges(ids: string[], changes: readonly NodeChange[]): string[] {
  const set = new Set(ids);
  let changed = false;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    if (c.selected === set.has(c.id)) continue;
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
    changed = true;
  }
  return changed ? [...set] : ids;
}

interface Props {
  onViewportChange(viewport: FlowViewport): void;
}

export function MapCanvas({ onViewportChange }: Props) {
  const doc = useMapStore((s) => s.doc);
  const selection = useMapStore((s) => s.selection);
  const lens = useViewStore((s) => s.lens);
  const touchModeId = useViewStore((s) => s.touchModeExperimentId);
  const emphasis = useViewStore((s) => s.emphasis);
  const showRegions = useViewStore((s) => s.themeRegions);
  const showLoopMarkers = useViewStore((s) => s.loopMarkers);
  const stack = useStack((s) => s.stack);
  const stackMaps = useStack((s) => s.maps);
  // The evidence lens reads the experiments of the maps this one learns from, through "same as".
  const evidence = useMemo(() => (lens.kind === 'evidence' ? evidenceOnMap(doc, stack, stackMaps).nodes : null), [lens.kind, doc, stack, stackMaps]);
  const scales = useNodeScales();
  // Focus and filter (views/filter.ts): what is out is faded along with the lens, or, in "hide" mode, the
  // canvas draws a document without it, so every path (React Flow, the link canvas, the overview) leaves it out alike.
  const filter = useViewStore((s) => s.filter);
  const out = useMemo(() => filterOut(doc, filter), [doc, filter]);
  const hide = filter.mode === 'hide';
  const drawnDoc = useMemo(() => (hide ? withoutOut(doc, out) : doc), [hide, doc, out]);
  const lensResult = useMemo(() => {
    const looks = applyLens(doc, lens, emphasis, evidence);
    return hide ? looks : fadeOut(looks, out);
  }, [doc, lens, emphasis, evidence, hide, out]);
  // Named loops and the loop shown from the analysis panel (cheap: named loops are rebuilt from their keys, no search).
  const loopMarks = useMemo(() => (showLoopMarkers ? markedLoops(drawnDoc, lens) : []), [showLoopMarkers, drawnDoc, lens]);
  const touchMode = touchModeId ? (doc.experiments[touchModeId] ?? null) : null;
  const openCount = useMapStore((s) => s.openCount);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const detail = useZoomDetail();
  const overview = detail === 'tiny';
  // A big map (LevelOfDetail.tsx): only nodes in view are rendered and links are drawn on a canvas.
  // Below that, rendering everything once as DOM and SVG is cheap, and every link can be focused from the keyboard.
  const scale = useMapScale();
  const big = scale !== 'small';
  const bigOverview = big && overview;
  const connectingFrom = useConnectingFrom();
  usePanCapture();
  // The link canvas of a big map tags links people disagree on, as the SVG links do; only the views and links decide it.
  const { linkViews, links: drawnLinks } = drawnDoc;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const agreement = useMemo(() => (big ? agreementMarks(drawnDoc) : NO_AGREEMENT), [big, linkViews, drawnLinks]);
  const linkComments = useMemo(() => (big ? openCounts(drawnDoc.comments).links : NO_COMMENTS), [big, drawnDoc.comments]);
  // Zoomed far out, labels are too small to read: the key nodes keep a label drawn at a readable size (keyLabels.ts).
  // Worked out at every zoom, and shown by the stylesheet only when far out: every node reads them from one context,
  // so changing them as the zoom crossed a level re-rendered all of the example's 118 nodes in that frame.
  const far = !big;
  const keyLabelsRef = useRef(NO_KEY_LABELS);
  const keyLabels = useMemo(
    () => (keyLabelsRef.current = far ? keyLabelNodes(drawnDoc, selection.nodeIds, undefined, keyLabelsRef.current) : NO_KEY_LABELS),
    [far, drawnDoc, selection.nodeIds],
  );
  // A lens that fades every link (coverage, evidence) fades them by one class on the canvas: marking each link
  // re-rendered all 310 of the example's links in one frame, the longest of a presentation step into such a lens.
  const linksFaded = useMemo(() => fadesEveryLink(drawnDoc.links, lensResult.dimmedLinks), [drawnDoc.links, lensResult.dimmedLinks]);
  const edgeLens = useMemo(() => (linksFaded ? { ...lensResult, dimmedLinks: NO_DIMMED_LINKS } : lensResult), [linksFaded, lensResult]);
  const [nodes, setNodes] = useState<FlowNode[]>([]);
  const edgesRef = useRef<FlowEdge[]>([]);
  const dragging = useRef(new Set<string>());
  const sceneRef = useRef<OverviewScene | null>(null);
  const linkHits = useRef<LinkHitTest | null>(null);

  // A newly opened map: restore its saved view, or fit it to the screen. Done
  // before its nodes reach React Flow, so a big map fitted to the screen starts
  // as an overview instead of first rendering thousands of nodes at the old view.
  useEffect(() => {
    if (openCount === 0) return;
    const { initialViewport: view, doc: opened } = useMapStore.getState();
    const positions = Object.values(opened.nodes).map((n) => n.position);
    const { width, height } = flowStore.getState();
    const xs = positions.map((p) => p.x);
    const ys = positions.map((p) => p.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const bounds = { x, y, width: Math.max(...xs) + NODE_WIDTH - x, height: Math.max(...ys) + NODE_HEIGHT - y };
    if (view) {
      void rf.setViewport(view);
      // The view may have been saved while a fit had folded the legend: opening over the map, it folds again.
      const flow = flowStore.getState().domNode;
      if (positions.length) foldLegendOver(flow?.getBoundingClientRect(), openLegend(flow), bounds, view);
    } else if (positions.length === 0) void rf.setViewport({ x: 0, y: 0, zoom: 1 });
    else if (width > 0 && height > 0) {
      void rf.setViewport(getViewportForBounds(bounds, width, height, FIT.minZoom, FIT.maxZoom, fitPaddingNow(flowStore.getState().domNode, bounds)));
    } else {
      const id = requestAnimationFrame(() => void rf.fitView({ ...FIT, padding: fitPaddingNow(flowStore.getState().domNode, rf.getNodesBounds(rf.getNodes())), includeHiddenNodes: true }));
      return () => cancelAnimationFrame(id);
    }
  }, [openCount, rf, flowStore]);

  // Re-derive only what changed in the document, the selection or the overview (between near and far only the stylesheet changes).
  useEffect(() => {
    // The zoom now, not at the last render: a map just opened may have moved the view.
    // Only a big map's nodes leave React Flow in the overview. A small map's stay mounted under it, hidden by the
    // stylesheet: unmounting the example's 118 nodes and 310 links going in, and mounting them again coming out,
    // took frames of 100 ms (400 ms with the CPU slowed 4×), and a whole-map layout's fit goes in.
    const asOverview = big && detailAt(flowStore.getState().transform[2], scale) === 'tiny';
    setNodes((prev) => toFlowNodes(drawnDoc, { selection, lens: lensResult, touchMode, overview: asOverview, declareSizes: big, scales }, prev));
    // bigOverview: re-derived when a big map goes in or out of the overview (the zoom itself is read inside).
  }, [drawnDoc, selection, lensResult, touchMode, bigOverview, big, scale, flowStore, scales]);
  const edges = useMemo(
    () => (big ? NO_EDGES : (edgesRef.current = toFlowEdges(drawnDoc, { selection, lens: edgeLens }, edgesRef.current))),
    [drawnDoc, selection, edgeLens, big],
  );

  const routes = useCanvasRoutes();
  const minimapWanted = useMinimapWanted();
  // A whole-map layout that spills out of the view is fitted to the screen, so the user sees what it made.
  const fitLaidOut = useCallback(
    () => {
      const { width, height, transform, nodeLookup, domNode } = flowStore.getState();
      const [tx, ty, k] = transform;
      // From the committed document: React Flow's nodes may not have their new places yet.
      const boxes = Object.values(useMapStore.getState().doc.nodes).map((n) => {
        const m = nodeLookup.get(n.id)?.measured;
        return { x: n.position.x, y: n.position.y, width: m?.width ?? NODE_WIDTH, height: m?.height ?? NODE_HEIGHT };
      });
      if (!boxes.length || width <= 0 || height <= 0) return;
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const bounds = { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
      const inView = x * k + tx >= 0 && y * k + ty >= 0 && (x + bounds.width) * k + tx <= width && (y + bounds.height) * k + ty <= height;
      if (inView) return;
      void rf.setViewport(getViewportForBounds(bounds, width, height, FIT.minZoom, FIT.maxZoom, fitPaddingNow(domNode, bounds)), { duration: motion(300) });
    },
    [rf, flowStore],
  );
  const fitAfterLayout = useCallback(
    (wholeMap: boolean) => {
      // In the next frame: the commit has just changed the page, and measuring the canvas and legend now would
      // make the browser lay it out inside the commit's task (a quarter of it, with the CPU slowed 4×).
      if (wholeMap) requestAnimationFrame(fitLaidOut);
    },
    [fitLaidOut],
  );
  useArrangement(setNodes, routes, fitAfterLayout);

  // Into or out of projector mode the map has a new share of the window: fit it there, once the panels have gone or come back.
  const projector = useViewStore((s) => s.projector);
  const firstProjector = useRef(projector);
  useEffect(() => {
    if (firstProjector.current === projector) return;
    firstProjector.current = projector;
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => void rf.fitView({ ...FIT, padding: projector ? PROJECTOR_PADDING : fitPaddingNow(flowStore.getState().domNode, rf.getNodesBounds(rf.getNodes())), duration: motion(300), includeHiddenNodes: true }));
    });
    return () => cancelAnimationFrame(id);
  }, [projector, rf, flowStore]);

  // Bring requested nodes into view (e.g. what an experiment touched).
  const focus = useViewStore((s) => s.focus);
  useEffect(() => {
    if (!focus?.nodeIds.length) return;
    // A map just opened (a jump from another map's "same as" badge) may not have reached React Flow yet: wait until its nodes stand where the document says.
    let frame = 0;
    let tries = 30;
    const drawn = (id: string) => {
      const at = useMapStore.getState().doc.nodes[id]?.position;
      const shown = rf.getNode(id)?.position;
      return !at || (shown?.x === at.x && shown.y === at.y);
    };
    const go = () => {
      if (!focus.nodeIds.every(drawn) && tries-- > 0) {
        frame = requestAnimationFrame(go);
        return;
      }
      void rf.fitView({ nodes: focus.nodeIds.map((id) => ({ id })), padding: 0.25, maxZoom: 1.2, duration: motion(300), includeHiddenNodes: true });
    };
    go();
    return () => cancelAnimationFrame(frame);
  }, [focus, rf]);

  const updateSelection = useCallback((patch: Partial<Selection>) => {
    const store = useMapStore.getState();
    const next = { ...store.selection, ...patch };
    if (next.nodeIds !== store.selection.nodeIds || next.linkIds !== store.selection.linkIds) store.select(next);
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      // A node picked without Shift, Ctrl or Cmd is the whole selection: React Flow lets go of the links it
      // knows, but the links are ours (LinksLayer.tsx).
      const picked = changes.some((c) => c.type === 'select' && c.selected) && !flowStore.getState().multiSelectionActive;
      updateSelection({ nodeIds: applySelectChanges(useMapStore.getState().selection.nodeIds, changes), ...(picked ? { linkIds: NO_IDS } : {}) });
      // A finished move becomes one undoable "Move": the end of a drag, or a
      // run of arrow-key nudges (merged, so one undo takes the whole nudge back).
      const settled: Record<string, { x: number; y: number }> = {};
      let fromDrag = false;
      for (const c of changes) {
        if (c.type !== 'position' || !c.position) continue;
        if (c.dragging) dragging.current.add(c.id);
        else {
          settled[c.id] = c.position;
          if (dragging.current.delete(c.id)) fromDrag = true;
        }
      }
      handsOn('drag', dragging.current.size > 0);
      const ids = Object.keys(settled);
      if (ids.length) useMapStore.getState().dispatch(moveNodes(settled), fromDrag ? {} : { coalesceKey: `nudge:${ids.sort().join(',')}` });
    },
    [updateSelection, flowStore],
  );

  // Others' changes wait while I move the view or drag (services/room/pacing.ts); a canvas closed mid-gesture
  // must not leave them waiting.
  useEffect(
    () => () => {
      handsOn('view', false);
      handsOn('drag', false);
    },
    [],
  );

  // While a person moves the view, the map is one layer the compositor slides and scales: a pan frame then paints
  // nothing. At rest it is not, so that the browser draws the text again, sharp, at the zoom it stopped at. Not for
  // the app's own glides (a fit after a layout, a presentation's step; no event): making the layer costs a frame,
  // and a glide's nodes and links change inside it anyway.
  const onMoveStart = useCallback(
    (e: unknown) => {
      if (!e) return;
      flowStore.getState().domNode?.setAttribute('data-moving', '');
      handsOn('view', true);
    },
    [flowStore],
  );
  const onMoveEnd = useCallback(
    (_e: unknown, viewport: FlowViewport) => {
      flowStore.getState().domNode?.removeAttribute('data-moving');
      handsOn('view', false);
      onViewportChange(viewport);
    },
    [onViewportChange, flowStore],
  );

  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target) connectNodes(appSession, c.source, c.target);
  }, []);

  // A link let go of where no node takes it: on empty canvas it makes a new node there; anywhere else, say why nothing happened.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const p = rf.screenToFlowPosition({ x: point.clientX, y: point.clientY });
      // A press on a handle that hardly moved is not a drop.
      if (state.from && Math.hypot(p.x - state.from.x, p.y - state.from.y) < 24) return;
      const target = event.target instanceof Element ? event.target : null;
      const fromIsSource = state.fromHandle?.type !== 'target';
      const onNode = target?.closest('.react-flow__node')?.getAttribute('data-id');
      if (target?.classList.contains('react-flow__pane')) {
        addNodeAtDroppedLink(appSession, state.fromNode.id, { x: fromIsSource ? p.x : p.x - NODE_WIDTH, y: p.y - NODE_HEIGHT / 2 }, fromIsSource);
      } else if (onNode && onNode !== state.fromNode.id) {
        // Let go over a node's body, away from its handles: that node is meant.
        if (fromIsSource) connectNodes(appSession, state.fromNode.id, onNode);
        else connectNodes(appSession, onNode, state.fromNode.id);
      } else if (onNode) {
        notify(appSession, 'No link made: a link joins two different nodes. Drop it on another node, or on empty canvas to make a new one there.');
      } else {
        notify(appSession, 'No link made: drop the link on a node to join them, or on empty canvas to make a new node there.');
      }
    },
    [rf],
  );

  /** In the overview, the node drawn under the pointer, if any. */
  const overviewNodeAt = useCallback(
    (e: React.MouseEvent) => {
      if (!sceneRef.current || detailAt(flowStore.getState().transform[2], scale) !== 'tiny') return null;
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // A few screen pixels of slack: boxes are tiny at this zoom.
      return nodeAt(sceneRef.current, p.x, p.y, 4 / flowStore.getState().transform[2]);
    },
    [rf, flowStore, scale],
  );

  const onDoubleClick = useCallback(
    (e: React.MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      // In the overview, double-clicking a node zooms in on it, ready to read and edit.
      const hit = overviewNodeAt(e);
      if (hit) return void rf.fitView({ nodes: [{ id: hit }], maxZoom: 1, padding: 0.25, duration: motion(300), includeHiddenNodes: true });
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addNodeAt(appSession, 'factor', { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
    },
    [rf, overviewNodeAt],
  );

  // Nodes in the overview and the links of a big map are drawn, not elements: a click on the pane picks what is drawn there.
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      // React Flow has let go of the nodes; the links are ours to let go of.
      if (useMapStore.getState().selection.linkIds.length) updateSelection({ linkIds: NO_IDS });
      const node = overviewNodeAt(e);
      if (node) return useMapStore.getState().select({ nodeIds: [node], linkIds: [] });
      if (!linkHits.current) return;
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const link = linkHits.current.linkAt(p.x, p.y);
      if (link) useMapStore.getState().select({ nodeIds: [], linkIds: [link] });
    },
    [overviewNodeAt, rf, updateSelection],
  );

  return (
      <KeyLabelsProvider value={keyLabels}>
      <LinkRoutesProvider routes={routes} links={drawnDoc.links}>
      <ConnectingFrom.Provider value={connectingFrom}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={NO_EDGES}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onDoubleClick={onDoubleClick}
        onPaneClick={onPaneClick}
        onlyRenderVisibleElements={big}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        onNodeDoubleClick={editLabel}
        onNodeClick={toggleTouchOf}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        connectionRadius={40}
        minZoom={0.05}
        maxZoom={3}
        connectionMode={ConnectionMode.Loose}
        proOptions={{ hideAttribution: true }}
        aria-label="Map canvas"
        className={linksFaded ? 'links-faded' : undefined}
      >
        <LinkMarkers />
        <LinksLayer edges={edges} />
        {showRegions && !big && <ThemeRegionsLayer themes={doc.clusters} />}
        {loopMarks.length > 0 && !overview && <LoopMarkersLayer loops={loopMarks} links={drawnLinks} />}
        {overview && <OverviewCanvas doc={drawnDoc} selectedNodeIds={selection.nodeIds} lens={lensResult} sceneRef={sceneRef} />}
        {overview && <OverviewCallouts doc={drawnDoc} selectedNodeIds={selection.nodeIds} big={big} />}
        {overview && <OverviewHint />}
        {big && !overview && (
          <Suspense fallback={null}>
            <LinkCanvas links={drawnDoc.links} selectedLinkIds={selection.linkIds} dimmedLinks={lensResult.dimmedLinks} agreement={agreement} comments={linkComments} detail={detail} hitTest={linkHits} />
          </Suspense>
        )}
        {/* On a big map the overview and the link canvas are the picture; a grid there is decoration in the way. */}
        {!big && <MapGrid />}
        <Controls position="bottom-right" aria-label="Zoom controls" showFitView={false}>
          {/* Our own fit button: the fit keeps clear of the legend, measured when pressed. */}
          <ControlButton
            className="react-flow__controls-fitview"
            onClick={() => void rf.fitView({ ...FIT, padding: fitPaddingNow(flowStore.getState().domNode, rf.getNodesBounds(rf.getNodes())), duration: motion(300), includeHiddenNodes: true })}
            aria-label="Fit View"
            title="Fit the whole map to the screen"
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
              {/* Four corners: the whole map in the frame. */}
              <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
            </svg>
          </ControlButton>
          <ControlButton
            onClick={toggleProjector}
            aria-label={projector ? 'Leave projector mode' : 'Projector mode'}
            aria-pressed={projector}
            title={projector ? 'Leave projector mode (P)' : 'Projector mode (P): the map alone on the screen, for a room to read'}
          >
            {/* A screen on a stand: projector mode. */}
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
              <rect x="1.5" y="2" width="13" height="8.5" rx="1" />
              <path d="M8 10.5v3M5 14h6" />
            </svg>
          </ControlButton>
        </Controls>
        {/* With the whole map on screen the overview repeats it, and repainting it costs every pan frame. On a big map
            it redraws every node's box on every edit, a letter typed in a label included; zooming out shows the whole map there. */}
        {!overview && !projector && !big && minimapWanted && (
          <MiniMap
            position="top-right"
            pannable
            zoomable
            ariaLabel="Overview of the whole map"
            nodeColor={overviewColour}
            nodeStrokeWidth={2}
          />
        )}
      </ReactFlow>
      </ConnectingFrom.Provider>
      </LinkRoutesProvider>
      </KeyLabelsProvider>
  );
}
