/**
 * The React Flow view of the open map. The document in the store is the
 * truth; React Flow only ever holds a derived copy, plus node positions
 * while a drag is in progress (committed as one "Move" on release).
 */
import {
  applyNodeChanges,
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport as FlowViewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addLink, moveNodes, newLink } from '../model/operations.ts';
import { tint } from '../model/palette.ts';
import { useMapStore, type Selection } from '../store/mapStore.ts';
import { addNodeAt, NODE_HEIGHT, NODE_WIDTH } from '../app/actions.ts';
import { LinkEdge } from './edges/LinkEdge.tsx';
import { LinkMarkers } from './edges/LinkMarkers.tsx';
import { MapNodeView } from './nodes/MapNodeView.tsx';
import { toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode } from './toFlow.ts';
import { applyLens } from './lens.ts';
import { useArrangement } from './useArrangement.ts';
import { DetailProvider, useZoomDetail } from './LevelOfDetail.tsx';
import { FarCanvas } from './FarCanvas.tsx';
import { useViewStore } from '../store/viewStore.ts';
import { toggleTouch } from '../model/experiments.ts';

const nodeTypes = { map: MapNodeView };
const edgeTypes = { link: LinkEdge };

// Handlers, keys and the overview's colours live outside the component: a new function or array on every
// render would re-render every node (React Flow hands node handlers to each node) and every overview box.
const editLabel = (_e: React.MouseEvent, node: FlowNode) => useMapStore.getState().setEditing(node.id);
const toggleTouchOf = (_e: React.MouseEvent, node: FlowNode) => {
  const experimentId = useViewStore.getState().touchModeExperimentId;
  if (experimentId) useMapStore.getState().dispatch(toggleTouch(experimentId, node.id));
};
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const overviewColour = (n: FlowNode) => {
  const c = n.data.cluster;
  return c ? tint(c.colour, 0.3) : '#b8bcc4';
};

function applySelectChanges(ids: string[], changes: readonly (NodeChange | EdgeChange)[]): string[] {
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
  const lensResult = useMemo(() => applyLens(doc, lens, emphasis), [doc, lens, emphasis]);
  const touchMode = touchModeId ? (doc.experiments[touchModeId] ?? null) : null;
  const openCount = useMapStore((s) => s.openCount);
  const rf = useReactFlow<FlowNode, FlowEdge>();
  const detail = useZoomDetail();
  const [nodes, setNodes] = useState<FlowNode[]>([]);
  const edgesRef = useRef<FlowEdge[]>([]);
  const dragging = useRef(new Set<string>());

  // Re-derive only what changed in the document or the selection.
  useEffect(() => {
    setNodes((prev) => toFlowNodes(doc, { selection, lens: lensResult, touchMode }, prev));
  }, [doc, selection, lensResult, touchMode]);
  const edges = useMemo(
    () => (edgesRef.current = toFlowEdges(doc, { selection, lens: lensResult }, edgesRef.current)),
    [doc, selection, lensResult],
  );

  // A newly opened map: restore its saved view, or fit it to the screen.
  useEffect(() => {
    if (openCount === 0) return;
    const view = useMapStore.getState().initialViewport;
    const id = requestAnimationFrame(() => {
      if (view) void rf.setViewport(view);
      else if (Object.keys(useMapStore.getState().doc.nodes).length === 0) void rf.setViewport({ x: 0, y: 0, zoom: 1 });
      else void rf.fitView({ padding: 0.1, maxZoom: 1.2 });
    });
    return () => cancelAnimationFrame(id);
  }, [openCount, rf]);

  useArrangement(setNodes);

  // Bring requested nodes into view (e.g. what an experiment touched).
  const focus = useViewStore((s) => s.focus);
  useEffect(() => {
    if (!focus?.nodeIds.length) return;
    void rf.fitView({ nodes: focus.nodeIds.map((id) => ({ id })), padding: 0.25, maxZoom: 1.2, duration: 300 });
  }, [focus, rf]);

  const updateSelection = useCallback((patch: Partial<Selection>) => {
    const store = useMapStore.getState();
    const next = { ...store.selection, ...patch };
    if (next.nodeIds !== store.selection.nodeIds || next.linkIds !== store.selection.linkIds) store.select(next);
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      updateSelection({ nodeIds: applySelectChanges(useMapStore.getState().selection.nodeIds, changes) });
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
      const ids = Object.keys(settled);
      if (ids.length) useMapStore.getState().dispatch(moveNodes(settled), fromDrag ? {} : { coalesceKey: `nudge:${ids.sort().join(',')}` });
    },
    [updateSelection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      updateSelection({ linkIds: applySelectChanges(useMapStore.getState().selection.linkIds, changes) });
    },
    [updateSelection],
  );

  const onMoveEnd = useCallback((_e: unknown, viewport: FlowViewport) => onViewportChange(viewport), [onViewportChange]);

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target || c.source === c.target) return;
    const link = newLink(c.source, c.target);
    useMapStore.getState().dispatch(addLink(link), { select: { linkIds: [link.id] } });
  }, []);

  const onDoubleClick = useCallback(
    (e: React.MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addNodeAt('factor', { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
    },
    [rf],
  );

  return (
    <DetailProvider value={detail}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDoubleClick={onDoubleClick}
        onNodeDoubleClick={editLabel}
        onNodeClick={toggleTouchOf}
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
      >
        <LinkMarkers />
        <FarCanvas />
        <Background gap={24} size={1.2} color="#d5d9e0" />
        <Controls position="bottom-right" aria-label="Zoom controls" />
        {/* With the whole map on screen the overview repeats it, and repainting it costs every pan frame. */}
        {detail !== 'tiny' && (
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
    </DetailProvider>
  );
}
