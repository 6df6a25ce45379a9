/**
 * Says why nodes cannot be read or dragged in the overview, and how to get
 * them back: otherwise a map that stops answering clicks looks broken. On a
 * narrow canvas (a 1280 × 720 screen with the side panel out) the lens bar
 * takes the top, so the hint goes to the foot of the canvas, in its first words only.
 */
export function OverviewHint() {
  return (
    <div className="overview-hint" role="status">
      Whole-map overview: zoom in to read and edit<span className="overview-hint__more"> · click a box to select it, double-click to zoom to it</span>
    </div>
  );
}
