/**
 * Running a layout from the canvas: the work happens in a worker, progress
 * comes back as it goes, and cancel() ends the worker outright, which stops
 * even a long ELK run at once. A worker that finished cleanly is kept for the
 * next run, since starting one costs about as much as laying out a small map.
 */
import type { MapDocument } from '../../model/types.ts';
import type { LayoutReply, LayoutRequest } from '../protocol.ts';
import { LayoutCancelled, type LayoutOptions, type Positions } from '../types.ts';

/** The parts of a Worker the client uses; tests pass a stand-in. */
export interface LayoutWorker {
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: LayoutRequest): void;
  terminate(): void;
}

export interface LayoutRun {
  /** New positions for the laid-out nodes; rejects with LayoutCancelled after cancel(). */
  promise: Promise<Positions>;
  cancel(): void;
}

export type RunLayoutOptions = Omit<LayoutOptions, 'signal' | 'elk'>;

function startWorker(): LayoutWorker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' }) as LayoutWorker;
}

let idle: LayoutWorker | null = null;

/** Starts the layout worker ahead of time, e.g. when the layout menu opens. */
export function preloadLayoutWorker(): void {
  idle ??= startWorker();
}

/**
 * Lays out the map in a worker. Tests pass createWorker; such workers are
 * always ended when the run ends, while the app's own worker is kept warm.
 */
export function runLayout(doc: MapDocument, options: RunLayoutOptions, createWorker?: () => LayoutWorker): LayoutRun {
  const pooled = createWorker === undefined;
  const worker = pooled ? (idle ?? startWorker()) : createWorker();
  if (pooled && worker === idle) idle = null;
  let settled = false;
  let rejectRun: (reason: Error) => void = () => {};
  const end = (reusable = false) => {
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (reusable && pooled && idle === null) idle = worker;
    else worker.terminate();
  };
  const promise = new Promise<Positions>((resolve, reject) => {
    rejectRun = reject;
    worker.onmessage = ({ data }) => {
      if (settled) return;
      if (data.type === 'progress') {
        options.onProgress?.(data.progress);
        return;
      }
      end(data.type === 'done');
      if (data.type === 'done') resolve(data.positions);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      if (settled) return;
      end();
      reject(new Error(`the layout worker stopped: ${event.message || 'unknown error'}`));
    };
  });
  worker.postMessage({ doc, algorithm: options.algorithm, nodeIds: options.nodeIds, pinned: options.pinned ? [...options.pinned] : undefined });
  return {
    promise,
    cancel() {
      if (settled) return;
      end();
      rejectRun(new LayoutCancelled());
    },
  };
}
