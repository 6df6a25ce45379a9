/** Learn from: the patterns across the stack's experiments, a sortable, filterable table, and the learnings drawn from them. */
import { useMemo, useState } from 'react';
import { rollUp, type Agreement, type FactorEvidence, type Pattern, type PatternFilter } from '../../analysis/patterns/rollup.ts';
import { addLearning } from '../../model/stack/operations.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import { EXPERIMENT_STATUSES, SCALE_LABELS, STATUS_LABELS, SYSTEM_SCALES, type ExperimentStatus, type Id, type MapDocument, type SystemScale } from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';

const AGREEMENT: Record<Agreement, string> = { agree: '✓ agree', conflict: '⚠ conflict', mixed: '± mixed', 'no-results': '… no results yet' };
type SortKey = 'label' | 'experiments' | 'surprises';

/** The largest-scale map of the stack: where a learning from the scales below is shown. */
function largest(stack: StackDocument): Id | null {
  const order: SystemScale[] = [...SYSTEM_SCALES].reverse();
  const maps = Object.values(stack.maps).sort((a, b) => order.indexOf(a.scale) - order.indexOf(b.scale));
  return maps[0]?.mapId ?? null;
}

function LearningForm({ pattern, stack, maps }: { pattern: Pattern; stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const [text, setText] = useState('');
  const [mapId, setMapId] = useState(largest(stack) ?? '');
  const target = maps[mapId];
  return (
    <form
      className="learning-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || !mapId) return;
        const member = Object.values(stack.identities).find((i) => i.id === pattern.effect.key)?.members.find((m) => m.mapId === mapId);
        const about = member ?? (target ? Object.values(target.nodes).filter((n) => n.label === pattern.effect.label).map((n) => ({ mapId, nodeId: n.id, label: n.label }))[0] ?? null : null);
        appSession.stack.getState().dispatch(addLearning({ mapId, statement: text.trim(), about, experiments: pattern.experiments.map((x) => ({ mapId: x.mapId, experimentId: x.experimentId, title: x.title })), date: new Date().toISOString().slice(0, 10) }));
        setText('');
      }}
    >
      <label>
        What we learn from this
        <input value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        On the map
        <select value={mapId} onChange={(e) => setMapId(e.target.value)}>
          {Object.values(stack.maps).map((m) => (
            <option key={m.mapId} value={m.mapId}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!text.trim()}>
        Record learning
      </button>
    </form>
  );
}

export function PatternsView({ stack, maps }: { stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const [filter, setFilter] = useState<PatternFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; down: boolean }>({ key: 'experiments', down: true });
  const [learningFor, setLearningFor] = useState<number | null>(null);
  const roll = useMemo(() => rollUp(stack, maps, { filter }), [stack, maps, filter]);
  const factors = useMemo(() => {
    const by = (f: FactorEvidence) => (sort.key === 'label' ? f.label.toLowerCase() : f[sort.key]);
    return [...roll.factors].sort((a, b) => {
      const x = by(a);
      const y = by(b);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return sort.down ? -c : c;
    });
  }, [roll, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.down ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, down: sort.key === key ? !sort.down : key !== 'label' })}>
        {label} {sort.key === key ? (sort.down ? '▼' : '▲') : ''}
      </button>
    </th>
  );
  return (
    <div className="patterns">
      <div className="patterns__filters" role="group" aria-label="Filter the experiments">
        <label>
          Scale
          <select value={filter.scales?.[0] ?? ''} onChange={(e) => setFilter({ ...filter, scales: e.target.value ? [e.target.value as SystemScale] : [] })}>
            <option value="">All scales</option>
            {SYSTEM_SCALES.map((s) => (
              <option key={s} value={s}>
                {SCALE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filter.statuses?.[0] ?? ''} onChange={(e) => setFilter({ ...filter, statuses: e.target.value ? [e.target.value as ExperimentStatus] : [] })}>
            <option value="">Any status</option>
            {EXPERIMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner <input value={filter.owner ?? ''} onChange={(e) => setFilter({ ...filter, owner: e.target.value })} />
        </label>
        <label>
          From <input type="date" value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
        </label>
      </div>
      <p className="patterns__summary">
        {roll.experimentCount} experiments in {Object.keys(maps).length} maps. Nodes marked “same as” count as one factor.
      </p>
      <h3>Patterns</h3>
      {roll.patterns.length === 0 && <p>No factor was tried by two or more of these experiments yet.</p>}
      <ul className="patterns__list">
        {roll.patterns.map((p, i) => (
          <li key={`${p.factor.key}-${p.intended}-${p.effect.key}`}>
            <span className="patterns__sentence">{p.sentence}</span> <span className={`agreement agreement--${p.agreement}`}>{AGREEMENT[p.agreement]}</span>{' '}
            <button type="button" onClick={() => setLearningFor(learningFor === i ? null : i)} aria-expanded={learningFor === i}>
              Record a learning…
            </button>
            {learningFor === i && <LearningForm pattern={p} stack={stack} maps={maps} />}
          </li>
        ))}
      </ul>
      <h3>Evidence per factor</h3>
      <table className="patterns__table">
        <thead>
          <tr>
            {header('label', 'Factor')}
            <th scope="col">Maps</th>
            {header('experiments', 'Experiments')}
            <th scope="col">Intended</th>
            <th scope="col">Observed</th>
            {header('surprises', 'Surprises')}
            <th scope="col">Results</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td>{f.nodes.length}</td>
              <td>{f.experiments}</td>
              <td>{Object.entries(f.intended).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ')}</td>
              <td>{Object.entries(f.observed).filter(([, n]) => n).map(([k, n]) => `${n} ${k.replace(/-/g, ' ')}`).join(', ')}</td>
              <td>{f.surprises}</td>
              <td className={`agreement agreement--${f.agreement}`}>{AGREEMENT[f.agreement]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Learnings</h3>
      {Object.values(stack.learnings).length === 0 && <p>No learnings recorded yet.</p>}
      <ul className="learnings">
        {Object.values(stack.learnings).map((l) => (
          <li key={l.id}>
            <strong>{l.statement}</strong>
            <span className="learnings__meta">
              {' '}
              On {stack.maps[l.mapId]?.title ?? 'a map no longer in the stack'}
              {l.about ? `, about ${l.about.label}` : ''}; rests on {l.experiments.length} experiments ({l.date})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
