/**
 * Loop numbers, as causal-loop diagrams write them: R1, R2 for reinforcing
 * loops, B1, B2 for balancing ones. Only named loops are numbered, so a number
 * is the same on the canvas, in the analysis panel and in every export, and
 * does not depend on a loop search (a named loop is rebuilt from its key).
 * Named loops are numbered by length, then by key, within each kind.
 */
import type { Id, MapDocument } from '../model/types.ts';
import { loopKey } from './loops.ts';
import { loopKindOf, type LoopKind } from './sign.ts';

export interface NumberedLoop {
  key: string;
  nodeIds: Id[];
  linkIds: Id[];
  kind: LoopKind;
  /** "R1", "B2", "?1" (unclear: a link of unknown polarity), or the bare kind for an unnamed loop. */
  tag: string;
  /** The user's name, or '' for an unnamed loop. */
  name: string;
}

/** The loop these links make, in order, or null when they do not close a chain of the map's links. */
export function loopFromLinks(doc: MapDocument, linkIds: readonly Id[]): Omit<NumberedLoop, 'tag' | 'name'> | null {
  if (!linkIds.length) return null;
  const links = linkIds.map((id) => doc.links[id]);
  const nodeIds: Id[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const next = links[(i + 1) % links.length];
    if (!link || !next || link.target !== next.source || !doc.nodes[link.source]) return null;
    nodeIds.push(link.source);
  }
  if (new Set(nodeIds).size !== nodeIds.length) return null;
  return { key: loopKey({ linkIds }), nodeIds, linkIds: [...linkIds], kind: loopKindOf(links.map((l) => l!.polarity)) };
}

export const KIND_LETTER: Record<LoopKind, string> = { R: 'R', B: 'B', unclear: '?' };

/** The map's named loops that still close, numbered. A name whose loop a deletion broke is left out. */
export function numberedLoops(doc: MapDocument): NumberedLoop[] {
  const found: Omit<NumberedLoop, 'tag'>[] = [];
  for (const [key, name] of Object.entries(doc.loopNames ?? {})) {
    if (!name.trim()) continue;
    const loop = loopFromLinks(doc, key.split(',').map(decodeURIComponent));
    if (loop) found.push({ ...loop, name });
  }
  found.sort((a, b) => a.linkIds.length - b.linkIds.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const next: Record<LoopKind, number> = { R: 0, B: 0, unclear: 0 };
  return found.map((l) => ({ ...l, tag: `${KIND_LETTER[l.kind]}${++next[l.kind]}` }));
}

/** The tag of a loop by key: its number when named, its bare kind letter otherwise. */
export function loopTag(numbered: readonly NumberedLoop[], key: string, kind: LoopKind): string {
  return numbered.find((l) => l.key === key)?.tag ?? KIND_LETTER[kind];
}
