/**
 * How much larger each node is drawn under "Size nodes by" (view store), from
 * the key-factor measures worked out off the main thread. Null while the
 * setting is off or the measures are not in yet, so nodes stay at 1×.
 */
import { useEffect, useState } from 'react';
import { keyFactorsOffThread } from '../analysis/browser/client.ts';
import type { Id } from '../model/types.ts';
import { countOf } from '../model/count.ts';
import { nodeScales } from '../draw/nodeSize.ts';
import { sizeValues } from '../views/sizeBy.ts';
import { useMapStore, useViewStore } from '../ui/appSession.ts';

export function useNodeScales(): ReadonlyMap<Id, number> | null {
  const sizeBy = useViewStore((s) => s.sizeBy);
  // Measures depend on nodes and links only: moving a node does not change them, so positions are left out.
  const links = useMapStore((s) => s.doc.links);
  const nodeCount = useMapStore((s) => countOf(s.doc.nodes));
  const [scales, setScales] = useState<ReadonlyMap<Id, number> | null>(null);
  useEffect(() => {
    if (sizeBy === 'none') return setScales(null);
    let live = true;
    keyFactorsOffThread(useMapStore.getState().doc).then((rows) => live && setScales(nodeScales(sizeValues(rows, sizeBy))));
    return () => {
      live = false;
    };
  }, [sizeBy, links, nodeCount]);
  return scales;
}
