/** Enable: on each downward connection, the enablers to nurture and barriers to remove, tied to nodes of the smaller map, each editable and removable. */
import { useState } from 'react';
import { addEnabler, removeEnabler, updateEnabler } from '../../model/stack/operations.ts';
import { overdueEnablers } from '../../model/stack/stewardship.ts';
import { ENABLER_KIND_LABELS, ENABLER_STATUS_LABELS, ENABLER_STATUS_MARKS, ENABLER_STATUSES, type Enabler, type EnablerStatus, type StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';
import { EnablerForm, type EnablerFields } from './EnablerForm.tsx';

const dispatch = appSession.stack.getState().dispatch;
const kindWord = (e: { kind: Enabler['kind'] }) => (e.kind === 'barrier' ? 'barrier' : 'enabler');

function EnablerItem({ e, overdue, lower, upper }: { e: Enabler; overdue: boolean; lower: MapDocument | undefined; upper: MapDocument | undefined }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="enabler enabler--editing">
        <EnablerForm
          lower={lower}
          upper={upper}
          initial={e}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={(fields: EnablerFields) => {
            dispatch(updateEnabler(e.id, fields, `Edit ${kindWord(fields)}`));
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li className={overdue ? 'enabler enabler--overdue' : 'enabler'}>
      <div>
        <strong>{ENABLER_KIND_LABELS[e.kind]}:</strong> {e.statement}
        {overdue && <span className="stack-badge stack-badge--overdue">Overdue</span>}
      </div>
      <div className="muted">
        <span aria-hidden="true">{ENABLER_STATUS_MARKS[e.status]}</span> {ENABLER_STATUS_LABELS[e.status]}; for {e.lowerNodes.map((n) => n.label).join(', ') || 'the whole map'}
        {e.upperNode ? `; rests on our ${e.upperNode.label}` : ''}
        {e.owner ? `; owner ${e.owner}` : ''}
        {e.reviewDate ? `; review ${e.reviewDate}` : ''}
      </div>
      <div className="enabler__actions">
        <label>
          <span className="visually-hidden">Status of {e.statement}</span>
          <select aria-label={`Status of ${e.statement}`} value={e.status} onChange={(ev) => dispatch(updateEnabler(e.id, { status: ev.target.value as EnablerStatus }, 'Set status'))}>
            {ENABLER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ENABLER_STATUS_MARKS[s]} {ENABLER_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${e.statement}`}>
          Edit…
        </button>
        <button type="button" className="danger" onClick={() => dispatch(removeEnabler(e.id, `Remove ${kindWord(e)}`))} aria-label={`Remove ${e.statement}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

export function EnablersView({ stack, maps }: { stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = new Set(overdueEnablers(stack, today).map((e) => e.id));
  const down = Object.values(stack.connections).filter((c) => c.kind === 'enables');
  if (!down.length) return <p>No “enables” connections yet: connect a larger map to a smaller one with “enables”.</p>;
  return (
    <div className="enablers">
      {down.map((c) => {
        const upper = stack.maps[c.from]?.title ?? c.from;
        const lowerTitle = stack.maps[c.to]?.title ?? c.to;
        const list = Object.values(stack.enablers).filter((e) => e.connectionId === c.id);
        return (
          <section key={c.id} className="enablers__connection" aria-label={`${upper} enables ${lowerTitle}`}>
            <h3>
              {upper} <span className="muted">enables</span> {lowerTitle}
            </h3>
            {list.length === 0 && <p className="muted">Nothing promised yet.</p>}
            <ul>
              {list.map((e) => (
                <EnablerItem key={e.id} e={e} overdue={overdue.has(e.id)} lower={maps[c.to]} upper={maps[c.from]} />
              ))}
            </ul>
            <details className="enablers__add" open={list.length === 0}>
              <summary>Add an enabler or barrier</summary>
              <EnablerForm lower={maps[c.to]} upper={maps[c.from]} submitLabel="Add" onSubmit={(fields) => dispatch(addEnabler({ ...fields, connectionId: c.id }))} />
            </details>
          </section>
        );
      })}
    </div>
  );
}
