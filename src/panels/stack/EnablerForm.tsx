/**
 * Adding or editing one enabler or barrier on a downward connection: what,
 * which nodes of the smaller map it helps (a filterable checklist), optionally
 * a node of the larger map (such as a commissioning rule), owner, status and
 * review date.
 */
import { useId, useState } from 'react';
import { ENABLER_KIND_LABELS, ENABLER_KINDS, ENABLER_STATUS_LABELS, ENABLER_STATUSES, type Enabler, type EnablerKind, type EnablerStatus, type NodeRef } from '../../model/stack/types.ts';
import type { MapDocument } from '../../model/types.ts';

export type EnablerFields = Omit<Enabler, 'id' | 'connectionId'>;

interface Props {
  lower: MapDocument | undefined;
  upper: MapDocument | undefined;
  initial?: EnablerFields;
  submitLabel: string;
  onSubmit(fields: EnablerFields): void;
  onCancel?(): void;
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

export function EnablerForm({ lower, upper, initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [kind, setKind] = useState<EnablerKind>(initial?.kind ?? 'enabler');
  const [statement, setStatement] = useState(initial?.statement ?? '');
  const [lowerNodes, setLowerNodes] = useState<NodeRef[]>(initial?.lowerNodes ?? []);
  const [upperNode, setUpperNode] = useState<NodeRef | null>(initial?.upperNode ?? null);
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [status, setStatus] = useState<EnablerStatus>(initial?.status ?? 'noticed');
  const [reviewDate, setReviewDate] = useState(initial?.reviewDate ?? '');
  const [filter, setFilter] = useState('');
  const lowerTitle = lower?.meta.title ?? 'the map below';
  const ticked = new Set(lowerNodes.map((n) => n.nodeId));
  const nodes = Object.values(lower?.nodes ?? {})
    .filter((n) => !filter.trim() || n.label.toLowerCase().includes(filter.trim().toLowerCase()) || ticked.has(n.id))
    .sort(byLabel);
  // References to nodes since deleted from the smaller map stay, readable by their labels.
  const gone = lowerNodes.filter((n) => !lower?.nodes[n.nodeId]);
  const toggle = (ref: NodeRef) => setLowerNodes(ticked.has(ref.nodeId) ? lowerNodes.filter((n) => n.nodeId !== ref.nodeId) : [...lowerNodes, ref]);

  return (
    <form
      className="enabler-form"
      aria-label={initial ? `Edit ${initial.statement}` : `Add an enabler or barrier for ${lowerTitle}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!statement.trim()) return;
        onSubmit({ kind, statement: statement.trim(), lowerNodes, upperNode, owner: owner.trim(), status, reviewDate });
        if (!initial) {
          setStatement('');
          setLowerNodes([]);
          setUpperNode(null);
          setFilter('');
        }
      }}
    >
      <div className="enabler-form__row">
        <div className="enabler-form__field">
          <label htmlFor={`${id}-kind`}>Enabler or barrier</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EnablerKind)}>
            {ENABLER_KINDS.map((k) => (
              <option key={k} value={k}>
                {ENABLER_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="enabler-form__field enabler-form__what">
          <label htmlFor={`${id}-what`}>What</label>
          <input id={`${id}-what`} value={statement} placeholder="What we will do" onChange={(e) => setStatement(e.target.value)} maxLength={500} />
        </div>
        <div className="enabler-form__field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input id={`${id}-owner`} value={owner} placeholder="Who keeps it moving" onChange={(e) => setOwner(e.target.value)} maxLength={200} />
        </div>
        <div className="enabler-form__field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as EnablerStatus)}>
            {ENABLER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ENABLER_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="enabler-form__field">
          <label htmlFor={`${id}-review`}>Review date</label>
          <input id={`${id}-review`} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
        </div>
      </div>
      <div className="enabler-form__row">
        <fieldset className="enabler-form__nodes">
          <legend>
            Nodes of {lowerTitle} it helps {lowerNodes.length ? `(${lowerNodes.length} chosen)` : '(none: the whole map)'}
          </legend>
          <input type="search" aria-label={`Filter the nodes of ${lowerTitle}`} placeholder="Filter by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
          {!lower && <p className="muted">That map is not in this browser's library, so its nodes cannot be listed.</p>}
          <div className="enabler-form__checklist">
            {nodes.map((n) => (
              <label key={n.id} className="check">
                <input type="checkbox" checked={ticked.has(n.id)} onChange={() => toggle({ mapId: lower!.id, nodeId: n.id, label: n.label })} /> {n.label}
              </label>
            ))}
            {gone.map((n) => (
              <label key={n.nodeId} className="check muted">
                <input type="checkbox" checked onChange={() => toggle(n)} /> {n.label} (no longer in the map)
              </label>
            ))}
          </div>
        </fieldset>
        <div className="enabler-form__field enabler-form__upper">
          <label htmlFor={`${id}-upper`}>Our own node it rests on (optional)</label>
          <select
            id={`${id}-upper`}
            value={upperNode?.nodeId ?? ''}
            onChange={(e) => {
              const n = upper?.nodes[e.target.value];
              setUpperNode(n && upper ? { mapId: upper.id, nodeId: n.id, label: n.label } : null);
            }}
          >
            <option value="">None</option>
            {upperNode && !upper?.nodes[upperNode.nodeId] && <option value={upperNode.nodeId}>{upperNode.label} (no longer in the map)</option>}
            {Object.values(upper?.nodes ?? {})
              .sort(byLabel)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="enabler-form__buttons">
        <button type="submit" disabled={!statement.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
