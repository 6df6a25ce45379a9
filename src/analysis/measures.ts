/**
 * Key factors: for every node, how much it drives and is driven, how much
 * influence passes through it, and what role that gives it. One row per
 * node, for the key-factors table and the CLI.
 */
import type { Id, MapDocument, NodeKind } from '../model/types.ts';
import { betweennessScores, normaliser } from './betweenness.ts';
import { nodeLabel } from './describe.ts';
import { indexGraph } from './graph.ts';

/**
 * driver: drives much more than it is driven (a place to push).
 * receiver: is driven much more than it drives (a sign of how the system is doing).
 * ordinary: neither, or no links at all.
 */
export type FactorRole = 'driver' | 'receiver' | 'ordinary';

/**
 * "Much more" means at least this many times as much, comparing the sums of
 * link strengths out and in, so one strong link counts for more than one weak one.
 */
export const ROLE_RATIO = 2;

export interface KeyFactor {
  id: Id;
  label: string;
  kind: NodeKind;
  clusterId: Id | null;
  /** Links coming in and going out. */
  inDegree: number;
  outDegree: number;
  /** Sums of the strengths (1 weak .. 3 strong) of the links coming in and going out. */
  weightedIn: number;
  weightedOut: number;
  /** On how many shortest chains between other nodes it lies (Brandes, directed). */
  betweenness: number;
  /** The same divided by (n − 1)(n − 2): 0 to 1, comparable across maps. */
  betweennessNormalised: number;
  role: FactorRole;
  /** How much it drives for how little it is driven; see leverageOf. */
  leverage: number;
}

export function roleOf(weightedIn: number, weightedOut: number, ratio: number = ROLE_RATIO): FactorRole {
  if (weightedOut > 0 && weightedOut >= ratio * weightedIn) return 'driver';
  if (weightedIn > 0 && weightedIn >= ratio * weightedOut) return 'receiver';
  return 'ordinary';
}

/**
 * weightedOut / (1 + weightedIn): high for a node that moves a lot and is
 * moved by little, so a change made there is not soon undone by the rest of
 * the system. The 1 keeps nodes nothing drives from dividing by zero.
 */
export function leverageOf(weightedIn: number, weightedOut: number): number {
  return weightedOut / (1 + weightedIn);
}

export function keyFactors(doc: MapDocument): KeyFactor[] {
  const g = indexGraph(doc);
  const n = g.ids.length;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const weightedIn = new Float64Array(n);
  const weightedOut = new Float64Array(n);
  g.links.forEach((l, e) => {
    const s = g.linkSource[e]!;
    const t = g.linkTarget[e]!;
    outDegree[s]!++;
    inDegree[t]!++;
    weightedOut[s]! += l.strength;
    weightedIn[t]! += l.strength;
  });
  const between = betweennessScores(g);
  const scale = normaliser(n);
  return g.ids.map((id, v) => {
    const node = doc.nodes[id]!;
    const wIn = weightedIn[v]!;
    const wOut = weightedOut[v]!;
    return {
      id,
      label: nodeLabel(doc, id),
      kind: node.kind,
      clusterId: node.clusterId,
      inDegree: inDegree[v]!,
      outDegree: outDegree[v]!,
      weightedIn: wIn,
      weightedOut: wOut,
      betweenness: between[v]!,
      betweennessNormalised: between[v]! * scale,
      role: roleOf(wIn, wOut),
      leverage: leverageOf(wIn, wOut),
    };
  });
}

export const KEY_FACTOR_SORTS = ['betweenness', 'in', 'out', 'weightedIn', 'weightedOut', 'leverage', 'label'] as const;
export type KeyFactorSort = (typeof KEY_FACTOR_SORTS)[number];

const FIELD: Record<Exclude<KeyFactorSort, 'label'>, (row: KeyFactor) => number> = {
  betweenness: (r) => r.betweenness,
  in: (r) => r.inDegree,
  out: (r) => r.outDegree,
  weightedIn: (r) => r.weightedIn,
  weightedOut: (r) => r.weightedOut,
  leverage: (r) => r.leverage,
};

/** Largest first for numbers, A to Z for labels; ties go by label, then id, so the order is always the same. */
export function sortKeyFactors(rows: readonly KeyFactor[], by: KeyFactorSort = 'betweenness'): KeyFactor[] {
  const byLabel = (a: KeyFactor, b: KeyFactor) => compareText(a.label.toLowerCase(), b.label.toLowerCase()) || compareText(a.id, b.id);
  if (by === 'label') return [...rows].sort(byLabel);
  const field = FIELD[by];
  return [...rows].sort((a, b) => field(b) - field(a) || byLabel(a, b));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
