/**
 * What a comment thread is about, in words, and which nodes and links to
 * bring into view when someone opens it from the comments list.
 */
import { loopChain } from '../../analysis/describe.ts';
import type { CommentTarget, Id, MapDocument } from '../../model/types.ts';

export interface TargetPlace {
  /** "Stress", "Stress → Sleep", "Loop: Stress → Sleep → Stress", "The map". */
  label: string;
  /** False when the node, link or loop is no longer on the map. */
  present: boolean;
  nodeIds: Id[];
  linkIds: Id[];
}

/** A loop's key lists its link ids in order (see loopKey in src/analysis/loops.ts). */
export function loopLinks(doc: MapDocument, key: string): { nodeIds: Id[]; linkIds: Id[] } | null {
  if (!key) return null;
  const linkIds = key.split(',').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const links = linkIds.map((id) => doc.links[id]);
  if (links.some((l) => !l)) return null;
  // Still a closed chain: each link starts where the one before ended.
  for (let i = 0; i < links.length; i++) if (links[i]!.target !== links[(i + 1) % links.length]!.source) return null;
  return { nodeIds: links.map((l) => l!.source), linkIds };
}

const nodeName = (doc: MapDocument, id: Id) => doc.nodes[id]?.label || '(no label)';

export function targetPlace(doc: MapDocument, target: CommentTarget): TargetPlace {
  switch (target.kind) {
    case 'node': {
      const node = doc.nodes[target.id];
      return { label: node ? nodeName(doc, node.id) : 'A node no longer on the map', present: !!node, nodeIds: node ? [node.id] : [], linkIds: [] };
    }
    case 'link': {
      const link = doc.links[target.id];
      if (!link) return { label: 'A link no longer on the map', present: false, nodeIds: [], linkIds: [] };
      return { label: `${nodeName(doc, link.source)} → ${nodeName(doc, link.target)}`, present: true, nodeIds: [link.source, link.target], linkIds: [link.id] };
    }
    case 'loop': {
      const loop = loopLinks(doc, target.id);
      if (!loop) return { label: 'A loop no longer on the map', present: false, nodeIds: [], linkIds: [] };
      const name = doc.loopNames?.[target.id];
      return { label: `Loop: ${name || loopChain(doc, loop)}`, present: true, ...loop };
    }
    case 'map':
      return { label: 'The map', present: true, nodeIds: [], linkIds: [] };
  }
}
