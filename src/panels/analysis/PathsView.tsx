/** Causal paths: what drives a node and what it drives, the chains between two nodes, and what reaches the focal outcome. */
import { useMemo, useState } from 'react';
import { allPaths, downstream, influencesOnOutcome, strongestPath, upstream, type CausalPath } from '../../analysis/index.ts';
import type { Id } from '../../model/types.ts';
import { useMapStore, useViewStore } from '../../ui/appSession.ts';
import { LengthSelect } from './LengthSelect.tsx';
import { count, plural } from '../../model/plural.ts';

const SIGN_WORDS = { '+': 'same direction', '-': 'opposite direction', '?': 'unknown direction' } as const;

function showPath(path: CausalPath, caption: string) {
  const view = useViewStore.getState();
  view.setLens({ kind: 'highlight', nodeIds: path.nodeIds, linkIds: path.linkIds, caption });
  view.focusOn(path.nodeIds);
}

function NodeSelect({ label, value, onChange }: { label: string; value: Id; onChange(id: Id): void }) {
  const nodes = useMapStore((s) => s.doc.nodes);
  const sorted = useMemo(() => Object.values(nodes).sort((a, b) => a.label.localeCompare(b.label)), [nodes]);
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose a node…</option>
        {sorted.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Reach() {
  const doc = useMapStore((s) => s.doc);
  const selected = useMapStore((s) => s.selection.nodeIds);
  const [steps, setSteps] = useState(2);
  const names = selected.map((id) => doc.nodes[id]?.label).filter(Boolean);
  const run = (direction: 'up' | 'down') => {
    const r = direction === 'up' ? upstream(doc, selected, steps) : downstream(doc, selected, steps);
    const view = useViewStore.getState();
    const what = direction === 'up' ? 'What drives' : 'What is driven by';
    view.setLens({ kind: 'highlight', nodeIds: r.nodes.map((n) => n.id), linkIds: r.linkIds, caption: `${what} ${names.join(', ')} (${steps === Infinity ? 'all steps' : count(steps, 'step')})` });
    view.focusOn(r.nodes.map((n) => n.id));
  };
  return (
    <fieldset className="analysis__box">
      <legend>Causes and effects of the selection</legend>
      <p className="muted">{names.length ? `Selected: ${names.join(', ')}` : 'Select one or more nodes on the map.'}</p>
      <div className="analysis__controls">
        <label>
          Steps
          <select aria-label="Steps" value={String(steps)} onChange={(e) => setSteps(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            <option value="Infinity">All</option>
          </select>
        </label>
        <button type="button" disabled={!selected.length} onClick={() => run('up')}>
          Show what drives it
        </button>
        <button type="button" disabled={!selected.length} onClick={() => run('down')}>
          Show what it drives
        </button>
      </div>
    </fieldset>
  );
}

function Between() {
  const doc = useMapStore((s) => s.doc);
  const selected = useMapStore((s) => s.selection.nodeIds);
  const [from, setFrom] = useState<Id>(selected[0] ?? '');
  const [to, setTo] = useState<Id>(doc.meta.focalNodeId ?? '');
  const [maxLength, setMaxLength] = useState(5);
  const result = useMemo(() => (from && to && from !== to ? allPaths(doc, from, to, maxLength, { maxPaths: 200 }) : null), [doc, from, to, maxLength]);
  const strongest = useMemo(() => (from && to && from !== to ? strongestPath(doc, from, to, maxLength) : null), [doc, from, to, maxLength]);
  const ordered = result ? [...result.paths].sort((a, b) => b.strength - a.strength) : [];
  return (
    <fieldset className="analysis__box">
      <legend>Paths between two nodes</legend>
      <div className="analysis__controls">
        <NodeSelect label="From" value={from} onChange={setFrom} />
        <NodeSelect label="To" value={to} onChange={setTo} />
        <LengthSelect label="Up to" name="Longest path" value={maxLength} onChange={setMaxLength} />
      </div>
      {result && (
        <p role="status" className="analysis__summary">
          {result.paths.length === 0
            ? 'No chain of influence joins them within that length.'
            : `${result.paths.length}${result.truncated ? '+' : ''} ${plural(result.paths.length, 'path')}. ${strongest ? `Strongest: ${strongest.sentence}.` : ''}`}
        </p>
      )}
      <ul className="plain-list paths">
        {ordered.slice(0, 30).map((p) => (
          <li key={p.linkIds.join(',')}>
            <button type="button" className="link-button" onClick={() => showPath(p, p.sentence)}>
              {p.steps}
            </button>
            <span className="muted">
              {' '}
              ({count(p.length, 'link')}, {SIGN_WORDS[p.sign]}, strength {Math.round(p.strength * 100)}%{p === ordered[0] ? ', strongest' : ''})
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Influences() {
  const doc = useMapStore((s) => s.doc);
  const focal = doc.meta.focalNodeId;
  const list = useMemo(() => (focal ? influencesOnOutcome(doc, focal) : []), [doc, focal]);
  if (!focal) return <p className="muted">Choose a focal outcome (in the map’s inspector) to see what influences it.</p>;
  return (
    <fieldset className="analysis__box">
      <legend>What influences “{doc.nodes[focal]?.label}”</legend>
      <p className="muted">{count(list.length, 'node')} {plural(list.length, 'has')} a chain of influence to it, strongest first.</p>
      <ol className="influences">
        {list.slice(0, 25).map((i) => (
          <li key={i.nodeId}>
            <button type="button" className="link-button" onClick={() => showPath(i.path, i.path.sentence)}>
              {i.label}
            </button>
            <span className="muted">
              {' '}
              {i.sign === '+' ? '+ more → more' : i.sign === '-' ? '− more → less' : '? unclear'}, {count(i.length, 'link')}, {Math.round(i.strength * 100)}%
            </span>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

export function PathsView() {
  return (
    <section aria-labelledby="paths-heading">
      <h3 id="paths-heading">Causal paths</h3>
      <Reach />
      <Between />
      <Influences />
    </section>
  );
}
