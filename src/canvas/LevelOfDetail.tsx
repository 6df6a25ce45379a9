/**
 * Level of detail. Zoomed far out, link labels and polarity marks are too
 * small to read and only add clutter and drawing work; zoomed out further
 * still, node labels are unreadable too, and the whole map is drawn as an
 * overview on one canvas (OverviewCanvas). The level is read from one store
 * subscription that returns a word, so zooming re-renders nothing until a
 * threshold is crossed.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { calloutsKeptInside } from './labels/calloutsInside.ts';
import { useMapStore } from '../ui/appSession.ts';
import { BIG_MAP_NODES, nodeCount } from '../model/size.ts';

export type Detail = 'near' | 'far' | 'tiny';

const FAR_ZOOM = 0.55;
const TINY_ZOOM = 0.25;
/**
 * Over this many nodes a map is big: React Flow renders only the nodes in
 * view, its links are drawn on a canvas (LinkCanvas), and the overview takes
 * over sooner, at BIG_TINY_ZOOM, where its labels are still too small to read
 * but hundreds of nodes would be in view.
 */
export { BIG_MAP_NODES };
const BIG_TINY_ZOOM = 0.4;
/**
 * Over this many nodes, the overview stays until node labels can be read:
 * at BIG_TINY_ZOOM a map this size still has many hundreds of nodes and
 * thousands of links in view, and drawing them all at once as the overview
 * gives way blocks the page for longer than a zoom step may take.
 */
export const HUGE_MAP_NODES = 3000;

export type MapScale = 'small' | 'big' | 'huge';
const TINY_BELOW: Record<MapScale, number> = { small: TINY_ZOOM, big: BIG_TINY_ZOOM, huge: FAR_ZOOM };

export const detailAt = (zoom: number, scale: MapScale): Detail => (zoom < TINY_BELOW[scale] ? 'tiny' : zoom < FAR_ZOOM ? 'far' : 'near');


const scaleOf = (n: number): MapScale => (n > HUGE_MAP_NODES ? 'huge' : n > BIG_MAP_NODES ? 'big' : 'small');

/** How big the open map is (see BIG_MAP_NODES, HUGE_MAP_NODES); changes only when a map crosses a line. */
export const useMapScale = () => useMapStore((s) => scaleOf(nodeCount(s.doc.nodes)));
export const useBigMap = () => useMapScale() !== 'small';

export function useZoomDetail(): Detail {
  const scale = useMapScale();
  return useStore((s) => detailAt(s.transform[2], scale));
}

/** The element that carries a node's name at "far" detail; it alone reads --zoom. */
const CALLOUT = '.node__callout';

/**
 * Mirrors the level onto the canvas element, for the CSS that simplifies
 * nodes, and the zoom as the --zoom property of each callout (the key nodes'
 * names, which keep one size on screen as the view zooms), written directly:
 * no re-render. Not on the canvas element: a custom property there is
 * inherited by every element of the map, so each frame of a zoom or a
 * presentation's glide restyled all of them (30 to 110 ms a frame on the
 * example); on the few dozen callouts it restyles only those.
 */
export function LevelOfDetail({ container }: { container: React.RefObject<HTMLElement | null> }) {
  const detail = useZoomDetail();
  const store = useStoreApi();
  // Before the browser paints: the overview mounts in the same commit, and the nodes under it must not show a frame.
  useLayoutEffect(() => {
    container.current?.setAttribute('data-detail', detail);
  }, [detail, container]);
  useEffect(() => {
    let zoom = 0;
    const write = (k: number) => {
      if (k === zoom) return;
      zoom = k;
      const value = String(k);
      for (const callout of container.current?.querySelectorAll<HTMLElement>(CALLOUT) ?? []) callout.style.setProperty('--zoom', value);
    };
    write(store.getState().transform[2]);
    // Once the view rests (after a pan, a zoom, a fit or a resize), callouts the canvas edge would cut are moved in.
    const inside = calloutsKeptInside(() => container.current, () => store.getState().transform[2]);
    let seen = store.getState();
    const unsubscribe = store.subscribe((s) => {
      write(s.transform[2]);
      if (s.transform === seen.transform && s.width === seen.width && s.height === seen.height) return;
      seen = s;
      inside.soon();
    });
    inside.soon();
    return () => {
      unsubscribe();
      inside.stop();
    };
  }, [store, container]);
  return null;
}

/**
 * A ref for a callout: it starts at today's zoom (later zooms reach it through
 * LevelOfDetail), and when callouts come or go without the view moving (a new
 * selection's neighbours) they are settled again (labels/calloutsInside.ts).
 */
export function useCalloutZoom(): (element: HTMLElement | null) => void {
  const store = useStoreApi();
  const inside = useMemo(
    () => calloutsKeptInside((el) => el?.closest<HTMLElement>('[data-detail]') ?? document.querySelector<HTMLElement>('[data-detail]'), () => store.getState().transform[2]),
    [store],
  );
  useEffect(() => inside.stop, [inside]);
  return useCallback(
    (element: HTMLElement | null) => {
      // One going away may uncover another: settle them again either way.
      if (element) element.style.setProperty('--zoom', String(store.getState().transform[2]));
      inside.soon(element ?? undefined);
    },
    [store, inside],
  );
}
