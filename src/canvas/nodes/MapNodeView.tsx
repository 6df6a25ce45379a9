/**
 * One actor, factor or outcome on the canvas. Kind is carried by shape and
 * icon, theme by fill colour, the focal outcome by a heavy double border and
 * a caption, so nothing relies on colour alone.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Fragment, memo } from 'react';
import { renameWithGuess } from '../../model/actorType.ts';
import { tint } from '../../model/palette.ts';
import { KIND_LABELS, type MapNode } from '../../model/types.ts';
import { nodeLabelSize } from '../../draw/nodes.ts';
import { useKeyLabel } from '../labels/KeyLabels.tsx';
import { useMapStore } from '../../ui/appSession.ts';
import type { FlowNode } from '../toFlow.ts';
import { KindIcon } from '../../ui/KindIcon.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { focusNode } from '../../ui/focus.ts';
import { ExperimentBadge, LensMarks } from './NodeBadges.tsx';
import { StackBadges } from '../stack/StackBadges.tsx';
import { CommentBadge } from './CommentBadge.tsx';
import { useCalloutZoom } from '../LevelOfDetail.tsx';
import { useDropTarget } from './connectingFrom.ts';

function MapNodeViewInner({ id, data, selected }: NodeProps<FlowNode>) {
  const { node, theme, focal, experiments, look, touching, scale } = data;
  const editing = useMapStore((s) => s.editingNodeId === id);
  const keyLabel = useKeyLabel(id);
  const calloutZoom = useCalloutZoom();
  // While a link is being drawn from another node, this whole node accepts the drop.
  const dropTarget = useDropTarget(id);
  const colour = theme?.colour ?? '#8a8f98';
  const style = {
    '--node-accent': colour,
    '--node-fill': theme ? tint(colour, 0.78) : '#ffffff',
    // A key-factor measure shown as a ring whose thickness follows the value.
    ...(look.emphasis != null ? { '--emphasis': `${Math.round(2 + look.emphasis * 12)}px` } : {}),
    // "Size nodes by": the whole box, label and marks drawn larger. CSS zoom (unlike a transform) changes the
    // size React Flow measures, so links, routes, theme regions and overlap checks all see the larger box.
    ...(scale !== 1 ? { zoom: scale } : {}),
  } as React.CSSProperties;

  const done = (label: string | null, byKey: boolean) => {
    // The editor is about to disappear: without this, keyboard focus would fall to the page. Done first,
    // while the node is surely drawn, so the next key pressed already reaches the node.
    if (byKey) focusNode(id);
    const store = useMapStore.getState();
    store.setEditing(null);
    if (label !== null && label.trim() !== node.label) store.dispatch(renameWithGuess(node, label.trim() || node.label));
  };

  return (
    <div
      className={`node node--${node.kind}${focal ? ' node--focal' : ''}${selected ? ' node--selected' : ''}${look.dimmed ? ' node--dimmed' : ''}${look.emphasis != null ? ' node--emphasis' : ''}${
        touching === null ? '' : touching ? ' node--touched' : ' node--touchable'
      }`}
      style={style}
      title={node.description || undefined}
    >
      <Handle type="target" position={Position.Left} className="node__handle" />
      {focal && <div className="node__caption">★ Focal outcome</div>}
      <div className="node__body">
        <span className="node__icon" title={KIND_LABELS[node.kind]}>
          <KindIcon kind={node.kind} />
        </span>
        {editing ? (
          <LabelEditor initial={node.label} onDone={done} />
        ) : (
          <NodeLabel node={node} focal={focal} />
        )}
      </div>
      {/* Zoomed far out: this node's name at a size a room can read (the stylesheet shows it only then). */}
      {keyLabel && !editing && (
        <span className="node__callout" aria-hidden="true" ref={calloutZoom}>
          {node.label || '(no label)'}
        </span>
      )}
      <LensMarks look={look} />
      <ExperimentBadge experiments={experiments} />
      <CommentBadge nodeId={id} />
      <StackBadges nodeId={id} label={node.label} />
      {touching && <span className="node__touch-mark" aria-label="Touched by this experiment" role="img">✓</span>}
      {node.pinned && (
        <span className="node__pin" role="img" aria-label="Pinned" title="Pinned: auto-layout leaves it where it is">
          📌
        </span>
      )}
      <Handle type="source" position={Position.Right} className="node__handle" />
      {dropTarget && <Handle type="target" id="drop" position={Position.Left} className="node__drop" isConnectableStart={false} />}
    </div>
  );
}

/**
 * Drawn again only when what it shows changes. React Flow also hands a node its position, size and whether it
 * is being dragged, which change on every frame of a drag or a layout's animation; none of them is drawn here
 * (React Flow places the box), so without this every moved node re-rendered its label and badges each frame.
 */
const sameLook = (a: NodeProps<FlowNode>, b: NodeProps<FlowNode>) => a.id === b.id && a.data === b.data && a.selected === b.selected;

export const MapNodeView = memo(MapNodeViewInner, sameLook);

/**
 * The label as the PDF prints it (draw/nodes.ts): smaller when one word
 * would not fit whole, and breakable after a slash as well as at spaces and
 * hyphens (a <wbr> after each slash; the text itself is unchanged).
 */
function NodeLabel({ node, focal }: { node: MapNode; focal: boolean }) {
  const size = nodeLabelSize(node, focal);
  const text = node.label || '(no label)';
  const parts = text.split(/(?<=\/)/);
  return (
    <span className="node__label" style={size === (focal ? 16 : 14) ? undefined : { fontSize: size }}>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
