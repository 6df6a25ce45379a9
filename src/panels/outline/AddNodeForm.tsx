/** Adding a node by name from the outline: choose its kind, type its name, Enter. */
import { useId, useState } from 'react';
import { NODE_KINDS, KIND_LABELS, type NodeKind } from '../../model/types.ts';
import { addNamedNode } from '../../services/outline.ts';
import { announce } from '../../ui/announce.ts';
import { appSession } from '../../ui/appSession.ts';

export function AddNodeForm() {
  const [kind, setKind] = useState<NodeKind>('factor');
  const [label, setLabel] = useState('');
  const id = useId();
  return (
    <form
      className="outline__add"
      aria-label="Add a node"
      onSubmit={(e) => {
        e.preventDefault();
        if (!label.trim()) return;
        const node = addNamedNode(appSession, kind, label);
        announce(`Added ${KIND_LABELS[kind].toLowerCase()} “${node.label}”.`);
        setLabel('');
      }}
    >
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        Kind of node to add
      </label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
        {NODE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-name`} className="visually-hidden">
        Name of the new node
      </label>
      <input id={`${id}-name`} type="text" placeholder="Name of a new node" value={label} onChange={(e) => setLabel(e.target.value)} />
      <button type="submit" disabled={!label.trim()}>
        Add
      </button>
    </form>
  );
}
