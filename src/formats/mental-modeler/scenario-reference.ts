/**
 * Mental Modeler's own scenario calculation, re-implemented from its published
 * code so that our what-if (src/analysis/whatif.ts) can be checked against it.
 *
 * The code is `runScenario` in src/scenario.js of github.com/mentalmodeler/mm-modules
 * (used by mentalmodeler-suite); the older mentalmodeler-scenario app's
 * scripts/models/scenarioGraph.js (`converge`, fed by models/mmp.js
 * `getDataForScenarioCalculation`) does the same. Both:
 * - build a weight matrix with a row per concept holding that concept's
 *   relationships, i.e. its *outgoing* influences (influence words H+ M+ L+
 *   are 1, 0.62, 0.25, as src/formats/mental-modeler/mmp.ts reads them);
 * - start every concept at 1;
 * - repeat state = squash(W · state), except that a clamped concept (scenario
 *   influence not 0 or empty) is held at its scenario value;
 * - stop when no value changes by more than 0.00001 (no step limit);
 * - report the clamped run minus the same run with no clamps ("steady state"),
 *   for the concepts that are not clamped.
 * The squash is chosen per scenario: sigmoid (the default), hyperbolic
 * tangent, or the bivalent and trivalent steps. Only sigmoid and tanh are
 * here: the step functions do not settle on most maps with loops, so their
 * run does not end, in Mental Modeler or here.
 *
 * One principled difference, found while re-implementing it: W · state feeds
 * each concept from the concepts *it* influences, against the arrows. The
 * fuzzy-cognitive-map rule Mental Modeler documents (and ours) feeds each
 * concept from the concepts that influence it: A_i = f(Σ_j w_ji A_j), i.e.
 * Wᵀ · state. `orientation` picks one: 'documented' (Wᵀ, arrows the right way
 * round) or 'as-coded' (W, as their code multiplies).
 */
import type { Direction } from '../../analysis/whatif.ts';
import { WHAT_IF_DEFAULTS } from '../../analysis/whatif.ts';
import type { Mmp } from './mmp.ts';

export type Squash = (x: number) => number;

export const SQUASHES = {
  sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
} as const satisfies Record<string, Squash>;

export type SquashName = keyof typeof SQUASHES;

export type Orientation = 'documented' | 'as-coded';

/** Their stopping rule: no value moves by more than this in one step. */
const EPSILON = 0.00001;
/** Theirs has no limit; ours gives up here and says so rather than hang. */
const MAX_STEPS = 10_000;

/** Row i holds concept i's influence on each concept j (0 where there is none). */
export function weightMatrix(mmp: Mmp): number[][] {
  return mmp.concepts.map((c) => mmp.concepts.map((other) => c.relationships.find((r) => r.id === other.id)?.influence ?? 0));
}

const transpose = (m: number[][]) => m.map((_, j) => m.map((row) => row[j]!));

function converge(weights: number[][], squash: Squash, clamps: number[]): number[] | null {
  let previous = weights.map(() => 1);
  for (let step = 0; step < MAX_STEPS; step++) {
    const current = weights.map((row, i) => (clamps[i] ? clamps[i]! : squash(row.reduce((sum, w, j) => sum + w * previous[j]!, 0))));
    const diff = Math.max(...current.map((v, i) => Math.abs(v - previous[i]!)));
    previous = current;
    if (!(diff > EPSILON)) return current;
  }
  return null;
}

/**
 * Mental Modeler's scenario result per concept id (clamped run minus steady
 * state), or null when the iteration does not settle.
 */
export function referenceScenario(mmp: Mmp, clampsById: Record<string, number>, squash: Squash, orientation: Orientation): Map<string, number> | null {
  const w = weightMatrix(mmp);
  const weights = orientation === 'documented' ? transpose(w) : w;
  const clamps = mmp.concepts.map((c) => clampsById[c.id] ?? 0);
  const steady = converge(weights, squash, mmp.concepts.map(() => 0));
  const scenario = converge(weights, squash, clamps);
  if (!steady || !scenario) return null;
  return new Map(mmp.concepts.map((c, i) => [c.id, scenario[i]! - steady[i]!]));
}

/**
 * A reference value as a direction, with the same threshold as our what-if.
 * Mental Modeler's chart rounds to two decimals and hides zeros, so it does
 * not draw the smallest of these moves; `shownByMentalModeler` says which.
 */
export const directionOf = (v: number): Direction => (v > WHAT_IF_DEFAULTS.threshold ? 'up' : v < -WHAT_IF_DEFAULTS.threshold ? 'down' : 'none');

export const shownByMentalModeler = (v: number): boolean => Math.round(v * 100) !== 0;
