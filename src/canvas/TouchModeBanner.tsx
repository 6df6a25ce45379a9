/** While touch mode is on, says so on the canvas and how to leave it. */
import { useMapStore, useViewStore } from '../ui/appSession.ts';

export function TouchModeBanner() {
  const id = useViewStore((s) => s.touchModeExperimentId);
  const experiment = useMapStore((s) => (id ? s.doc.experiments[id] : undefined));
  if (!experiment) return null;
  const count = Object.keys(experiment.touches).length;
  return (
    <div className="touch-banner" role="status">
      <strong>Touch mode:</strong> click nodes to add them to or remove them from “{experiment.title}” ({count} touched).
      <button type="button" onClick={() => useViewStore.getState().setTouchMode(null)}>
        Done (Esc)
      </button>
    </div>
  );
}
