/**
 * Auto-layout from the app: runs the chosen algorithm in the layout worker,
 * reports progress, and hands the result to the canvas, which animates the
 * move and records it as one undo step.
 */
import { runLayout } from '../layout/browser/client.ts';
import { LayoutCancelled, type LayoutAlgorithm } from '../layout/types.ts';
import { snapshotOpenMap } from './library/snapshots.ts';
import { notify, reportError, type Session } from './session.ts';

export const LAYOUT_NAMES: Record<LayoutAlgorithm, string> = {
  layered: 'Layered: causes flow toward the focal outcome',
  clustered: 'Clustered: each theme in its own region',
  radial: 'Radial: rings by distance from the focal outcome',
  organic: 'Organic: related nodes close, loops visible',
  tidy: 'Tidy: keep the picture, line up and remove overlaps',
  'elk-layered': 'ELK layered (slower, for comparison)',
};

export function startLayout(s: Session, algorithm: LayoutAlgorithm, selectionOnly: boolean) {
  const view = s.view.getState();
  view.layout?.cancel();
  const { doc, selection } = s.map.getState();
  const pinned = new Set(Object.values(doc.nodes).filter((n) => n.pinned).map((n) => n.id));
  const nodeIds = selectionOnly && selection.nodeIds.length > 1 ? selection.nodeIds : undefined;
  const run = runLayout(doc, {
    algorithm,
    nodeIds,
    pinned,
    onProgress: (p) => {
      const current = s.view.getState().layout;
      if (current) s.view.getState().setLayout({ ...current, phase: p.phase, fraction: p.fraction });
    },
  });
  view.setLayout({ algorithm, phase: 'Starting', fraction: 0, cancel: run.cancel });
  const started = doc;
  run.promise.then(
    (positions) => {
      s.view.getState().setLayout(null);
      // If the map changed while the layout ran, the result would undo those edits' positions: drop it.
      if (s.map.getState().doc.id !== started.id) return;
      // Kept as a version first: a layout moves every node, and undo is gone once the tab is.
      void snapshotOpenMap(s, 'before-layout');
      const short = LAYOUT_NAMES[algorithm].split(':')[0]!.toLowerCase();
      s.view.getState().arrange(positions, `Lay out (${short}${nodeIds ? ', selection' : ''})`);
      if (pinned.size) notify(s, `Laid out; ${pinned.size} pinned node${pinned.size === 1 ? '' : 's'} stayed where ${pinned.size === 1 ? 'it was' : 'they were'}.`);
    },
    (err: unknown) => {
      s.view.getState().setLayout(null);
      if (err instanceof LayoutCancelled) return;
      reportError(s, `The layout failed: ${err instanceof Error ? err.message : String(err)}. The map has not changed.`);
    },
  );
}
