/** The stack as cards by scale (region at the top, person at the bottom), with their connections drawn. */
import { count } from '../../model/plural.ts';
import { CONNECTION_LABELS, CYCLE_PHASES, CYCLE_PHASE_LABELS, type StackDocument } from '../../model/stack/types.ts';
import { setMapPhase } from '../../model/stack/operations.ts';
import { promisedTo } from '../../model/stack/stewardship.ts';
import { SCALE_LABELS, type Id, type MapDocument } from '../../model/types.ts';
import { CARD, stackDiagram } from '../../views/stackDiagram.ts';
import { appSession } from '../../ui/appSession.ts';

const LEFT = 130;
const MARKER: Record<string, string> = { 'learns-from': 'url(#arrow-learn)', enables: 'url(#arrow-enable)', 'learns-with': 'url(#arrow-with)' };

export function StackDiagramView({ stack, maps, onOpen }: { stack: StackDocument; maps: Record<Id, MapDocument>; onOpen(id: Id): void }) {
  const d = stackDiagram(stack);
  if (!d.cards.length) return <p className="stack__empty">This stack has no maps yet. Add the open map, a map from the library, or a new one.</p>;
  const width = d.width + LEFT + 20;
  const height = d.height + 20;
  return (
    <div className="stack-diagram" style={{ width, height }}>
      <svg width={width} height={height} aria-hidden="true" className="stack-diagram__lines">
        <defs>
          {(['learn', 'enable', 'with'] as const).map((k) => (
            <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className={`stack-line--${k}`} />
            </marker>
          ))}
        </defs>
        {d.lines.map((l) => (
          <g key={l.connection.id} className={`stack-line stack-line--${l.connection.kind === 'learns-from' ? 'learn' : l.connection.kind === 'enables' ? 'enable' : 'with'}`}>
            <line x1={l.x1 + LEFT} y1={l.y1 + 10} x2={l.x2 + LEFT} y2={l.y2 + 10} markerEnd={MARKER[l.connection.kind]} />
            {l.y1 === l.y2 ? (
              // Sideways: the label centred above the line, clear of the arrowhead.
              <text x={(l.x1 + l.x2) / 2 + LEFT} y={l.y1 + 10 - 6} textAnchor="middle">
                {CONNECTION_LABELS[l.connection.kind]}
              </text>
            ) : (
              <text x={l.x1 + (l.x2 - l.x1) * 0.72 + LEFT + 6} y={l.y1 + (l.y2 - l.y1) * 0.72 + 10}>
                {CONNECTION_LABELS[l.connection.kind]}
              </text>
            )}
          </g>
        ))}
      </svg>
      {d.rows.map((r) => (
        <div key={r.scale} className="stack-diagram__row" style={{ top: r.y + 10 + CARD.h / 2 - 10 }}>
          {SCALE_LABELS[r.scale]}
        </div>
      ))}
      {d.cards.map((c) => {
        const doc = maps[c.map.mapId];
        const promised = promisedTo(stack, c.map.mapId).filter((e) => e.status !== 'dropped').length;
        return (
          <article key={c.map.mapId} className={`stack-card${doc ? '' : ' stack-card--missing'}`} style={{ left: c.x + LEFT, top: c.y + 10, width: CARD.w, height: CARD.h }} aria-label={`${c.map.title}, ${SCALE_LABELS[c.map.scale]}`}>
            <h3 className="stack-card__title">{doc?.meta.title ?? c.map.title}</h3>
            <div className="stack-card__meta">
              {doc ? count(Object.keys(doc.experiments).length, 'experiment') : 'Missing from the library'}
              {promised > 0 && <span className="stack-badge" title="Enablers and barriers the scale above has promised">{promised} promised</span>}
            </div>
            <div className="stack-card__actions">
              <select aria-label={`Learning-cycle phase of ${c.map.title}`} value={c.map.phase} onChange={(e) => appSession.stack.getState().dispatch(setMapPhase(c.map.mapId, e.target.value as (typeof CYCLE_PHASES)[number]))}>
                {CYCLE_PHASES.map((p) => (
                  <option key={p} value={p}>
                    {CYCLE_PHASE_LABELS[p]}
                  </option>
                ))}
              </select>
              <button type="button" disabled={!doc} onClick={() => onOpen(c.map.mapId)} aria-label={`Open ${c.map.title}`}>
                Open
              </button>
            </div>
          </article>
        );
      })}
    </div>
  );
}
