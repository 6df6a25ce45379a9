/**
 * The pattern roll-up: what experiments across several maps intended and saw
 * for each factor, with nodes marked "same as" counted as one factor. This is
 * what a larger scale "learns from": the patterns in the results of the
 * experiments below it.
 */
import type { StackDocument } from '../../model/stack/types.ts';
import {
  INTENDED_EFFECTS,
  OBSERVED_EFFECTS,
  type Experiment,
  type ExperimentStatus,
  type Id,
  type IntendedEffect,
  type LearningPhase,
  type MapDocument,
  type ObservedEffect,
  type SystemScale,
} from '../../model/types.ts';
import { factorKeyOf, identityIndex } from './identity.ts';

export interface PatternFilter {
  scales?: SystemScale[];
  statuses?: ExperimentStatus[];
  phases?: LearningPhase[];
  /** Part of the owner's name, any case. */
  owner?: string;
  /** YYYY-MM-DD: experiments running at some time between from and to. */
  from?: string;
  to?: string;
}

/** One touch, as a row of the factors × experiments table. */
export interface Observation {
  mapId: Id;
  mapTitle: string;
  scale: SystemScale;
  experimentId: Id;
  experimentTitle: string;
  owner: string;
  status: ExperimentStatus;
  nodeId: Id;
  intended: IntendedEffect;
  observed: ObservedEffect;
  evidence: string;
  /** Observed the opposite of what was intended. */
  surprise: boolean;
}

/** agree: every known result points the same way; conflict: some up and some down; mixed: some changed, some did not. */
export type Agreement = 'agree' | 'conflict' | 'mixed' | 'no-results';

export interface FactorEvidence {
  key: string;
  label: string;
  /** The maps it appears in, by id, with the node id in each. */
  nodes: { mapId: Id; nodeId: Id }[];
  observations: Observation[];
  experiments: number;
  intended: Record<IntendedEffect, number>;
  observed: Record<ObservedEffect, number>;
  agreement: Agreement;
  surprises: number;
}

/** "4 experiments tried to weaken waiting time; 3 saw trust in services go up, 1 saw no change." */
export interface Pattern {
  factor: { key: string; label: string };
  intended: IntendedEffect;
  /** The experiments that tried it. */
  experiments: { mapId: Id; experimentId: Id; title: string }[];
  effect: { key: string; label: string };
  observed: Partial<Record<ObservedEffect, number>>;
  agreement: Agreement;
  sentence: string;
}

export interface Rollup {
  factors: FactorEvidence[];
  patterns: Pattern[];
  experimentCount: number;
}

const SURPRISE: Partial<Record<IntendedEffect, ObservedEffect>> = { strengthen: 'down', weaken: 'up' };
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function agreementOf(observed: Partial<Record<ObservedEffect, number>>): Agreement {
  const up = observed.up ?? 0;
  const down = observed.down ?? 0;
  const none = observed['no-change'] ?? 0;
  if (up + down + none === 0) return 'no-results';
  if (up && down) return 'conflict';
  if ((up || down) && none) return 'mixed';
  return 'agree';
}

export function passes(e: Experiment, scale: SystemScale, f: PatternFilter): boolean {
  if (f.scales?.length && !f.scales.includes(scale)) return false;
  if (f.statuses?.length && !f.statuses.includes(e.status)) return false;
  if (f.phases?.length && !f.phases.includes(e.phase)) return false;
  if (f.owner && !e.owner.toLowerCase().includes(f.owner.toLowerCase())) return false;
  // Undated ends are open: an experiment with no dates runs "always" for the filter.
  if (f.from && e.endDate && e.endDate < f.from) return false;
  if (f.to && e.startDate && e.startDate > f.to) return false;
  return true;
}

const SEEN: Record<ObservedEffect, string> = { up: 'go up', down: 'go down', 'no-change': 'no change', unclear: 'an unclear result', 'not-yet-known': 'no result yet' };
const VERB: Record<IntendedEffect, string> = { strengthen: 'strengthen', weaken: 'weaken', explore: 'explore' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function patternSentence(count: number, intended: IntendedEffect, factor: string, effect: string, observed: Partial<Record<ObservedEffect, number>>): string {
  const parts = OBSERVED_EFFECTS.filter((o) => observed[o]).map((o) => (o === 'up' || o === 'down' ? `${observed[o]} saw ${effect} ${SEEN[o]}` : `${observed[o]} saw ${SEEN[o]}`));
  return `${plural(count, 'experiment')} tried to ${VERB[intended]} ${factor}; ${parts.join(', ')}.`;
}

/**
 * Rolls up the experiments of the given maps (by id; default: every map of
 * the stack that is at hand). Maps not at hand are skipped.
 */
export function rollUp(stack: StackDocument, maps: Record<Id, MapDocument>, options: { mapIds?: Id[]; filter?: PatternFilter } = {}): Rollup {
  const index = identityIndex(stack);
  const filter = options.filter ?? {};
  const factors = new Map<string, FactorEvidence>();
  // For patterns: per experiment, the factor keys it touched with their intent and observation.
  const perExperiment: { mapId: Id; experiment: Experiment; touches: { key: string; label: string; intended: IntendedEffect; observed: ObservedEffect }[] }[] = [];
  for (const mapId of options.mapIds ?? Object.keys(stack.maps)) {
    const doc = Object.hasOwn(maps, mapId) ? maps[mapId] : undefined;
    if (!doc) continue;
    for (const e of Object.values(doc.experiments)) {
      if (!passes(e, doc.meta.scale, filter)) continue;
      const touches: (typeof perExperiment)[number]['touches'] = [];
      for (const t of Object.values(e.touches)) {
        const label = doc.nodes[t.nodeId]?.label ?? t.nodeLabel;
        const fk = factorKeyOf(index, mapId, t.nodeId, label);
        let f = factors.get(fk.key);
        if (!f) {
          f = { key: fk.key, label: fk.label, nodes: [], observations: [], experiments: 0, intended: zeros(INTENDED_EFFECTS), observed: zeros(OBSERVED_EFFECTS), agreement: 'no-results', surprises: 0 };
          factors.set(fk.key, f);
        }
        if (!f.nodes.some((n) => n.mapId === mapId && n.nodeId === t.nodeId)) f.nodes.push({ mapId, nodeId: t.nodeId });
        const surprise = SURPRISE[t.intended] === t.observed;
        f.observations.push({ mapId, mapTitle: doc.meta.title, scale: doc.meta.scale, experimentId: e.id, experimentTitle: e.title, owner: e.owner, status: e.status, nodeId: t.nodeId, intended: t.intended, observed: t.observed, evidence: t.evidence, surprise });
        f.experiments++;
        f.intended[t.intended]++;
        f.observed[t.observed]++;
        if (surprise) f.surprises++;
        touches.push({ key: fk.key, label: fk.label, intended: t.intended, observed: t.observed });
      }
      perExperiment.push({ mapId, experiment: e, touches });
    }
  }
  for (const f of factors.values()) f.agreement = agreementOf(f.observed);
  return { factors: [...factors.values()].sort((a, b) => b.experiments - a.experiments || a.label.localeCompare(b.label)), patterns: patternsOf(perExperiment), experimentCount: perExperiment.length };
}

/**
 * For each factor that two or more experiments tried to strengthen or weaken,
 * what those experiments saw in each other factor they watched.
 */
function patternsOf(perExperiment: { mapId: Id; experiment: Experiment; touches: { key: string; label: string; intended: IntendedEffect; observed: ObservedEffect }[] }[]): Pattern[] {
  const tried = new Map<string, { label: string; intended: IntendedEffect; runs: typeof perExperiment }>();
  for (const run of perExperiment) {
    for (const t of run.touches) {
      if (t.intended === 'explore') continue;
      const k = `${t.key}\u0000${t.intended}`;
      const entry = tried.get(k) ?? { label: t.label, intended: t.intended, runs: [] };
      entry.runs.push(run);
      tried.set(k, entry);
    }
  }
  const out: Pattern[] = [];
  for (const [k, entry] of tried) {
    if (entry.runs.length < 2) continue;
    const factorKey = k.split('\u0000')[0]!;
    const effects = new Map<string, { label: string; observed: Partial<Record<ObservedEffect, number>> }>();
    for (const run of entry.runs) {
      for (const t of run.touches) {
        if (t.key === factorKey) continue;
        const e = effects.get(t.key) ?? { label: t.label, observed: {} };
        e.observed[t.observed] = (e.observed[t.observed] ?? 0) + 1;
        effects.set(t.key, e);
      }
    }
    for (const [effectKey, e] of effects) {
      const seen = Object.values(e.observed).reduce((s, n) => s + (n ?? 0), 0);
      if (seen < 2) continue;
      out.push({
        factor: { key: factorKey, label: entry.label },
        intended: entry.intended,
        experiments: entry.runs.map((r) => ({ mapId: r.mapId, experimentId: r.experiment.id, title: r.experiment.title })),
        effect: { key: effectKey, label: e.label },
        observed: e.observed,
        agreement: agreementOf(e.observed),
        sentence: patternSentence(entry.runs.length, entry.intended, entry.label, e.label, e.observed),
      });
    }
  }
  return out.sort((a, b) => b.experiments.length - a.experiments.length || a.sentence.localeCompare(b.sentence));
}
