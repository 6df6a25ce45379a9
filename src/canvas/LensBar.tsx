/** Lenses over the map: which experiments to look through, or coverage of the factors. */
import { useCallback, useRef, useState } from 'react';
import { STATUS_LABELS } from '../model/types.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { FindBox } from '../ui/FindBox.tsx';
import { useDismiss } from '../ui/useDismiss.ts';
import { EvidenceCaption } from './stack/EvidenceCaption.tsx';
import { FilterControl } from './filter/FilterControl.tsx';

export function LensBar() {
  const lens = useViewStore((s) => s.lens);
  const setLens = useViewStore((s) => s.setLens);
  const experiments = useMapStore((s) => s.doc.experiments);
  const [choosing, setChoosing] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const chosen = lens.kind === 'experiments' ? lens.experimentIds : [];

  const close = useCallback(() => setChoosing(false), []);
  useDismiss(choosing, close, menuRef, opener);

  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    setLens(next.length ? { kind: 'experiments', experimentIds: next } : { kind: 'none' });
    const touched = next.flatMap((x) => Object.keys(experiments[x]?.touches ?? {}));
    if (touched.length) useViewStore.getState().focusOn(touched);
  };

  return (
    <div className="lens-bar" ref={ref} role="group" aria-label="Lens">
      <FindBox />
      <FilterControl />
      <span className="lens-bar__label">Lens</span>
      <button type="button" aria-pressed={lens.kind === 'none'} onClick={() => setLens({ kind: 'none' })}>
        Whole map
      </button>
      <span className="lens-bar__chooser" ref={menuRef}>
        <button ref={opener} type="button" aria-pressed={lens.kind === 'experiments'} aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          Experiments{chosen.length ? ` (${chosen.length})` : ''} ▾
        </button>
        {choosing && (
          <fieldset className="lens-bar__menu">
            <legend>Show what these experiments touched</legend>
            {Object.values(experiments).length === 0 && <p className="muted">No experiments yet.</p>}
            {Object.values(experiments).map((e) => (
              <label key={e.id}>
                <input type="checkbox" checked={chosen.includes(e.id)} onChange={() => toggle(e.id)} /> <StatusIcon status={e.status} /> {e.title}{' '}
                <span className="muted">({STATUS_LABELS[e.status].toLowerCase()})</span>
              </label>
            ))}
          </fieldset>
        )}
      </span>
      <button type="button" aria-pressed={lens.kind === 'coverage'} onClick={() => setLens(lens.kind === 'coverage' ? { kind: 'none' } : { kind: 'coverage' })}>
        Coverage
      </button>
      <button
        type="button"
        aria-pressed={lens.kind === 'evidence'}
        title="How many experiments touched each factor, here and in the maps this one learns from, and whether their results agree"
        onClick={() => setLens(lens.kind === 'evidence' ? { kind: 'none' } : { kind: 'evidence' })}
      >
        Evidence
      </button>
      <button
        type="button"
        aria-pressed={lens.kind === 'voices'}
        title="Mark each factor and link with the perspective it came from"
        onClick={() => setLens(lens.kind === 'voices' ? { kind: 'none' } : { kind: 'voices' })}
      >
        Voices
      </button>
      {lens.kind === 'evidence' && <EvidenceCaption />}
      {(lens.kind === 'highlight' || lens.kind === 'whatif') && (
        <span className="lens-bar__caption" role="status">
          {lens.caption}
          <button type="button" aria-label="Clear this lens" onClick={() => setLens({ kind: 'none' })}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
