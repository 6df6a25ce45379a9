/**
 * The whole of a big map on screen: thousands of nodes and links drawn as DOM
 * and SVG cost hundreds of milliseconds to repaint on every pan frame, so at
 * the tiniest level of detail the map is drawn on one <canvas> instead (links
 * as straight lines, nodes as coloured boxes) and the DOM layers are hidden
 * (still there, so nothing is rebuilt when the user zooms back in). Zoomed in
 * past the threshold, the ordinary, interactive canvas returns.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { POLARITY_COLOURS, tint } from '../model/palette.ts';
import { useMapStore } from '../store/mapStore.ts';
import { strokeWidth } from './edges/linkStyle.ts';
import { useDetail } from './LevelOfDetail.tsx';

export function FarCanvas() {
  const detail = useDetail();
  const doc = useMapStore((s) => s.doc);
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (detail !== 'tiny' || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform, width, height, nodeLookup } = store.getState();
      const [tx, ty, k] = transform;
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
      const size = (id: string) => nodeLookup.get(id)?.measured ?? { width: 180, height: 56 };
      const centre = (id: string) => {
        const n = doc.nodes[id];
        const s = size(id);
        return n ? { x: n.position.x + (s.width ?? 180) / 2, y: n.position.y + (s.height ?? 56) / 2 } : null;
      };
      for (const l of Object.values(doc.links)) {
        const a = centre(l.source);
        const b = centre(l.target);
        if (!a || !b) continue;
        ctx.strokeStyle = POLARITY_COLOURS[l.polarity];
        ctx.lineWidth = strokeWidth(l.strength);
        ctx.globalAlpha = 0.55;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      for (const n of Object.values(doc.nodes)) {
        const s = size(n.id);
        const colour = (n.clusterId && doc.clusters[n.clusterId]?.colour) || '#8a8f98';
        ctx.fillStyle = tint(colour, 0.55);
        ctx.strokeStyle = colour;
        ctx.lineWidth = 6;
        ctx.fillRect(n.position.x, n.position.y, s.width ?? 180, s.height ?? 56);
        ctx.strokeRect(n.position.x, n.position.y, s.width ?? 180, s.height ?? 56);
      }
    };
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      if ((s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) && !frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [detail, doc, store]);

  return detail === 'tiny' ? <canvas ref={ref} className="far-canvas" aria-hidden="true" /> : null;
}
