/** What-if: nudge factors up or down and see which way the rest of the map would move, and where experiments surprised us. */
import { useEffect, useMemo, useState } from 'react';
import { compareWithExperiments, experimentNudges, whatIf, type Nudges } from '../../analysis/index.ts';
import { OBSERVED_LABELS, INTENDED_LABELS } from '../../model/types.ts';
import { useImports, useViewStore } from '../../ui/appSession.ts';
import type { Prediction } from '../../views/lens.ts';
import { count, plural } from '../../model/plural.ts';
import { useBasedMap } from './basis.ts';

const moving = (n: number) => `${count(n, 'node')} ${plural(n, 'moves')}`;

const VERDICT_WORDS: Record<string, string> = {
  'as-predicted': 'as predicted',
  surprise: 'a surprise',
  'did-not-move': 'did not move',
  'no-prediction': 'no prediction',
  unclear: 'unclear',
  'not-yet-known': 'not yet known',
};

export function WhatIfView() {
  // The prediction follows the chosen basis (the map's values, the mean of views, or one perspective's).
  const { doc } = useBasedMap();
  const [nudges, setNudges] = useState<Nudges>({});
  const [experimentId, setExperimentId] = useState('');
  const [query, setQuery] = useState('');
  // Scenarios that came with the map from Mental Modeler, kept for this session.
  const scenarios = useImports((s) => s.scenarios[doc.id]);
  const [scenarioName, setScenarioName] = useState('');

  const result = useMemo(() => (Object.keys(nudges).length ? whatIf(doc, nudges) : null), [doc, nudges]);
  const comparison = useMemo(() => (experimentId ? compareWithExperiments(doc, experimentId) : null), [doc, experimentId]);

  // Show the prediction on the canvas while this view is open.
  useEffect(() => {
    const view = useViewStore.getState();
    if (!result) {
      if (view.lens.kind === 'whatif') view.setLens({ kind: 'none' });
      return;
    }
    const predictions: Record<string, Prediction> = {};
    for (const e of result.effects) predictions[e.id] = { direction: e.direction, relative: e.relative, nudged: e.nudged, uncertain: e.uncertain };
    const names = Object.keys(nudges).map((id) => `${nudges[id]! > 0 ? '▲' : '▼'} ${doc.nodes[id]?.label}`);
    view.setLens({ kind: 'whatif', predictions, caption: `What if: ${names.join(', ')}` });
  }, [result, nudges, doc.nodes]);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return Object.values(doc.nodes)
      .filter((n) => !(n.id in nudges) && n.label.toLowerCase().includes(q))
      .slice(0, 8);
  }, [query, doc.nodes, nudges]);

  const biggest = result ? result.effects.filter((e) => !e.nudged && e.direction !== 'none').sort((a, b) => Math.abs(b.relative) - Math.abs(a.relative)).slice(0, 15) : [];

  return (
    <section aria-labelledby="whatif-heading">
      <h3 id="whatif-heading">What if…</h3>
      <p className="muted">Nudge factors up or down and see which way the rest of the map would move if its links are right. A direction, not a forecast.</p>
      <div className="analysis__controls">
        <label>
          Start from an experiment’s intentions
          <select
            aria-label="Start from an experiment’s intentions"
            value={experimentId}
            onChange={(e) => {
              setExperimentId(e.target.value);
              setScenarioName('');
              const x = doc.experiments[e.target.value];
              if (x) setNudges(experimentNudges(doc, x));
            }}
          >
            <option value="">None</option>
            {Object.values(doc.experiments).map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        {scenarios && scenarios.length > 0 && (
          <label>
            Scenario
            <select
              aria-label="Scenario"
              value={scenarioName}
              onChange={(e) => {
                setScenarioName(e.target.value);
                const scenario = scenarios.find((x) => x.name === e.target.value);
                if (!scenario) return setNudges({});
                setExperimentId('');
                setNudges(Object.fromEntries(Object.entries(scenario.inputs).filter(([id, v]) => id in doc.nodes && v !== 0)));
              }}
            >
              <option value="">None</option>
              {scenarios.map((x) => (
                <option key={x.name} value={x.name}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ul className="plain-list nudges" aria-label="Nudges">
        {Object.entries(nudges).map(([id, value]) => (
          <li key={id} className="nudge">
            <span>
              {doc.nodes[id]?.label}
              {Math.abs(value) !== 1 && <span className="muted"> ({value > 0 ? '+' : '−'}{Math.abs(value)})</span>}
            </span>
            <button type="button" aria-pressed={value > 0} onClick={() => setNudges({ ...nudges, [id]: 1 })} aria-label={`Nudge ${doc.nodes[id]?.label} up`}>
              ▲ up
            </button>
            <button type="button" aria-pressed={value < 0} onClick={() => setNudges({ ...nudges, [id]: -1 })} aria-label={`Nudge ${doc.nodes[id]?.label} down`}>
              ▼ down
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove nudge on ${doc.nodes[id]?.label}`}
              onClick={() => {
                const next = { ...nudges };
                delete next[id];
                setNudges(next);
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="add-touch">
        <label htmlFor="whatif-add">Nudge a node</label>
        <input id="whatif-add" type="search" placeholder="Search node names…" value={query} onChange={(e) => setQuery(e.target.value)} />
        {matches.length > 0 && (
          <ul className="add-touch__results" aria-label="Nodes to nudge">
            {matches.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  aria-label={`Nudge ${n.label}`}
                  onClick={() => {
                    setNudges({ ...nudges, [n.id]: 1 });
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
      {result && (
        <>
          <p role="status" className="analysis__summary">
            {result.converged ? `Settled after ${count(result.iterations, 'round')}.` : `Did not settle within ${count(result.iterations, 'round')}: read the directions with care.`}{' '}
            {biggest.length ? `${moving(result.effects.filter((e) => !e.nudged && e.direction !== 'none').length)}.` : 'Nothing else moves.'}
          </p>
          <ol className="influences" aria-label="Biggest predicted effects">
            {biggest.map((e) => (
              <li key={e.id}>
                {e.direction === 'up' ? '▲' : '▼'} {doc.nodes[e.id]?.label} <span className="muted">({Math.round(Math.abs(e.relative) * 100)}%{e.uncertain ? ', uncertain' : ''})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {comparison && (
        <fieldset className="analysis__box">
          <legend>Predicted and observed: “{comparison.title}”</legend>
          <table className="analysis__table">
            <thead>
              <tr>
                <th scope="col">Node</th>
                <th scope="col">Intended</th>
                <th scope="col">Predicted</th>
                <th scope="col">Observed</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {comparison.touches.map((t) => (
                <tr key={t.nodeId} className={t.surprise ? 'is-surprise' : undefined}>
                  <td>{t.label}</td>
                  <td>{INTENDED_LABELS[t.intended]}</td>
                  <td>{t.predicted}</td>
                  <td>{OBSERVED_LABELS[t.observed]}</td>
                  <td>{t.surprise ? <strong className="surprise">! {VERDICT_WORDS[t.verdict]}</strong> : VERDICT_WORDS[t.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {comparison.touches.some((t) => t.surprise) && <p className="surprise">Surprises are prompts for learning: what does the map miss?</p>}
        </fieldset>
      )}
    </section>
  );
}
