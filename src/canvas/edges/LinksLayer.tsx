/**
 * The map's links, drawn by us inside React Flow's layer for links, rather
 * than handed to React Flow as its edges.
 *
 * React Flow wraps each edge in a component with three listeners on its store,
 * and every listener runs on every change to the store: each frame of a pan
 * or a drag, each node handed over after a layout, each collaborator's edit.
 * The example's 310 links made 930 of the store's 1,400 listeners, and each
 * edit also rebuilt React Flow's lookup of the links. A link here re-renders
 * only when its own record changes or one of its ends moves (useNodeBox).
 *
 * What React Flow's edge wrapper gave a link is kept: the same element and
 * classes (the stylesheet, the arrangement animation and keyboard focus find
 * links by them), focus with Tab, selection by click (Shift, Ctrl or Cmd to
 * add or remove one), Enter or Space, and Escape to let go.
 */
import { useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useMapStore } from '../../ui/appSession.ts';
import type { FlowEdge } from '../toFlow.ts';
import { canvasElement } from '../ViewportLayer.tsx';
import { LinkEdge } from './LinkEdge.tsx';

const linksLayerOf = canvasElement('.react-flow__edges');
/** React Flow's description of how to use a link from the keyboard, read out with its name. */
const describedByOf = (s: { rfId: string }) => `react-flow__edge-desc-${s.rfId}`;

export function LinksLayer({ edges }: { edges: readonly FlowEdge[] }) {
  const target = useStore(linksLayerOf);
  const describedBy = useStore(describedByOf);
  // Faded links first, so that the links in focus are drawn over them (React Flow's z-index did this).
  const ordered = useMemo(() => [...edges.filter((e) => e.zIndex === 0), ...edges.filter((e) => e.zIndex !== 0)], [edges]);
  if (!target || !edges.length) return null;
  return createPortal(
    <svg className="links-layer">
      {ordered.map((edge) => (
        <LinkItem key={edge.id} edge={edge} describedBy={describedBy} />
      ))}
    </svg>,
    target,
  );
}

const multi = (e: React.MouseEvent) => e.shiftKey || e.metaKey || e.ctrlKey;

/** Lets go of one link, keeping the rest of the selection. */
function dropLink(id: string) {
  const { selection, select } = useMapStore.getState();
  if (selection.linkIds.includes(id)) select({ ...selection, linkIds: selection.linkIds.filter((l) => l !== id) });
}

function selectLink(id: string, toggle: boolean) {
  const { selection, select } = useMapStore.getState();
  if (!toggle) return select({ nodeIds: [], linkIds: [id] });
  if (selection.linkIds.includes(id)) return dropLink(id);
  select({ ...selection, linkIds: [...selection.linkIds, id] });
}

const LinkItem = memo(function LinkItem({ edge, describedBy }: { edge: FlowEdge; describedBy: string }) {
  const selected = !!edge.selected;
  const onKeyDown = (e: React.KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') selectLink(edge.id, false);
    else if (e.key === 'Escape') {
      e.currentTarget.blur();
      dropLink(edge.id);
    }
  };
  return (
    <g
      // nopan: a press on a link does not start a pan (React Flow's class for it).
      className={`react-flow__edge react-flow__edge-link nopan selectable${selected ? ' selected' : ''}`}
      tabIndex={0}
      role="group"
      aria-roledescription="edge"
      aria-label={edge.ariaLabel ?? undefined}
      aria-describedby={describedBy}
      data-id={edge.id}
      data-source={edge.source}
      data-target={edge.target}
      onClick={(e) => selectLink(edge.id, multi(e))}
      onKeyDown={onKeyDown}
    >
      <LinkEdge id={edge.id} source={edge.source} target={edge.target} data={edge.data} selected={selected} />
    </g>
  );
});
