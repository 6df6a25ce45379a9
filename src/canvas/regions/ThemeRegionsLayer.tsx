/**
 * Theme regions on the canvas (draw/themeRegions.ts): a layer under the
 * nodes and links, recomputed from React Flow's current node boxes so a
 * region follows its nodes while they are dragged. While a layout moves the
 * nodes (the link routes are held) the regions are hidden and not
 * recomputed: React Flow learns the new places a batch at a time, and a
 * region drawn round half-landed nodes would be wrong for a moment.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { ViewportLayer } from '../ViewportLayer.tsx';
import { useMemo, useRef } from 'react';
import { useRoutesHeld } from '../routes/LinkRoutesProvider.tsx';
import { regionPrims, themeRegions } from '../../draw/themeRegions.ts';
import { pathData } from '../../draw/routing/shape.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import { sameBox } from '../../draw/geometry.ts';
import type { Id, Theme } from '../../model/types.ts';
import type { FlowNode } from '../toFlow.ts';
import './themeRegions.css';

type Placed = { box: { x: number; y: number; width: number; height: number }; themeId: Id | null };

const samePlaces = (a: readonly Placed[], b: readonly Placed[]) =>
  a.length === b.length && a.every((p, i) => p.themeId === b[i]!.themeId && sameBox(p.box, b[i]!.box));

export function ThemeRegionsLayer({ themes }: { themes: Record<Id, Theme> }) {
  const store = useStoreApi<FlowNode>();
  // React Flow's nodes change on every frame of a drag, so the regions follow.
  const nodes = useStore((s) => s.nodes as FlowNode[]);
  const held = useRoutesHeld();
  const shown = useRef<ReturnType<typeof themeRegions>>([]);
  const drawnFrom = useRef<{ themes: Record<Id, Theme>; boxes: Placed[] } | null>(null);
  const regions = useMemo(() => {
    if (held) return shown.current;
    const { nodeLookup } = store.getState();
    const boxes = nodes.map((n) => {
      const internal = nodeLookup.get(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      return {
        box: { x: p.x, y: p.y, width: internal?.measured.width ?? NODE_SIZE.width, height: internal?.measured.height ?? NODE_SIZE.height },
        themeId: n.data.theme?.id ?? null,
      };
    });
    // A collaborator's rename or description gives React Flow new nodes in the same places: the regions stand.
    const last = drawnFrom.current;
    if (last && last.themes === themes && samePlaces(last.boxes, boxes)) return shown.current;
    drawnFrom.current = { themes, boxes };
    return (shown.current = themeRegions(themes, boxes));
  }, [nodes, themes, store, held]);
  if (!regions.length) return null;
  return (
    <ViewportLayer>
      <svg className={`theme-regions${held ? ' theme-regions--held' : ''}`} aria-hidden="true">
        {regions.map((r) => {
          const [outline, name] = regionPrims(r);
          if (outline?.t !== 'path' || name?.t !== 'text') return null;
          return (
            <g key={r.theme.id} className="theme-region" data-theme={r.theme.name}>
              <path d={pathData(r.d)} fill={outline.fill} stroke={outline.stroke} strokeWidth={outline.lw} />
              <text x={name.x} y={name.y} textAnchor="middle" fill={name.fill} fontSize={name.size} fontWeight={700}>
                {r.theme.name}
              </text>
            </g>
          );
        })}
      </svg>
    </ViewportLayer>
  );
}
