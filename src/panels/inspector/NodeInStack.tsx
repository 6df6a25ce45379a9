/**
 * The node in the learning stack: which nodes in other maps are the same
 * thing, label matches offered as suggestions, and a search over the stack's
 * maps to mark another. Shown only when the open map is in the stack.
 */
import { useId, useState } from 'react';
import { findInStack, suggestSame } from '../../analysis/patterns/identity.ts';
import { markSame, unmarkSame } from '../../model/stack/operations.ts';
import type { NodeRef } from '../../model/stack/types.ts';
import type { MapNode } from '../../model/types.ts';
import { openNodeInStack } from '../../services/stacks.ts';
import { appSession, useMapStore, useStack } from '../../ui/appSession.ts';
import { useStackMarks } from '../../ui/useStackMarks.ts';
import './nodeInStack.css';

export function NodeInStack({ node }: { node: MapNode }) {
  const doc = useMapStore((s) => s.doc);
  const stack = useStack((s) => s.stack);
  const stackMaps = useStack((s) => s.maps);
  const marks = useStackMarks(node.id);
  const undoName = useStack((s) => s.past[s.past.length - 1]?.name);
  const [query, setQuery] = useState('');
  const searchId = useId();
  if (!stack?.maps[doc.id]) return null;
  const maps = { ...stackMaps, [doc.id]: doc };
  const me: NodeRef = { mapId: doc.id, nodeId: node.id, label: node.label };
  const same = marks?.sameAs ?? [];
  const suggestions = suggestSame(stack, maps, doc.id, node.id);
  const found = findInStack(stack, maps, doc.id, query).filter((f) => !same.some((s) => s.mapId === f.mapId && s.nodeId === f.nodeId));
  const mark = (other: { mapId: string; nodeId: string; label: string }) => {
    appSession.stack.getState().dispatch(markSame(me, { mapId: other.mapId, nodeId: other.nodeId, label: other.label }));
    setQuery('');
  };
  return (
    <section className="node-in-stack" aria-labelledby={`${searchId}-h`}>
      <h3 id={`${searchId}-h`}>In the stack “{stack.title}”</h3>
      {same.length > 0 ? (
        <>
          <p className="muted">The same as:</p>
          <ul className="node-in-stack__list">
            {same.map((s) => (
              <li key={`${s.mapId}/${s.nodeId}`}>
                <span>
                  “{s.label}” in {s.mapTitle}
                </span>
                {s.inStack && (
                  <button type="button" onClick={() => void openNodeInStack(appSession, s.mapId, s.nodeId, s.label)} aria-label={`Open ${s.mapTitle} at “${s.label}”`}>
                    Open
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => appSession.stack.getState().dispatch(unmarkSame(me))}>
            Not the same as these
          </button>
        </>
      ) : (
        <p className="muted">Not marked as the same as a node in another map.</p>
      )}
      {suggestions.length > 0 && (
        <>
          <p className="muted">Same label elsewhere in the stack:</p>
          <ul className="node-in-stack__list">
            {suggestions.map((s) => (
              <li key={`${s.mapId}/${s.nodeId}`}>
                <button type="button" onClick={() => mark(s)}>
                  Same as “{s.label}” in {s.mapTitle}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="field">
        <label htmlFor={searchId}>Find the same node in another map</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type part of its name" />
      </div>
      {undoName && (
        <button type="button" onClick={() => appSession.stack.getState().undo()}>
          Undo {undoName}
        </button>
      )}
      {query.trim() && (
        <ul className="node-in-stack__list" aria-label="Nodes in the stack's other maps">
          {found.length === 0 && <li className="muted">No node in the stack's other maps has that in its name.</li>}
          {found.map((f) => (
            <li key={`${f.mapId}/${f.nodeId}`}>
              <button type="button" onClick={() => mark(f)}>
                Same as “{f.label}” in {f.mapTitle}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
