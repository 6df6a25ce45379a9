/**
 * The canvas's dotted grid, drawn so that a pan moves it without painting it
 * again. React Flow's Background is an SVG pattern whose offset follows the
 * view: every frame of a pan repaints the whole canvas's background, and with
 * it the browser sorts every node's drawing into layers again (about half of
 * a pan frame on a slow laptop). Here the dots are a tiled image on their own
 * layer, a little larger than the canvas, slid by at most one gap as the view
 * pans; only a zoom, which changes the gap, draws them again.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** The gap between dots and their size, in map units (as React Flow's Background took them). */
const GAP = 24;
const SIZE = 1.2;
const COLOUR = '#d5d9e0';

/** The tile of one dot, its centre where React Flow's Background put it (a radius in from the tile's corner). */
export function dotTile(zoom: number): { image: string; gap: number } {
  const gap = GAP * zoom;
  const r = (SIZE * zoom) / 2;
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='${gap}' height='${gap}'><circle cx='${r}' cy='${r}' r='${r}' fill='${COLOUR}'/></svg>`;
  return { image: `url("data:image/svg+xml,${encodeURIComponent(svg)}")`, gap };
}

/** Where the dots' layer goes for a view: shifted by less than one gap, so the tiles line up with the map. */
export function gridOffset(t: readonly number[], gap: number): { x: number; y: number } {
  // React Flow's pattern starts half a gap before the view's origin.
  const phase = (v: number) => ((((v - gap / 2) % gap) + gap) % gap) - gap;
  return { x: phase(t[0]!), y: phase(t[1]!) };
}

export function MapGrid() {
  const store = useStoreApi();
  const dots = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let zoom = Number.NaN;
    let gap = GAP;
    let last: ReactFlowState['transform'] | null = null;
    const write = (t: ReactFlowState['transform']) => {
      const el = dots.current;
      if (!el || t === last) return;
      last = t;
      if (t[2] !== zoom) {
        zoom = t[2];
        const tile = dotTile(zoom);
        gap = tile.gap;
        el.style.backgroundImage = tile.image;
        el.style.backgroundSize = `${gap}px ${gap}px`;
        el.style.width = `calc(100% + ${2 * gap}px)`;
        el.style.height = `calc(100% + ${2 * gap}px)`;
      }
      const { x, y } = gridOffset(t, gap);
      el.style.transform = `translate(${x}px, ${y}px)`;
    };
    write(store.getState().transform);
    return store.subscribe((s) => write(s.transform));
  }, [store]);
  return (
    <div className="react-flow__background react-flow__container map-grid" aria-hidden="true">
      <div ref={dots} className="map-grid__dots" />
    </div>
  );
}
