/** Says what the evidence lens is reading: this map alone, or with the maps it learns from. */
import { count } from '../../model/plural.ts';
import { useMapStore, useStack, useViewStore } from '../../ui/appSession.ts';
import { mapsBelow } from '../../views/stackMarks.ts';

export function EvidenceCaption() {
  const mapId = useMapStore((s) => s.doc.id);
  const below = useStack((s) => (s.stack?.maps[mapId] ? mapsBelow(s.stack, mapId).length : 0));
  return (
    <span className="lens-bar__caption" role="status">
      {below ? `This map and ${count(below, 'map')} it learns from` : 'This map’s experiments'}: ✓ agree ⚠ conflict ± mixed
      <button type="button" aria-label="Clear this lens" onClick={() => useViewStore.getState().setLens({ kind: 'none' })}>
        ×
      </button>
    </span>
  );
}
