/** Every field of one actor, factor or outcome. */
import { newId } from '../../model/ids.ts';
import { useReadOnly } from './readOnly.ts';
import { setFocalOutcome, updateNode, type NodePatch } from '../../model/operations.ts';
import { deleteElements } from '../../services/actions.ts';
import { NodeExperiments } from '../experiments/NodeExperiments.tsx';
import { ACTOR_TYPES, FACTOR_TYPES, KIND_LABELS, NODE_KINDS, type MapNode } from '../../model/types.ts';
import { appSession, useMapStore } from '../../ui/appSession.ts';
import { CheckField, ListField, SelectField, TextField } from './fields.tsx';
import { NodeLinks } from './NodeLinks.tsx';
import { ThemeSelect } from './ThemeSelect.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { NodeInStack } from './NodeInStack.tsx';
import { BringHere } from '../live/BringHere.tsx';
import { AddedBy } from './AddedBy.tsx';
import { CommentsSection } from './CommentsSection.tsx';

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function NodeInspector({ node }: { node: MapNode }) {
  const readOnly = useReadOnly();
  const focal = useMapStore((s) => s.doc.meta.focalNodeId === node.id);
  const dispatch = useMapStore((s) => s.dispatch);
  const edit = (patch: NodePatch, field: string) => dispatch(updateNode(node.id, patch, `Edit ${field}`), { coalesceKey: `node:${node.id}:${field}` });

  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">{KIND_LABELS[node.kind]}</h2>
      <AddedBy record={node} />
      <TextField label="Label" value={node.label} onChange={(label) => edit({ label }, 'label')} />
      <SelectField
        label="Kind"
        value={node.kind}
        options={NODE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(kind) =>
          edit(
            {
              kind,
              actorType: kind === 'actor' ? (node.actorType ?? 'organisation') : undefined,
              factorType: kind === 'factor' ? (node.factorType ?? 'condition') : undefined,
            },
            'kind',
          )
        }
      />
      {node.kind === 'actor' && (
        <SelectField
          label="Actor type"
          value={node.actorType ?? 'organisation'}
          options={ACTOR_TYPES.map((t) => ({ value: t, label: cap(t) }))}
          onChange={(actorType) => edit({ actorType }, 'actor type')}
        />
      )}
      {node.kind === 'factor' && (
        <SelectField
          label="Factor type"
          value={node.factorType ?? 'condition'}
          options={FACTOR_TYPES.map((t) => ({ value: t, label: cap(t) }))}
          onChange={(factorType) => edit({ factorType }, 'factor type')}
        />
      )}
      {node.kind === 'outcome' && (
        <CheckField label="Focal outcome of this map" checked={focal} onChange={(on) => dispatch(setFocalOutcome(on ? node.id : null))} />
      )}
      <ThemeSelect value={node.clusterId} onChange={(clusterId) => edit({ clusterId }, 'theme')} />
      <CheckField label="Pinned: auto-layout leaves it where it is" checked={!!node.pinned} onChange={(pinned) => edit({ pinned }, 'pin')} />
      <TextField label="Description" multiline value={node.description} onChange={(description) => edit({ description }, 'description')} />
      <ListField label="Tags (comma separated)" values={node.tags} onChange={(tags) => edit({ tags }, 'tags')} />
      <NotesEditor
        notes={node.notes}
        onChange={(notes, what) => edit({ notes }, what)}
        newNote={(isPrivate) => ({ id: newId('note'), text: '', private: isPrivate, createdAt: new Date().toISOString() })}
      />
      <CommentsSection target={{ kind: 'node', id: node.id }} what={node.label || KIND_LABELS[node.kind]} />
      <NodeExperiments node={node} />
      <NodeLinks node={node} />
      <NodeInStack node={node} />
      <div className="inspector__actions">
        <BringHere nodeIds={[node.id]} what={node.label || KIND_LABELS[node.kind]} />
        <button type="button" className="danger" disabled={readOnly} onClick={() => void deleteElements(appSession, [node.id])}>
          Delete {node.kind}
        </button>
      </div>
    </section>
  );
}
