/** The key to the map: shapes for kinds, fills for themes, marks and lines for links. Only what the map uses. */
import { ThemeRegionsToggle } from './ThemeRegionsToggle.tsx';
import { LoopMarkersToggle } from './LoopMarkersToggle.tsx';
import { SizeByControl } from './SizeByControl.tsx';
import { useEffect, useMemo, useRef } from 'react';
import { KindIcon } from '../ui/KindIcon.tsx';
import { LOW_CONFIDENCE_DASH, POLARITY_MARK, strokeWidth } from '../draw/linkStyle.ts';
import { POLARITY_COLOURS, tint } from '../model/palette.ts';
import { KIND_LABELS, STATUS_LABELS, STRENGTH_LEVELS } from '../model/types.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { printableLens } from '../views/exportLens.ts';
import { legendModel } from '../views/legend.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';
import { VoicesLegend } from './VoicesLegend.tsx';

const POLARITY_WORDS = { '+': 'same direction', '-': 'opposite direction', '?': 'unknown or mixed' } as const;

export function Legend() {
  const doc = useMapStore((s) => s.doc);
  // Folded to a strip on a short screen, and by a fit that it would cover (store/viewStore.ts `legend`).
  const open = useViewStore((s) => s.legend.open);
  const setOpen = (on: boolean) => useViewStore.getState().setLegend(on, on);
  const projector = useViewStore((s) => s.projector);
  // Projector mode folds the key to its strip; leaving it brings it back (then folded again by the fit if it covers the map).
  const wasProjector = useRef(projector);
  useEffect(() => {
    if (wasProjector.current === projector) return;
    wasProjector.current = projector;
    useViewStore.getState().setLegend(!projector, false);
  }, [projector]);
  const lens = useViewStore((s) => s.lens);
  // The same model as the printed key, so the screen and the paper explain the same things.
  const used = useMemo(() => legendModel(doc, printableLens(lens) ?? { kind: 'none' }), [doc, lens]);
  const coverage = used.coverage;
  if (!used.kinds.length && !used.focal) return null;

  return (
    <section className={`legend${open ? '' : ' legend--closed'}`} aria-label="Legend">
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide legend' : 'Show legend'}
      </button>
      {open && (
        <div className="legend__body">
          <ul className="legend__list legend__list--two">
            {used.focal && (
              <li>
                <span className="legend__shape legend__shape--outcome legend__shape--focal">
                  <KindIcon kind="outcome" size={12} />
                </span>
                Focal outcome
              </li>
            )}
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
              {used.clusters.map(({ theme, count }) => (
                <li key={theme.id}>
                  <span className="legend__swatch" style={{ background: tint(theme.colour, 0.6), borderColor: theme.colour }} />
                  {theme.name} <span className="muted">({count})</span>
                </li>
              ))}
              <li>
                <ThemeRegionsToggle />
              </li>
            </ul>
          )}
          {(Object.keys(doc.loopNames ?? {}).length > 0 || lens.kind === 'highlight') && (
            <ul className="legend__list">
              <li>
                <LoopMarkersToggle />
              </li>
            </ul>
          )}
          <SizeByControl />
          {lens.kind === 'voices' && <VoicesLegend />}
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
