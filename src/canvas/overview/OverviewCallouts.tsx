/**
 * The key nodes' names over the whole-map overview. At the tiniest level of
 * detail the map is drawn on a canvas of plain boxes (OverviewCanvas), so a
 * wide map fitted to the screen (the example laid out in layers, on a
 * 1280 × 720 projector) was a sea of blank boxes: here the focal outcome, the
 * selection with its neighbours and the key factors keep their names, drawn
 * as the far level draws them (the same callout style, one size on screen
 * whatever the zoom), spaced for their size on screen.
 */
import { useStore, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { MapDocument } from '../../model/types.ts';
import { NODE_SIZE } from '../../draw/nodeSize.ts';
import { KEY_LABELS, keyLabelNodes } from '../labels/keyLabels.ts';
import { useCalloutZoom } from '../LevelOfDetail.tsx';
import { ViewportLayer } from '../ViewportLayer.tsx';

/** Room a callout takes on screen, in CSS pixels (its widest, and two lines): another label keeps this far away. */
const CALLOUT_W = 160;
const CALLOUT_H = 44;
/** The zoom in steps of a third of a doubling: the labels are chosen again only when it changes that much. */
const STEPS_PER_DOUBLING = 3;

interface Props {
  doc: MapDocument;
  selectedNodeIds: readonly string[];
  /**
   * A big map names only its focal outcome and the selection with its neighbours: ranking its key factors
   * (betweenness over thousands of links) made opening a 2,000-node room half a second slower.
   */
  big: boolean;
}

export function OverviewCallouts({ doc, selectedNodeIds, big }: Props) {
  const step = useStore((s) => Math.round(Math.log2(s.transform[2]) * STEPS_PER_DOUBLING));
  const store = useStoreApi();
  const calloutZoom = useCalloutZoom();
  const ids = useMemo(() => {
    const zoom = 2 ** (step / STEPS_PER_DOUBLING);
    return keyLabelNodes(doc, selectedNodeIds, big ? 0 : KEY_LABELS, undefined, { x: CALLOUT_W / zoom, y: CALLOUT_H / zoom });
  }, [doc, selectedNodeIds, step, big]);
  const { nodeLookup } = store.getState();
  return (
    <ViewportLayer>
      <div className="overview-callouts" aria-hidden="true">
        {[...ids].map((id) => {
          const node = doc.nodes[id];
          if (!node) return null;
          const size = nodeLookup.get(id)?.measured;
          const x = node.position.x + (size?.width ?? NODE_SIZE.width) / 2;
          const y = node.position.y + (size?.height ?? NODE_SIZE.height) / 2;
          return (
            <span key={id} ref={calloutZoom} className="node__callout overview-callout" data-node={id} style={{ left: x, top: y }}>
              {node.label || '(no label)'}
            </span>
          );
        })}
      </div>
    </ViewportLayer>
  );
}
