/** The legend's switch for loop markers (R1, B2 in the middle of named loops and of the loop shown). */
import { useViewStore } from '../ui/appSession.ts';

export function LoopMarkersToggle() {
  const on = useViewStore((s) => s.loopMarkers);
  return (
    <label className="legend__toggle">
      <input type="checkbox" checked={on} onChange={(e) => useViewStore.getState().setLoopMarkers(e.target.checked)} /> Show loop markers
    </label>
  );
}
