/**
 * The analysis appendix of a PDF: the feedback loops and key factors of the
 * map as printed. One builder, called wherever a PDF is built (the browser's
 * PDF worker and the CLI), so the same map prints the same tables.
 * Deterministic: loops are capped by count and length, not by the clock.
 */
import { findLoops, keyFactors, numberedLoops, sortKeyFactors, sortLoops } from '../../analysis/index.ts';
import type { MapDocument } from '../../model/types.ts';
import type { AnalysisInput } from '../types.ts';

/** Rows printed per table; the full lists are for the analysis panel and `analyse`. */
const APPENDIX_ROWS = 60;
/** Longest loop searched for the appendix, as the analysis panel's default. */
const MAX_LOOP_LENGTH = 6;
/** Only a pathological map reaches this; every real map stops at the loop count first, so the tables do not depend on the machine. */
const SAFETY_MILLIS = 10_000;

export function analysisAppendix(doc: MapDocument): AnalysisInput {
  const label = (id: string) => doc.nodes[id]?.label ?? id;
  const search = findLoops(doc, { maxLength: MAX_LOOP_LENGTH, maxMillis: SAFETY_MILLIS });
  const loopTotals = { R: 0, B: 0, unclear: 0 };
  for (const l of search.loops) loopTotals[l.kind]++;
  const named = numberedLoops(doc).slice(0, APPENDIX_ROWS);
  const namedKeys = new Set(named.map((l) => l.key));
  const byKey = new Map(search.loops.map((l) => [l.key, l]));
  return {
    loopTotals,
    loops: [
      // Named loops first, whatever their length, with the numbers their markers on the map carry.
      ...named.map((l) => ({ kind: l.kind, labels: l.nodeIds.map(label), strength: byKey.get(l.key)?.strength, name: l.name, tag: l.tag })),
      ...sortLoops(search.loops, 'length')
        .filter((l) => !namedKeys.has(l.key))
        .slice(0, Math.max(0, APPENDIX_ROWS - named.length))
        .map((l) => ({ kind: l.kind, labels: l.nodeIds.map(label), strength: l.strength })),
    ],
    keyFactors: sortKeyFactors(keyFactors(doc), 'betweenness')
      .slice(0, APPENDIX_ROWS)
      .map((k) => ({ label: k.label, betweenness: k.betweennessNormalised, role: k.role, inDegree: k.inDegree, outDegree: k.outDegree })),
  };
}
