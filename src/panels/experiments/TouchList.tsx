/** The nodes an experiment touches, with what was intended and what was seen at each. */
import { useId, useMemo, useState } from 'react';
import { isOrphaned, touchNodes, untouchNode, updateTouch } from '../../model/experiments.ts';
import { INTENDED_EFFECTS, INTENDED_LABELS, OBSERVED_EFFECTS, OBSERVED_LABELS, type Experiment } from '../../model/types.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { isSurprise } from '../../model/experiments.ts';

function AddTouch({ experiment }: { experiment: Experiment }) {
  const nodes = useMapStore((s) => s.doc.nodes);
  const [query, setQuery] = useState('');
  const id = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return Object.values(nodes)
      .filter((n) => !experiment.touches[n.id] && n.label.toLowerCase().includes(q))
      .sort((a, b) => a.label.localeCompare(b.label))
      .slice(0, 8);
  }, [nodes, query, experiment.touches]);
  return (
    <div className="add-touch">
      <label htmlFor={id}>Add a touched node</label>
      <input id={id} type="search" value={query} placeholder="Search node names…" onChange={(e) => setQuery(e.target.value)} />
      {query.trim() && (
        <ul className="add-touch__results" aria-label="Nodes to touch">
          {matches.length === 0 && <li className="muted">No untouched node matches “{query}”</li>}
          {matches.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                aria-label={`Touch ${n.label}`}
                onClick={() => {
                  useMapStore.getState().dispatch(touchNodes(experiment.id, [n.id]));
                  setQuery('');
                }}
              >
                + {n.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TouchList({ experiment }: { experiment: Experiment }) {
  const doc = useMapStore((s) => s.doc);
  const dispatch = useMapStore((s) => s.dispatch);
  const select = useMapStore((s) => s.select);
  const touches = Object.values(experiment.touches);
  return (
    <section className="touches" aria-labelledby="touches-heading">
      <h3 id="touches-heading">Touched nodes ({touches.length})</h3>
      {touches.length === 0 && <p className="muted">Touch the nodes this experiment tries to change or learn about.</p>}
      <ul className="plain-list">
        {touches.map((t) => {
          const orphan = isOrphaned(doc, t);
          const label = orphan ? t.nodeLabel : (doc.nodes[t.nodeId]?.label ?? t.nodeLabel);
          const key = `touch:${experiment.id}:${t.nodeId}`;
          return (
            <li key={t.nodeId} className={`touch${orphan ? ' touch--orphaned' : ''}`}>
              <div className="touch__head">
                {orphan ? (
                  <span className="touch__label">
                    {label} <span className="tag">not on the map</span>
                  </span>
                ) : (
                  <button type="button" className="link-button touch__label" onClick={() => select({ nodeIds: [t.nodeId] })}>
                    {label}
                  </button>
                )}
                <button type="button" className="link-button" aria-label={`Remove touch ${label}`} onClick={() => dispatch(untouchNode(experiment.id, t.nodeId))}>
                  Remove
                </button>
              </div>
              <div className="touch__effects">
                <label>
                  Intended
                  <select
                    aria-label={`Intended effect on ${label}`}
                    value={t.intended}
                    onChange={(e) => dispatch(updateTouch(experiment.id, t.nodeId, { intended: e.target.value as never }, 'Edit intended effect'))}
                  >
                    {INTENDED_EFFECTS.map((v) => (
                      <option key={v} value={v}>
                        {INTENDED_LABELS[v]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Observed
                  <select
                    aria-label={`Observed effect on ${label}`}
                    value={t.observed}
                    onChange={(e) => dispatch(updateTouch(experiment.id, t.nodeId, { observed: e.target.value as never }, 'Edit observed effect'))}
                  >
                    {OBSERVED_EFFECTS.map((v) => (
                      <option key={v} value={v}>
                        {OBSERVED_LABELS[v]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              {isSurprise(t.intended, t.observed) && <p className="surprise">A surprise: it moved the other way. Worth a conversation.</p>}
              <textarea
                aria-label={`Evidence for ${label}`}
                placeholder="Evidence: what did we see, and from whom?"
                rows={2}
                value={t.evidence}
                onChange={(e) => dispatch(updateTouch(experiment.id, t.nodeId, { evidence: e.target.value }, 'Edit evidence'), { coalesceKey: `${key}:evidence` })}
              />
            </li>
          );
        })}
      </ul>
      <AddTouch experiment={experiment} />
    </section>
  );
}
