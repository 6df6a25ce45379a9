/** Lenses over the map: which experiments to look through, or coverage of the factors. */
import { useEffect, useRef, useState } from 'react';
import { STATUS_LABELS } from '../model/types.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import { FindBox } from '../ui/FindBox.tsx';

export function LensBar() {
  const lens = useViewStore((s) => s.lens);
  const setLens = useViewStore((s) => s.setLens);
  const experiments = useMapStore((s) => s.doc.experiments);
  const [choosing, setChoosing] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const chosen = lens.kind === 'experiments' ? lens.experimentIds : [];

  useEffect(() => {
    if (!choosing) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setChoosing(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [choosing]);

  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    setLens(next.length ? { kind: 'experiments', experimentIds: next } : { kind: 'none' });
    const touched = next.flatMap((x) => Object.keys(experiments[x]?.touches ?? {}));
    if (touched.length) useViewStore.getState().focusOn(touched);
  };

  return (
    <div className="lens-bar" ref={ref} role="group" aria-label="Lens" onKeyDown={(e) => e.key === 'Escape' && setChoosing(false)}>
      <FindBox />
      <span className="lens-bar__label">Lens</span>
      <button type="button" aria-pressed={lens.kind === 'none'} onClick={() => setLens({ kind: 'none' })}>
        Whole map
      </button>
      <button type="button" aria-pressed={lens.kind === 'experiments'} aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
        Experiments{chosen.length ? ` (${chosen.length})` : ''} ▾
      </button>
      <button type="button" aria-pressed={lens.kind === 'coverage'} onClick={() => setLens(lens.kind === 'coverage' ? { kind: 'none' } : { kind: 'coverage' })}>
        Coverage
      </button>
      {(lens.kind === 'highlight' || lens.kind === 'whatif') && (
        <span className="lens-bar__caption" role="status">
          {lens.caption}
          <button type="button" aria-label="Clear this lens" onClick={() => setLens({ kind: 'none' })}>
            ×
          </button>
        </span>
      )}
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
    </div>
  );
}
