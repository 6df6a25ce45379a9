/**
 * The app's door to the analysis worker: one worker, requests answered in
 * turn. Where workers are missing (tests in Node), runs the same functions
 * directly.
 */
import type { MapDocument } from '../../model/types.ts';
import { findLoops, type FindLoopsOptions, type LoopSearch } from '../loops.ts';
import { keyFactors, type KeyFactor } from '../measures.ts';
import type { AnalysisRequest } from './analysis.worker.ts';

type Pending = { resolve(value: unknown): void; reject(err: Error): void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; result?: unknown; error?: string }>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!p) return;
      if (event.data.ok) p.resolve(event.data.result);
      else p.reject(new Error(event.data.error));
    };
  }
  return worker;
}

type Request = AnalysisRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask<T>(request: Request): Promise<T> {
  const w = getWorker();
  if (!w) {
    return Promise.resolve((request.kind === 'loops' ? findLoops(request.doc, request.options) : keyFactors(request.doc)) as T);
  }
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    w.postMessage({ ...request, id });
  });
}

export const findLoopsOffThread = (doc: MapDocument, options: FindLoopsOptions) => ask<LoopSearch>({ kind: 'loops', doc, options });
export const keyFactorsOffThread = (doc: MapDocument) => ask<KeyFactor[]>({ kind: 'keyFactors', doc });
