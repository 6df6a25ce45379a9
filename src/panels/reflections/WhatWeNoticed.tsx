/** The map's reflection points, "What we noticed", listed with its learning logs: dated, with the nodes and view they are about. */
import { useState } from 'react';
import { reflectionNodes, reflectionViewTitle, removeReflection, sortedReflections } from '../../model/reflections.ts';
import type { Reflection } from '../../model/types.ts';
import { formatDay } from '../../export/pdf/experiments.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { ReflectionForm, RecordWhatWeNoticed } from './ReflectionForm.tsx';

function Item({ reflection, onEdit }: { reflection: Reflection; onEdit(): void }) {
  const doc = useMapStore((s) => s.doc);
  const readOnly = useMapStore((s) => s.readOnly !== null);
  const nodes = reflectionNodes(doc, reflection);
  const view = reflectionViewTitle(doc, reflection);
  const who = reflection.voice?.name;
  const day = formatDay(reflection.date) || 'Undated';
  return (
    <li className="reflection">
      <div className="reflection__head">
        <strong>{day}</strong>
        {who && <span className="muted">· {who}</span>}
        {view && <span className="muted">· in the view “{view}”</span>}
        {!readOnly && (
          <>
            <button type="button" className="link-button" aria-label={`Edit what we noticed on ${day}`} onClick={onEdit}>
              Edit
            </button>
            <button type="button" className="link-button" aria-label={`Delete what we noticed on ${day}`} onClick={() => useMapStore.getState().dispatch(removeReflection(reflection.id))}>
              Delete
            </button>
          </>
        )}
      </div>
      <p className="reflection__text">{reflection.text}</p>
      {nodes.length > 0 && (
        <p className="muted">
          About:{' '}
          {nodes.map((n, i) => (
            <span key={n.id}>
              {i > 0 && ', '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  useMapStore.getState().select({ nodeIds: [n.id] });
                  useViewStore.getState().focusOn([n.id]);
                }}
              >
                {n.label || '(no label)'}
              </button>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

export function WhatWeNoticed() {
  const reflections = useMapStore((s) => s.doc.reflections);
  const [editingId, setEditingId] = useState<string | null>(null);
  const list = sortedReflections(reflections).reverse();
  return (
    <section className="reflections" aria-labelledby="noticed-heading">
      <h3 id="noticed-heading">What we noticed ({list.length})</h3>
      <RecordWhatWeNoticed />
      {list.length === 0 && <p className="muted">No reflection points yet. Record what the group noticed, tied to the nodes selected on the map.</p>}
      <ul className="plain-list">
        {list.map((r) =>
          r.id === editingId ? (
            <li key={r.id}>
              <ReflectionForm nodeIds={r.nodeIds} editing={r} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <Item key={r.id} reflection={r} onEdit={() => setEditingId(r.id)} />
          ),
        )}
      </ul>
    </section>
  );
}
