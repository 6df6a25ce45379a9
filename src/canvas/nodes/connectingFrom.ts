/**
 * Which node a link is being drawn from, for the nodes that could take the drop.
 *
 * Asked once by the canvas and handed down, rather than by every node: each
 * React Flow store listener runs on every frame of a pan and on every edit,
 * and a listener per node (118 on the example) was a good part of that.
 */
import { useConnection } from '@xyflow/react';
import { createContext, useContext } from 'react';

export const ConnectingFrom = createContext<string | null>(null);

/** The node a link is being drawn from, or null; re-renders the caller only when a drawing starts or ends. */
export const useConnectingFrom = (): string | null => useConnection((c) => (c.inProgress ? c.fromNode.id : null));

/** Whether a link being drawn from another node could be dropped on this one. */
export function useDropTarget(id: string): boolean {
  const from = useContext(ConnectingFrom);
  return from !== null && from !== id;
}
