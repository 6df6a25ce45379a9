/**
 * Says why nodes cannot be read or dragged in the overview, and how to get
 * them back: otherwise a map that stops answering clicks looks broken.
 */
export function OverviewHint() {
  return (
    <div className="overview-hint" role="status">
      Whole-map overview: zoom in to read and edit · click a box to select it, double-click to zoom to it
    </div>
  );
}
