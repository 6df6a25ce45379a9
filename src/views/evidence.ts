/**
 * The evidence lens: for each node of the open map, how many experiments
 * touched it (here and, through "same as", in the maps this one learns from)
 * and whether their results agree or conflict. Pure; the canvas draws it as a
 * mark with a count and a word, never by colour alone.
 */
import { rollUp, type Agreement } from '../analysis/patterns/rollup.ts';
import { createStack } from '../model/stack/operations.ts';
import type { StackDocument } from '../model/stack/types.ts';
import type { Id, MapDocument, ObservedEffect } from '../model/types.ts';
import { count } from '../model/plural.ts';
import { mapsBelow } from './stackMarks.ts';

export interface NodeEvidence {
  experiments: number;
  /** How many maps the experiments come from. */
  maps: number;
  agreement: Agreement;
  observed: Record<ObservedEffect, number>;
  surprises: number;
}

export interface MapEvidence {
  nodes: Map<Id, NodeEvidence>;
  /** The maps whose experiments were read, this one first. */
  mapIds: Id[];
}

export const AGREEMENT_MARK: Record<Agreement, string> = { agree: '✓', conflict: '⚠', mixed: '±', 'no-results': '…' };
export const AGREEMENT_WORDS: Record<Agreement, string> = { agree: 'results agree', conflict: 'results conflict', mixed: 'results mixed', 'no-results': 'no results yet' };

const SEEN: Record<ObservedEffect, string> = { up: 'up', down: 'down', 'no-change': 'no change', unclear: 'unclear', 'not-yet-known': 'not yet known' };

export function evidenceOnMap(doc: MapDocument, stack: StackDocument | null, stackMaps: Record<Id, MapDocument>): MapEvidence {
  const inStack = !!stack?.maps[doc.id];
  const mapIds = inStack ? [doc.id, ...mapsBelow(stack!, doc.id)] : [doc.id];
  const roll = rollUp(inStack ? stack! : createStack('', '', 'none'), { ...stackMaps, [doc.id]: doc }, { mapIds });
  const nodes = new Map<Id, NodeEvidence>();
  for (const f of roll.factors) {
    const maps = new Set(f.observations.map((o) => o.mapId)).size;
    const evidence: NodeEvidence = { experiments: f.experiments, maps, agreement: f.agreement, observed: f.observed, surprises: f.surprises };
    for (const n of f.nodes) if (n.mapId === doc.id && doc.nodes[n.nodeId]) nodes.set(n.nodeId, evidence);
  }
  // A node only a lower map's experiments touched is still this map's node through "same as".
  if (inStack) {
    for (const identity of Object.values(stack!.identities)) {
      const here = identity.members.filter((m) => m.mapId === doc.id && doc.nodes[m.nodeId]);
      if (!here.length) continue;
      const f = roll.factors.find((x) => x.key === identity.id);
      if (!f) continue;
      const maps = new Set(f.observations.map((o) => o.mapId)).size;
      for (const m of here) nodes.set(m.nodeId, { experiments: f.experiments, maps, agreement: f.agreement, observed: f.observed, surprises: f.surprises });
    }
  }
  return { nodes, mapIds };
}

/** "4 experiments in 2 maps: results conflict (2 up, 1 down, 1 no change); 1 surprise" */
export function evidenceWords(e: NodeEvidence): string {
  const seen = (Object.keys(SEEN) as ObservedEffect[]).filter((k) => e.observed[k]).map((k) => `${e.observed[k]} ${SEEN[k]}`);
  const where = e.maps > 1 ? ` in ${count(e.maps, 'map')}` : '';
  return `${count(e.experiments, 'experiment')}${where}: ${AGREEMENT_WORDS[e.agreement]}${seen.length ? ` (${seen.join(', ')})` : ''}${e.surprises ? `; ${count(e.surprises, 'surprise')}` : ''}`;
}
