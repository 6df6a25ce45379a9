/// <reference lib="webworker" />
/**
 * Runs the heavier analyses (loops, key factors) off the main thread, so the
 * canvas stays responsive on big maps even while a loop search uses its budget.
 */
import { findLoops, type FindLoopsOptions } from '../loops.ts';
import { keyFactors } from '../measures.ts';
import type { MapDocument } from '../../model/types.ts';

export type AnalysisRequest =
  | { id: number; kind: 'loops'; doc: MapDocument; options: FindLoopsOptions }
  | { id: number; kind: 'keyFactors'; doc: MapDocument };

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    const result = request.kind === 'loops' ? findLoops(request.doc, request.options) : keyFactors(request.doc);
    self.postMessage({ id: request.id, ok: true, result });
  } catch (err) {
    self.postMessage({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
