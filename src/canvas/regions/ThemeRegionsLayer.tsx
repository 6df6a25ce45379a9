/**
 * Theme regions on the canvas (draw/themeRegions.ts): a layer under the
 * nodes and links, recomputed from React Flow's current node boxes so a
 * region follows its nodes while they are dragged.
 */
import { useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { regionPrims, themeRegions } from '../../draw/themeRegions.ts';
import { pathData } from '../../draw/routing/shape.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import type { Id, Theme } from '../../model/types.ts';
import type { FlowNode } from '../toFlow.ts';
import './themeRegions.css';

export function ThemeRegionsLayer({ themes }: { themes: Record<Id, Theme> }) {
  const store = useStoreApi<FlowNode>();
  // React Flow's nodes change on every frame of a drag, so the regions follow.
  const nodes = useStore((s) => s.nodes as FlowNode[]);
  const regions = useMemo(() => {
    const { nodeLookup } = store.getState();
    const boxes = nodes.map((n) => {
      const internal = nodeLookup.get(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      return {
        box: { x: p.x, y: p.y, width: internal?.measured.width ?? NODE_SIZE.width, height: internal?.measured.height ?? NODE_SIZE.height },
        themeId: n.data.theme?.id ?? null,
      };
    });
    return themeRegions(themes, boxes);
  }, [nodes, themes, store]);
  if (!regions.length) return null;
  return (
    <ViewportPortal>
      <svg className="theme-regions" aria-hidden="true">
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
    </ViewportPortal>
  );
}
