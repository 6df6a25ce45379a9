/** Enable: on each downward connection, the enablers to nurture and barriers to remove, tied to nodes of the smaller map. */
import { useState } from 'react';
import { addEnabler, updateEnabler } from '../../model/stack/operations.ts';
import { overdueEnablers } from '../../model/stack/stewardship.ts';
import { ENABLER_STATUSES, type Connection, type EnablerKind, type EnablerStatus, type StackDocument } from '../../model/stack/types.ts';
import type { Id, MapDocument } from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';

function AddEnabler({ connection, lower }: { connection: Connection; lower: MapDocument | undefined }) {
  const [kind, setKind] = useState<EnablerKind>('enabler');
  const [statement, setStatement] = useState('');
  const [nodeId, setNodeId] = useState('');
  const [owner, setOwner] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  return (
    <form
      className="enabler-form"
      aria-label={`Add an enabler or barrier for ${lower?.meta.title ?? 'the map below'}`}
      onSubmit={(e) => {
        e.preventDefault();
        const node = lower?.nodes[nodeId];
        appSession.stack.getState().dispatch(
          addEnabler({ connectionId: connection.id, kind, statement: statement.trim(), lowerNodes: node && lower ? [{ mapId: lower.id, nodeId: node.id, label: node.label }] : [], upperNode: null, owner: owner.trim(), status: 'noticed', reviewDate }),
        );
        setStatement('');
      }}
    >
      <select aria-label="Enabler or barrier" value={kind} onChange={(e) => setKind(e.target.value as EnablerKind)}>
        <option value="enabler">Enabler to nurture</option>
        <option value="barrier">Barrier to remove</option>
      </select>
      <input aria-label="What" placeholder="What we will do" value={statement} onChange={(e) => setStatement(e.target.value)} />
      <select aria-label="For which node of the map below" value={nodeId} onChange={(e) => setNodeId(e.target.value)}>
        <option value="">For which node…</option>
        {Object.values(lower?.nodes ?? {})
          .sort((a, b) => a.label.localeCompare(b.label))
          .map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
      </select>
      <input aria-label="Owner" placeholder="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} />
      <input aria-label="Review date" type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />
      <button type="submit" disabled={!statement.trim()}>
        Add
      </button>
    </form>
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
            <ul>
              {list.map((e) => (
                <li key={e.id} className={overdue.has(e.id) ? 'enabler enabler--overdue' : 'enabler'}>
                  <strong>{e.kind === 'barrier' ? 'Barrier to remove' : 'Enabler to nurture'}:</strong> {e.statement}
                  <span className="muted">
                    {' '}
                    for {e.lowerNodes.map((n) => n.label).join(', ') || 'the whole map'}
                    {e.upperNode ? `; our ${e.upperNode.label}` : ''}
                    {e.owner ? `; owner ${e.owner}` : ''}
                    {e.reviewDate ? `; review ${e.reviewDate}` : ''}
                  </span>
                  {overdue.has(e.id) && <span className="stack-badge stack-badge--overdue">Overdue</span>}
                  <select aria-label={`Status of ${e.statement}`} value={e.status} onChange={(ev) => appSession.stack.getState().dispatch(updateEnabler(e.id, { status: ev.target.value as EnablerStatus }))}>
                    {ENABLER_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
            <AddEnabler connection={c} lower={maps[c.to]} />
          </section>
        );
      })}
    </div>
  );
}
