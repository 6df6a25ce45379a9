/**
 * Level of detail: when zoomed far out, link labels and polarity marks are
 * too small to read and only add clutter (and DOM work), so the canvas hides
 * them. Subscribes to a boolean only, so zooming re-renders nothing until the
 * threshold is crossed.
 */
import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

export const FAR_ZOOM = 0.55;

export function LevelOfDetail({ container }: { container: React.RefObject<HTMLElement | null> }) {
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  useEffect(() => {
    container.current?.setAttribute('data-detail', far ? 'far' : 'near');
  }, [far, container]);
  return null;
}
