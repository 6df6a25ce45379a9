/** The key to the map: shapes for kinds, fills for themes, marks and lines for links. Only what the map uses. */
import { useMemo, useState } from 'react';
import { KindIcon } from '../ui/KindIcon.tsx';
import { LOW_CONFIDENCE_DASH, POLARITY_MARK, strokeWidth } from '../draw/linkStyle.ts';
import { POLARITY_COLOURS, tint } from '../model/palette.ts';
import { EXPERIMENT_STATUSES, KIND_LABELS, NODE_KINDS, POLARITIES, STATUS_LABELS, STRENGTH_LEVELS, type MapDocument } from '../model/types.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { coverageSummary } from '../views/lens.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';

const POLARITY_WORDS = { '+': 'same direction', '-': 'opposite direction', '?': 'unknown or mixed' } as const;

export function usedInMap(doc: MapDocument) {
  const nodes = Object.values(doc.nodes);
  const links = Object.values(doc.links);
  const clusterCounts = new Map<string, number>();
  for (const n of nodes) if (n.clusterId) clusterCounts.set(n.clusterId, (clusterCounts.get(n.clusterId) ?? 0) + 1);
  return {
    kinds: NODE_KINDS.filter((k) => nodes.some((n) => n.kind === k)),
    clusters: Object.values(doc.clusters).filter((c) => clusterCounts.has(c.id)).map((c) => ({ cluster: c, count: clusterCounts.get(c.id)! })),
    polarities: POLARITIES.filter((p) => links.some((l) => l.polarity === p)),
    lowConfidence: links.some((l) => l.confidence === 'low'),
    delay: links.some((l) => l.delay),
    hasLinks: links.length > 0,
    statuses: EXPERIMENT_STATUSES.filter((s) => Object.values(doc.experiments).some((e) => e.status === s && Object.keys(e.touches).length)),
  };
}

export function Legend() {
  const doc = useMapStore((s) => s.doc);
  const [open, setOpen] = useState(true);
  const used = useMemo(() => usedInMap(doc), [doc]);
  const coverageOn = useViewStore((s) => s.lens.kind === 'coverage');
  const coverage = useMemo(() => (coverageOn ? coverageSummary(doc) : null), [coverageOn, doc]);
  if (!used.kinds.length) return null;

  return (
    <section className={`legend${open ? '' : ' legend--closed'}`} aria-label="Legend">
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide legend' : 'Show legend'}
      </button>
      {open && (
        <div className="legend__body">
          <ul className="legend__list legend__list--two">
            {used.kinds.map((k) => (
              <li key={k}>
                <span className={`legend__shape legend__shape--${k}`}>
                  <KindIcon kind={k} size={12} />
                </span>
                {KIND_LABELS[k]}
              </li>
            ))}
          </ul>
          {used.clusters.length > 0 && (
            <ul className="legend__list">
              {used.clusters.map(({ cluster, count }) => (
                <li key={cluster.id}>
                  <span className="legend__swatch" style={{ background: tint(cluster.colour, 0.6), borderColor: cluster.colour }} />
                  {cluster.name} <span className="muted">({count})</span>
                </li>
              ))}
            </ul>
          )}
          {coverage && (
            <ul className="legend__list" aria-label="Coverage">
              <li>
                <strong>Coverage of {coverage.factors} factors</strong>
              </li>
              <li>
                <span className="legend__count legend__count--none">0</span> not touched by any experiment: {coverage.untouched}
              </li>
              <li>
                <span className="legend__count">×1</span> touched once: {coverage.touchedOnce}
              </li>
              <li>
                <span className="legend__count">×2+</span> touched more than once: {coverage.touchedMore}
              </li>
              {coverage.top.length > 0 && <li className="muted">Most touched: {coverage.top.map((t) => `${t.label} (${t.count})`).join(', ')}</li>}
            </ul>
          )}
          {used.statuses.length > 0 && (
            <ul className="legend__list legend__list--two" aria-label="Experiment statuses">
              <li className="legend__caption">Experiment status</li>
              {used.statuses.map((s) => (
                <li key={s}>
                  <span className="legend__status">
                    <StatusIcon status={s} />
                  </span>
                  {STATUS_LABELS[s].toLowerCase()}
                </li>
              ))}
            </ul>
          )}
          {used.hasLinks && (
            <ul className="legend__list">
              {used.polarities.map((p) => (
                <li key={p}>
                  <span className="legend__mark" style={{ color: POLARITY_COLOURS[p], borderColor: POLARITY_COLOURS[p] }}>
                    {POLARITY_MARK[p]}
                  </span>
                  {POLARITY_WORDS[p]}
                </li>
              ))}
              <li>
                <svg width="44" height="16" aria-hidden="true">
                  {Object.values(STRENGTH_LEVELS).map((s, i) => (
                    <line key={s} x1={i * 15} y1="8" x2={i * 15 + 12} y2="8" stroke="#374151" strokeWidth={strokeWidth(s)} />
                  ))}
                </svg>
                weak · medium · strong
              </li>
              {used.lowConfidence && (
                <li>
                  <svg width="44" height="16" aria-hidden="true">
                    <line x1="0" y1="8" x2="44" y2="8" stroke="#374151" strokeWidth="2" strokeDasharray={LOW_CONFIDENCE_DASH} />
                  </svg>
                  low confidence
                </li>
              )}
              {used.delay && (
                <li>
                  <svg width="44" height="16" aria-hidden="true">
                    <line x1="0" y1="8" x2="44" y2="8" stroke="#374151" strokeWidth="2" />
                    <line x1="19" y1="1" x2="19" y2="15" stroke="#374151" strokeWidth="2" />
                    <line x1="25" y1="1" x2="25" y2="15" stroke="#374151" strokeWidth="2" />
                  </svg>
                  delayed effect
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
