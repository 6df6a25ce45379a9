/** Learn from: the patterns across the stack's experiments, a sortable, filterable table, and the learnings drawn from them. */
import { useMemo, useState } from 'react';
import { rollUp, type Agreement, type FactorEvidence, type PatternFilter } from '../../analysis/patterns/rollup.ts';
import { removeLearning } from '../../model/stack/operations.ts';
import type { StackDocument } from '../../model/stack/types.ts';
import { count } from '../../model/plural.ts';
import {
  EXPERIMENT_STATUSES,
  LEARNING_PHASES,
  PHASE_LABELS,
  SCALE_LABELS,
  STATUS_LABELS,
  SYSTEM_SCALES,
  type ExperimentStatus,
  type Id,
  type LearningPhase,
  type MapDocument,
  type SystemScale,
} from '../../model/types.ts';
import { appSession } from '../../ui/appSession.ts';
import { LearningForm } from './LearningForm.tsx';
import { PatternScope, wholeStack, type Scope } from './PatternScope.tsx';

const AGREEMENT: Record<Agreement, string> = { agree: '✓ agree', conflict: '⚠ conflict', mixed: '± mixed', 'no-results': '… no results yet' };
type SortKey = 'label' | 'experiments' | 'surprises';

export function PatternsView({ stack, maps }: { stack: StackDocument; maps: Record<Id, MapDocument> }) {
  const [filter, setFilter] = useState<PatternFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; down: boolean }>({ key: 'experiments', down: true });
  const [learningFor, setLearningFor] = useState<number | null>(null);
  const [scope, setScope] = useState<Scope>(() => wholeStack(stack));
  // Maps added to the stack since the view opened are covered too, unless the user has chosen a set by hand.
  const mapIds = useMemo(() => scope.mapIds.filter((id) => stack.maps[id]), [scope, stack]);
  const roll = useMemo(() => rollUp(stack, maps, { filter, mapIds }), [stack, maps, filter, mapIds]);
  const atHand = mapIds.filter((id) => maps[id]).length;
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
      <PatternScope stack={stack} scope={scope} onChange={setScope} />
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
          Phase
          <select value={filter.phases?.[0] ?? ''} onChange={(e) => setFilter({ ...filter, phases: e.target.value ? [e.target.value as LearningPhase] : [] })}>
            <option value="">Any phase</option>
            {LEARNING_PHASES.map((p) => (
              <option key={p} value={p}>
                {PHASE_LABELS[p]}
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
        {count(roll.experimentCount, 'experiment')} in {count(atHand, 'map')}
        {atHand < mapIds.length ? ` (${mapIds.length - atHand} not in this browser's library)` : ''}. Nodes marked “same as” count as one factor.
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
            {learningFor === i && <LearningForm pattern={p} stack={stack} maps={maps} defaultMapId={scope.forMapId} />}
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
              {l.about ? `, about ${l.about.label}` : ''}; rests on {count(l.experiments.length, 'experiment')} ({l.experiments.map((x) => x.title).join('; ')}); {l.date}
            </span>{' '}
            <button type="button" className="danger" onClick={() => appSession.stack.getState().dispatch(removeLearning(l.id))} aria-label={`Remove the learning ${l.statement}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
