/**
 * The canvas is derived from the map document, never the other way round.
 * Derivation reuses the previous React Flow object for anything that did not
 * change, so memoised node and link components skip re-rendering: dragging
 * one node in a 100-node map re-renders that node and its links only.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Cluster, Link, MapDocument, MapNode } from '../model/types.ts';
import type { Selection } from '../store/mapStore.ts';

export interface MapNodeData extends Record<string, unknown> {
  node: MapNode;
  cluster: Cluster | null;
  focal: boolean;
}
export type FlowNode = Node<MapNodeData, 'map'>;

export interface LinkData extends Record<string, unknown> {
  link: Link;
}
export type FlowEdge = Edge<LinkData, 'link'>;

export function toFlowNodes(doc: MapDocument, selection: Selection, previous: readonly FlowNode[]): FlowNode[] {
  const prevById = new Map(previous.map((n) => [n.id, n]));
  const selected = new Set(selection.nodeIds);
  return Object.values(doc.nodes).map((node) => {
    const cluster = node.clusterId ? (doc.clusters[node.clusterId] ?? null) : null;
    const focal = doc.meta.focalNodeId === node.id;
    const isSelected = selected.has(node.id);
    const prev = prevById.get(node.id);
    if (
      prev &&
      prev.data.node === node &&
      prev.data.cluster === cluster &&
      prev.data.focal === focal &&
      !!prev.selected === isSelected
    ) {
      return prev;
    }
    return {
      id: node.id,
      type: 'map',
      position: node.position,
      data: { node, cluster, focal },
      selected: isSelected,
      // Keep React Flow's measurement so it need not measure the node again.
      ...(prev?.measured ? { measured: prev.measured } : {}),
    };
  });
}

export function toFlowEdges(doc: MapDocument, selection: Selection, previous: readonly FlowEdge[]): FlowEdge[] {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const selected = new Set(selection.linkIds);
  return Object.values(doc.links).map((link) => {
    const isSelected = selected.has(link.id);
    const prev = prevById.get(link.id);
    if (prev && prev.data?.link === link && !!prev.selected === isSelected) return prev;
    return {
      id: link.id,
      type: 'link',
      source: link.source,
      target: link.target,
      data: { link },
      selected: isSelected,
    };
  });
}
