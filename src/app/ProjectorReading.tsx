/**
 * In projector mode, two switches for a room reading from the back: larger
 * text (labels, callouts, link words) with thicker links, and high contrast
 * (black on white, no tints). Shown only in projector mode, where they act.
 */
import { useViewStore } from '../ui/appSession.ts';

export function ProjectorReading() {
  const projector = useViewStore((s) => s.projector);
  const largePrint = useViewStore((s) => s.largePrint);
  const highContrast = useViewStore((s) => s.highContrast);
  if (!projector) return null;
  return (
    <div className="toolbar__group toolbar__reading" role="group" aria-label="Reading from a distance">
      <button type="button" aria-pressed={largePrint} onClick={() => useViewStore.getState().setLargePrint(!largePrint)} title="Larger text and thicker links, for reading from the back of the room">
        Larger text
      </button>
      <button type="button" aria-pressed={highContrast} onClick={() => useViewStore.getState().setHighContrast(!highContrast)} title="Black on white, without tints: for a pale projector or a bright room">
        High contrast
      </button>
    </div>
  );
}
