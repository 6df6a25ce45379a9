/** While an auto-layout runs: what it is doing, how far it has got, and a way to stop it. */
import { useViewStore } from '../ui/appSession.ts';

export function LayoutProgress() {
  const layout = useViewStore((s) => s.layout);
  if (!layout) return null;
  const percent = Math.round(layout.fraction * 100);
  return (
    <div className="layout-progress" role="status" aria-live="polite">
      <span>
        Laying out ({layout.algorithm}): {layout.phase}
      </span>
      <progress max={100} value={percent} aria-label="Layout progress" />
      <button type="button" onClick={layout.cancel}>
        Cancel
      </button>
    </div>
  );
}
