/**
 * Level of detail. Zoomed far out, link labels and polarity marks are too
 * small to read and only add clutter and drawing work; zoomed out further
 * still (a 2,000-node map fitted to the screen), node labels are unreadable
 * too, so nodes are drawn as plain coloured boxes. The level is read once
 * here, from one store subscription that returns a word, so zooming
 * re-renders nothing until a threshold is crossed.
 */
import { useStore } from '@xyflow/react';
import { createContext, useContext, useEffect } from 'react';

export type Detail = 'near' | 'far' | 'tiny';

export const FAR_ZOOM = 0.55;
export const TINY_ZOOM = 0.25;

export const detailAt = (zoom: number): Detail => (zoom < TINY_ZOOM ? 'tiny' : zoom < FAR_ZOOM ? 'far' : 'near');

const DetailContext = createContext<Detail>('near');
export const DetailProvider = DetailContext.Provider;
export const useDetail = () => useContext(DetailContext);

export function useZoomDetail(): Detail {
  return useStore((s) => detailAt(s.transform[2]));
}

/** Mirrors the level onto the canvas element, for the CSS that simplifies nodes. */
export function LevelOfDetail({ container }: { container: React.RefObject<HTMLElement | null> }) {
  const detail = useZoomDetail();
  useEffect(() => {
    container.current?.setAttribute('data-detail', detail);
  }, [detail, container]);
  return null;
}
