/**
 * One actor, factor or outcome on the canvas. Kind is carried by shape and
 * icon, theme by fill colour, the focal outcome by a heavy double border and
 * a caption, so nothing relies on colour alone.
 */
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { renameWithGuess } from '../../model/actorType.ts';
import { tint } from '../../model/palette.ts';
import { KIND_LABELS } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import type { FlowNode } from '../toFlow.ts';
import { KindIcon } from '../../ui/KindIcon.tsx';
import { LabelEditor } from './LabelEditor.tsx';
import { focusNode } from '../../ui/focus.ts';
import { ExperimentBadge, LensMarks } from './NodeBadges.tsx';

function MapNodeViewInner({ id, data, selected }: NodeProps<FlowNode>) {
  const { node, theme, focal, experiments, look, touching } = data;
  const editing = useMapStore((s) => s.editingNodeId === id);
  // While a link is being drawn from another node, this whole node accepts the drop.
  const dropTarget = useConnection((c) => c.inProgress && c.fromNode.id !== id);
  const colour = theme?.colour ?? '#8a8f98';
  const style = {
    '--node-accent': colour,
    '--node-fill': theme ? tint(colour, 0.78) : '#ffffff',
    // A key-factor measure shown as a ring whose thickness follows the value.
    ...(look.emphasis != null ? { '--emphasis': `${Math.round(2 + look.emphasis * 12)}px` } : {}),
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
          <span className="node__label">{node.label || '(no label)'}</span>
        )}
      </div>
      <LensMarks look={look} />
      <ExperimentBadge experiments={experiments} />
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

export const MapNodeView = memo(MapNodeViewInner);
