/**
 * Sense-making analysis of a map: feedback loops, key factors, causal paths
 * and what-if. Pure functions over the map document, for the panels, lenses,
 * exports and the CLI. See docs/analysis.md for what each one means.
 */
export { findLoops, loopKey, DEFAULT_MAX_LOOP_LENGTH, DEFAULT_MAX_LOOPS, DEFAULT_MAX_MILLIS } from './loops.ts';
export type { Loop, LoopKind, LoopLimit, LoopSearch, FindLoopsOptions } from './loops.ts';
export { filterLoops, sortLoops, countLoops, findLoopByKey } from './loopQueries.ts';
export type { LoopFilter, LoopSort, LoopCounts } from './loopQueries.ts';
export { numberedLoops, loopFromLinks, loopTag, KIND_LETTER } from './loopNumbers.ts';
export type { NumberedLoop } from './loopNumbers.ts';
export { betweenness } from './betweenness.ts';
export type { BetweennessOptions } from './betweenness.ts';
export { keyFactors, sortKeyFactors, roleOf, leverageOf, ROLE_RATIO, KEY_FACTOR_SORTS } from './measures.ts';
export type { KeyFactor, KeyFactorSort, FactorRole } from './measures.ts';
export { upstream, downstream } from './reach.ts';
export type { Reach, ReachedNode } from './reach.ts';
export { allPaths, DEFAULT_MAX_PATH_LENGTH, DEFAULT_MAX_PATHS } from './paths.ts';
export type { CausalPath, PathSearch, AllPathsOptions } from './paths.ts';
export { strongestPath, influencesOnOutcome } from './strongest.ts';
export type { Influence } from './strongest.ts';
export { whatIf, WHAT_IF_DEFAULTS } from './whatif.ts';
export type { Nudges, Direction, NodeEffect, WhatIfOptions, WhatIfResult } from './whatif.ts';
export { compareWithExperiments, experimentNudges, verdictOf } from './compare.ts';
export type { ExperimentComparison, TouchComparison, Prediction, Verdict } from './compare.ts';
export { combineSigns, loopKindOf } from './sign.ts';
export { nodeLabel, loopChain, effectSentence, chainSentence } from './describe.ts';
export { generateMap } from './generate.ts';
export type { GenerateOptions } from './generate.ts';
