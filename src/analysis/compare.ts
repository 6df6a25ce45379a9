/**
 * What the map predicted for an experiment, next to what the team saw.
 *
 * The experiment's intentions become nudges (strengthen +1, weaken −1;
 * explore says nothing, so it is left out) and the what-if model runs. For
 * each touched node the prediction is its intention when it was nudged, and
 * the model's direction when it was only explored. A surprise is an observed
 * change opposite to the prediction: the map, or the intention, was wrong
 * about something worth talking about.
 *
 * Each touch also gets "pushFromOthers": where the experiment's other nudges
 * alone push it through the map. When that opposes the intention, the
 * experiment is working against itself on that node, as far as the map says.
 */
import type { Experiment, Id, IntendedEffect, MapDocument, ObservedEffect } from '../model/types.ts';
import { nodeLabel } from './describe.ts';
import { whatIf, type NodeEffect, type Nudges, type WhatIfOptions, type WhatIfResult } from './whatif.ts';

export type Prediction = 'up' | 'down' | 'none' | 'unclear';

export type Verdict =
  /** Moved the way it was predicted to. */
  | 'as-predicted'
  /** Moved the opposite way. */
  | 'surprise'
  /** Predicted to move; the team saw no change. */
  | 'did-not-move'
  /** The map makes no prediction (not reached, or only through "?" links). */
  | 'no-prediction'
  /** The team could not tell. */
  | 'unclear'
  /** Not known yet. */
  | 'not-yet-known';

export interface TouchComparison {
  nodeId: Id;
  /** The node's label, or the touch's remembered label when the node has been deleted. */
  label: string;
  intended: IntendedEffect;
  observed: ObservedEffect;
  predicted: Prediction;
  /** 'intention' for a nudged node, 'map' for one predicted by the what-if model. */
  predictedFrom: 'intention' | 'map';
  pushFromOthers: Prediction;
  /** The model's prediction passes a "?" link on the way, so it may be wrong. */
  uncertain: boolean;
  verdict: Verdict;
  surprise: boolean;
  /** The node is no longer in the map. */
  orphaned: boolean;
}

export interface ExperimentComparison {
  experimentId: Id;
  title: string;
  nudges: Nudges;
  whatIf: WhatIfResult;
  /** In the order the experiment lists its touches. */
  touches: TouchComparison[];
}

const NUDGE: Record<IntendedEffect, number | null> = { strengthen: 1, weaken: -1, explore: null };

/** Nudges from an experiment's intentions, leaving out explored and deleted nodes. */
export function experimentNudges(doc: MapDocument, experiment: Experiment): Nudges {
  const nudges: Nudges = {};
  for (const t of Object.values(experiment.touches)) {
    const nudge = NUDGE[t.intended];
    if (nudge !== null && Object.hasOwn(doc.nodes, t.nodeId)) nudges[t.nodeId] = nudge;
  }
  return nudges;
}

/** null when the map has no experiment with this id. */
export function compareWithExperiments(doc: MapDocument, experimentId: Id, options: WhatIfOptions = {}): ExperimentComparison | null {
  const experiment = Object.hasOwn(doc.experiments, experimentId) ? doc.experiments[experimentId] : undefined;
  if (!experiment) return null;
  const nudges = experimentNudges(doc, experiment);
  const result = whatIf(doc, nudges, options);
  const byId = new Map(result.effects.map((e) => [e.id, e]));

  const touches = Object.values(experiment.touches).map((t): TouchComparison => {
    const orphaned = !Object.hasOwn(doc.nodes, t.nodeId);
    const nudge = nudges[t.nodeId];
    const effect = byId.get(t.nodeId);
    const predicted: Prediction = orphaned ? 'none' : nudge !== undefined ? (nudge > 0 ? 'up' : 'down') : predictionOf(effect);
    const others = { ...nudges };
    delete others[t.nodeId];
    const pushFromOthers = orphaned ? 'none' : predictionOf(whatIf(doc, others, options).effects.find((e) => e.id === t.nodeId));
    const verdict = verdictOf(predicted, t.observed);
    return {
      nodeId: t.nodeId,
      label: orphaned ? t.nodeLabel : nodeLabel(doc, t.nodeId),
      intended: t.intended,
      observed: t.observed,
      predicted,
      predictedFrom: nudge !== undefined ? 'intention' : 'map',
      pushFromOthers,
      uncertain: effect?.uncertain ?? false,
      verdict,
      surprise: verdict === 'surprise',
      orphaned,
    };
  });
  return { experimentId, title: experiment.title, nudges, whatIf: result, touches };
}

function predictionOf(effect: NodeEffect | undefined): Prediction {
  if (!effect) return 'none';
  if (effect.direction === 'none') return effect.uncertain ? 'unclear' : 'none';
  return effect.direction;
}

export function verdictOf(predicted: Prediction, observed: ObservedEffect): Verdict {
  if (observed === 'not-yet-known') return 'not-yet-known';
  if (observed === 'unclear') return 'unclear';
  if (predicted === 'none' || predicted === 'unclear') return 'no-prediction';
  if (observed === 'no-change') return 'did-not-move';
  return observed === predicted ? 'as-predicted' : 'surprise';
}
