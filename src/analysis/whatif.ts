/**
 * What if we nudged these factors? A fuzzy-cognitive-map estimate of which
 * way every other node would move, and roughly how much.
 *
 * Each link carries weight = sign × strength / 3 (+1 strong same-direction,
 * −1/3 weak opposite-direction); "?" links carry nothing, but every node
 * downstream of one is marked uncertain. Every node has an activation in
 * [−1, 1]; nudged nodes start at their nudge and are held there, all others
 * start at 0. Then, for every node i at once:
 *
 *   input_i   = Σ over links j → i of weight_ji × A_j
 *   A_i(t+1)  = (1 − d) × A_i(t) + d × tanh(input_i)
 *
 * tanh keeps activations in [−1, 1] however many links arrive, so a strong
 * reinforcing loop saturates rather than running off to infinity. The damping
 * d (default 0.5) makes each step go only part of the way, which settles the
 * back-and-forth a balancing loop would otherwise keep up forever; it does not
 * change where the values settle. The run stops when no activation changes by
 * more than the tolerance (converged) or after maxIterations (not converged),
 * so it always ends, and says which.
 *
 * The numbers are not forecasts: they say which way, and which nodes move
 * more than others, if the map's links are right and act together. There is
 * no time in it (delays are ignored) and no thresholds or limits of real life.
 */
import type { Id, MapDocument } from '../model/types.ts';
import { indexGraph, normalisedStrength, type IndexedGraph } from './graph.ts';

/** Node id → nudge in [−1, 1]: +1 push up fully, −1 push down fully. */
export type Nudges = Record<Id, number>;

export type Direction = 'up' | 'down' | 'none';

export interface NodeEffect {
  id: Id;
  /** Activation in [−1, 1]. */
  value: number;
  /** 'none' when |value| is below the threshold. */
  direction: Direction;
  /**
   * value divided by the largest |value| among nodes that were not nudged, so
   * the biggest knock-on effect is ±1; for a nudged node, the sign of its nudge.
   */
  relative: number;
  nudged: boolean;
  /** Downstream of a "?" link from something that moves: the real effect may differ. */
  uncertain: boolean;
}

export interface WhatIfOptions {
  maxIterations?: number;
  tolerance?: number;
  damping?: number;
  /** Smallest |value| that counts as moving. */
  threshold?: number;
}

export interface WhatIfResult {
  /** One per node, in map order. */
  effects: NodeEffect[];
  iterations: number;
  converged: boolean;
  /** The largest change in the last iteration. */
  lastChange: number;
  /** Nudges that were left out: unknown node ids or values that are not numbers. */
  ignored: Id[];
}

export const WHAT_IF_DEFAULTS = { maxIterations: 100, tolerance: 1e-5, damping: 0.5, threshold: 1e-3 } as const;

export function whatIf(doc: MapDocument, nudges: Nudges, options: WhatIfOptions = {}): WhatIfResult {
  const { maxIterations, tolerance, damping, threshold } = { ...WHAT_IF_DEFAULTS, ...options };
  const g = indexGraph(doc);
  const n = g.ids.length;
  const weight = new Float64Array(g.links.length);
  g.links.forEach((l, e) => (weight[e] = l.polarity === '?' ? 0 : (l.polarity === '-' ? -1 : 1) * normalisedStrength(l)));

  let value = new Float64Array(n);
  let next = new Float64Array(n);
  const held = new Uint8Array(n);
  const ignored: Id[] = [];
  for (const [id, nudge] of Object.entries(nudges)) {
    const v = g.index.get(id);
    if (v === undefined || typeof nudge !== 'number' || Number.isNaN(nudge)) {
      ignored.push(id);
      continue;
    }
    value[v] = Math.max(-1, Math.min(1, nudge));
    held[v] = 1;
  }

  let iterations = 0;
  let lastChange = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    lastChange = 0;
    for (let i = 0; i < n; i++) {
      if (held[i]) {
        next[i] = value[i]!;
        continue;
      }
      let input = 0;
      for (let k = g.inStart[i]!, end = g.inStart[i + 1]!; k < end; k++) {
        const e = g.inLinks[k]!;
        input += weight[e]! * value[g.linkSource[e]!]!;
      }
      next[i] = (1 - damping) * value[i]! + damping * Math.tanh(input);
      lastChange = Math.max(lastChange, Math.abs(next[i]! - value[i]!));
    }
    [value, next] = [next, value];
    if (lastChange <= tolerance) {
      converged = true;
      break;
    }
  }

  const uncertain = uncertainNodes(g, held);
  let largest = 0;
  for (let i = 0; i < n; i++) if (!held[i]) largest = Math.max(largest, Math.abs(value[i]!));
  const effects = g.ids.map((id, i): NodeEffect => {
    const v = value[i]!;
    return {
      id,
      value: v,
      direction: v > threshold ? 'up' : v < -threshold ? 'down' : 'none',
      relative: held[i] ? Math.sign(v) : largest > 0 ? v / largest : 0,
      nudged: held[i] === 1,
      uncertain: uncertain[i] === 1,
    };
  });
  return { effects, iterations, converged, lastChange, ignored };
}

/** Nodes reached from a nudged node through at least one "?" link (nudged nodes themselves are known). */
function uncertainNodes(g: IndexedGraph, held: Uint8Array): Uint8Array {
  const n = g.ids.length;
  const reached = new Uint8Array(n);
  const uncertain = new Uint8Array(n);
  const spread = (starts: number[], mark: Uint8Array) => {
    const queue = starts.filter((v) => !mark[v]);
    for (const v of queue) mark[v] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let k = g.outStart[v]!, end = g.outStart[v + 1]!; k < end; k++) {
        const w = g.linkTarget[g.outLinks[k]!]!;
        if (!mark[w] && !held[w]) {
          mark[w] = 1;
          queue.push(w);
        }
      }
    }
  };
  const nudged = [...held.keys()].filter((v) => held[v]);
  spread(nudged, reached);
  const unknownTargets: number[] = [];
  g.links.forEach((l, e) => {
    const w = g.linkTarget[e]!;
    if (l.polarity === '?' && reached[g.linkSource[e]!] && !held[w]) unknownTargets.push(w);
  });
  spread(unknownTargets, uncertain);
  return uncertain;
}
