/** "Analyse on": the map's own values, the mean of everyone's views, or one perspective's; and which is in use, in words. */
import { useId, useMemo } from 'react';
import type { MapDocument } from '../../model/types.ts';
import { NO_PERSPECTIVE, sortedPerspectives } from '../../model/sensemaking.ts';
import { useMapStore } from '../../ui/appSession.ts';
import { useBasis, useBasedMap } from './basis.ts';

export function BasisSelect() {
  const id = useId();
  const basis = useBasis((s) => s.basis);
  const perspectives = useMapStore((s) => s.doc.perspectives);
  const list = useMemo(() => sortedPerspectives({ perspectives } as MapDocument), [perspectives]);
  const hasViews = useMapStore((s) => Object.keys(s.doc.linkViews).length > 0);
  const { words } = useBasedMap();
  if (!hasViews && basis.kind === 'map') return null;
  const value = basis.kind === 'perspective' ? `p:${basis.perspectiveId}` : basis.kind;
  return (
    <div className="analysis__basis">
      <label htmlFor={id}>Analyse on</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          useBasis.getState().setBasis(v === 'map' || v === 'mean' ? { kind: v } : { kind: 'perspective', perspectiveId: v.slice(2) });
        }}
      >
        <option value="map">The map’s own values</option>
        <option value="mean">The mean of everyone’s views</option>
        {list.map((p) => (
          <option key={p.id} value={`p:${p.id}`}>
            {p.name} views
          </option>
        ))}
        <option value={`p:${NO_PERSPECTIVE}`}>Views from no perspective</option>
      </select>
      <p className="analysis__basis-words" role="status">
        {words}
      </p>
    </div>
  );
}
